/**
 * Serialising batch records: one record's piece of a stream (stdout) or its own file (`--out`). The pieces are
 * made where the record is (a worker thread); the main thread only frames them (`StreamFraming`) and writes.
 */
import type { BatchRecord } from '../../batch/types.js';
import { csvColumns, csvRows, formatCsv } from './csv.js';

/** Output formats of `gov-report extract`. */
export type OutputFormat = 'ndjson' | 'json' | 'csv';

/** All output formats. */
export const outputFormats: readonly OutputFormat[] = ['ndjson', 'json', 'csv'];

/**
 * @param record One record.
 * @param format The stream's format.
 * @param pretty JSON indented by two spaces (format json only).
 * @returns The record's piece of a stream: its NDJSON line, its JSON array element (framed by `StreamFraming`),
 *   or its CSV rows without the header (none for a failed record).
 */
export function formatStreamItem(record: BatchRecord, format: OutputFormat, pretty = false): string {
  switch (format) {
    case 'ndjson':
      return `${JSON.stringify(record)}\n`;
    case 'json':
      return pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record);
    case 'csv':
      return formatCsv(csvRows(record), false);
  }
}

/**
 * @param record One record.
 * @param format The output format.
 * @param pretty JSON indented by two spaces, for people (format json only); compact by default.
 * @returns The content of that record's own output file (for CSV, empty when the record failed).
 */
export function formatFile(record: BatchRecord, format: OutputFormat, pretty = false): string {
  switch (format) {
    case 'ndjson':
      return `${JSON.stringify(record)}\n`;
    case 'json':
      return `${pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record)}\n`;
    case 'csv':
      // A failed input's CSV is empty, not a header alone: `--resume` tells it from a report without tables.
      return record.ok ? formatCsv(csvRows(record), true) : '';
  }
}

/** What goes around the records' pieces in one output stream: the JSON array's brackets and commas, the CSV header. */
export class StreamFraming {
  #first = true;

  /** @param format The stream's format. */
  constructor(readonly format: OutputFormat) {}

  /** @returns The text to write before the next record's piece. */
  before(): string {
    const first = this.#first;
    this.#first = false;
    switch (this.format) {
      case 'ndjson':
        return '';
      case 'json':
        return first ? '[\n' : ',\n';
      case 'csv':
        return first ? `${csvColumns.join(',')}\n` : '';
    }
  }

  /** @returns The closing text (a whole empty output when no record came). */
  end(): string {
    switch (this.format) {
      case 'ndjson':
        return '';
      case 'json':
        return this.#first ? '[]\n' : '\n]\n';
      case 'csv':
        return this.#first ? `${csvColumns.join(',')}\n` : '';
    }
  }
}
