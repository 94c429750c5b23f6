/**
 * CSV output: one row per table value (indicator) of each converted report, written with csv-stringify.
 * Failed files have no rows (their records go to the JSON/NDJSON outputs and the stderr reporter).
 */
import { createRequire } from 'node:module';
import type { BatchRecord } from '../../batch/types.js';

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

/** The CSV columns, in order. */
export const csvColumns = ['file', 'agency', 'year', 'template', 'key', 'label', 'unit', 'column', 'value'] as const;

type CsvRow = (string | number | null)[];

/**
 * @param record A batch record.
 * @returns One row per value cell of every table row: file, agency, year, template, key, label, unit, column, value.
 */
export function csvRows(record: BatchRecord): CsvRow[] {
  if (!record.ok) return [];
  const { report } = record;
  const rows: CsvRow[] = [];
  for (const table of report.tables) {
    for (const row of table.rows) {
      row.values.forEach((value, i) => {
        rows.push([
          record.file,
          report.agency,
          report.year,
          report.template,
          row.key,
          row.label,
          row.unit,
          table.columns[i] ?? null,
          value,
        ]);
      });
    }
  }
  return rows;
}

/**
 * @param rows Rows from `csvRows`.
 * @param header Whether to start with the header line.
 * @returns CSV text (RFC 4180 quoting, `\n` line ends).
 */
export function formatCsv(rows: CsvRow[], header: boolean): string {
  return stringify(rows, { header, columns: [...csvColumns], cast: { number: (value) => String(value) } });
}
