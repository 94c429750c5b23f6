/**
 * CSV output: one row per table value of each converted report (`valueRows`: canonical value key, row and
 * column keys, label and header as printed, unit, value, source line), written with csv-stringify.
 * Failed files have no rows (their records go to the JSON/NDJSON outputs and the stderr reporter).
 */
import { createRequire } from 'node:module';
import type { BatchRecord } from '../../batch/types.js';
import { valueRowFields, valueRows, type ValueRow } from './value-rows.js';

type Stringify = typeof import('csv-stringify/sync').stringify;
let stringifySync: Stringify | undefined;

/**
 * csv-stringify's synchronous API, loaded on the first CSV output (its CommonJS build, through
 * `require`, so that the formatters stay synchronous): NDJSON and JSON runs, and the CLI's start-up,
 * never load it.
 */
function stringify(...args: Parameters<Stringify>): string {
  stringifySync ??= (createRequire(import.meta.url)('csv-stringify/sync') as { stringify: Stringify }).stringify;
  return stringifySync(...args);
}

/** The CSV columns, in order: the fields of `ValueRow`. */
export const csvColumns = valueRowFields;

/**
 * @param record A batch record.
 * @returns One row per value cell of every table row (`valueRows`); none for a failed record.
 */
export function csvRows(record: BatchRecord): ValueRow[] {
  return record.ok ? valueRows(record.report, record.file) : [];
}

/**
 * @param rows Rows from `csvRows`.
 * @param header Whether to start with the header line.
 * @returns CSV text (RFC 4180 quoting, `\n` line ends; null as an empty field, booleans as true/false).
 */
export function formatCsv(rows: ValueRow[], header: boolean): string {
  return stringify(rows, {
    header,
    columns: [...csvColumns],
    cast: { number: (value) => String(value), boolean: (value) => String(value) },
  });
}
