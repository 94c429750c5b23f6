/**
 * Serialising batch records: a whole stream (stdout) or one file per input (`--out`).
 */
import type { BatchRecord } from '../../batch/types.js';
import { csvRows, formatCsv } from './csv.js';

/** Output formats of `gov-report extract`. */
export type OutputFormat = 'ndjson' | 'json' | 'csv';

/** All output formats. */
export const outputFormats: readonly OutputFormat[] = ['ndjson', 'json', 'csv'];

/** Turns a stream of records into text chunks, without holding the records. */
export interface StreamFormatter {
  /** Text for one record (may be empty). */
  record(record: BatchRecord): string;
  /** Closing text. */
  end(): string;
}

/**
 * @param format ndjson (one record per line), json (one array) or csv (one header, rows per value).
 * @returns A formatter for a single output stream.
 */
export function createStreamFormatter(format: OutputFormat): StreamFormatter {
  let first = true;
  switch (format) {
    case 'ndjson':
      return { record: (record) => `${JSON.stringify(record)}\n`, end: () => '' };
    case 'json':
      return {
        record(record) {
          const text = `${first ? '[\n' : ',\n'}${JSON.stringify(record)}`;
          first = false;
          return text;
        },
        end: () => (first ? '[]\n' : '\n]\n'),
      };
    case 'csv':
      return {
        record(record) {
          const text = first ? formatCsv(csvRows(record), true) : formatCsv(csvRows(record), false);
          first = false;
          return text;
        },
        end: () => (first ? formatCsv([], true) : ''),
      };
  }
}

/**
 * @param record One record.
 * @param format The output format.
 * @returns The content of that record's own output file (for CSV, empty when the record failed).
 */
export function formatFile(record: BatchRecord, format: OutputFormat): string {
  switch (format) {
    case 'ndjson':
      return `${JSON.stringify(record)}\n`;
    case 'json':
      return `${JSON.stringify(record, null, 2)}\n`;
    case 'csv':
      // A failed input's CSV is empty, not a header alone: `--resume` tells it from a report without tables.
      return record.ok ? formatCsv(csvRows(record), true) : '';
  }
}
