/**
 * One batch record → the rows of every table for its document, as arrays in the column order of
 * `tableColumns`. Pure: no I/O, the same rows for both dialects.
 */
import type { BatchRecord } from '../batch/types.js';
import { valueRows } from '../cli/output/value-rows.js';
import type { Section } from '../types.js';
import type { Cell, TableName } from './columns.js';

/** What identifies the file of a record. */
export interface FileIdentity {
  /** SHA-256 of the file's bytes (hex), or null when the file could not be read. */
  contentHash: string | null;
  /** Size in bytes, or null when unknown. */
  bytes: number | null;
}

/** Facts of the load itself. */
export interface LoadContext {
  parserVersion: string;
  /** ISO timestamp. */
  loadedAt: string;
}

/** The rows of one document, keyed by table. */
export interface DocumentRows {
  /** `documents.id`: the content hash, or `path:<file>` when the file could not be read. */
  id: string;
  /** The input path as given. */
  file: string;
  /** Whether the file was converted (`ok`) or failed (`failed`: a documents row with its error, no children). */
  status: 'ok' | 'failed';
  rows: Record<TableName, Cell[][]>;
}

/**
 * @param file The input path.
 * @param identity Its content hash and size.
 * @returns The `documents.id` of that file.
 */
export function documentId(file: string, identity: FileIdentity): string {
  return identity.contentHash ?? `path:${file}`;
}

/**
 * @param record A batch record (converted or failed).
 * @param identity The content hash and size of its file.
 * @param context Parser version and load time.
 * @returns The document's rows: one `documents` and one `files` row, and its sections, tables, table
 *   values, indicators and diagnostics (none for a failed file).
 */
export function documentRows(record: BatchRecord, identity: FileIdentity, context: LoadContext): DocumentRows {
  const id = documentId(record.file, identity);
  const rows: Record<TableName, Cell[][]> = {
    documents: [],
    files: [[text(record.file), id, context.loadedAt]],
    sections: [],
    tables: [],
    table_values: [],
    indicators: [],
    diagnostics: [],
  };
  const common = [id, identity.contentHash, text(record.file), identity.bytes] as const;
  if (!record.ok) {
    rows.documents.push([
      ...common,
      ...[null, null, null, null, null, null, null, null],
      'failed',
      text(record.error.code),
      text(record.error.message),
      0,
      0,
      context.parserVersion,
      context.loadedAt,
    ]);
    return { id, file: record.file, status: 'failed', rows };
  }
  const { report } = record;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of report.diagnostics) counts[diagnostic.severity]++;
  rows.documents.push([
    ...common,
    report.source.format,
    text(report.source.encoding),
    integer(report.source.pages),
    text(report.agency),
    integer(report.year),
    isoDate(report.publishedOn),
    report.template,
    text(report.title),
    'ok',
    null,
    null,
    counts.error,
    counts.warning,
    context.parserVersion,
    context.loadedAt,
  ]);
  const sectionOfTable = new Map<number, string>();
  let seq = 0;
  const walk = (sections: Section[], parent: string | null): void => {
    sections.forEach((section, i) => {
      const path = parent === null ? `${i + 1}` : `${parent}.${i + 1}`;
      for (const table of section.tables) if (!sectionOfTable.has(table)) sectionOfTable.set(table, path);
      rows.sections.push([
        id,
        path,
        parent,
        seq++,
        section.level,
        text(section.marker),
        integer(section.ordinal) ?? 0,
        text(section.heading),
        text(section.paragraphs.map((p) => p.text).join('\n')),
        section.position.start.line,
        integer(section.page),
      ]);
      walk(section.children, path);
    });
  };
  walk(report.sections, null);
  report.tables.forEach((table, t) => {
    rows.tables.push([
      id,
      t,
      sectionOfTable.get(t) ?? null,
      text(table.title),
      text(table.reportingUnit),
      text(table.unit),
      text(table.clause),
      json(table.headers),
      json(table.columns),
      table.rows.length,
      table.position.start.line,
      integer(table.page),
    ]);
  });
  for (const value of valueRows(report, record.file)) {
    rows.table_values.push([
      id,
      value.table,
      value.row,
      value.column,
      text(value.key),
      text(value.rowKey),
      text(value.columnKey),
      text(value.label),
      text(value.header),
      text(value.unit),
      finite(value.value),
      value.indicator,
      value.line,
      integer(value.page),
    ]);
  }
  for (const [key, value] of Object.entries(report.indicators)) rows.indicators.push([id, text(key), finite(value)]);
  report.diagnostics.forEach((diagnostic, i) => {
    const start = diagnostic.position?.start;
    rows.diagnostics.push([
      id,
      i,
      diagnostic.code,
      diagnostic.severity,
      diagnostic.origin ?? null,
      text(diagnostic.message),
      text(diagnostic.note ?? null),
      start?.line ?? null,
      start?.column ?? null,
      integer(diagnostic.page),
      diagnostic.expected === undefined ? null : json(diagnostic.expected),
      diagnostic.actual === undefined ? null : json(diagnostic.actual),
    ]);
  });
  return { id, file: record.file, status: 'ok', rows };
}

/** PostgreSQL text cannot hold NUL: it becomes U+FFFD in both dialects, so both hold the same strings. */
function text<T extends string | null>(value: T): T {
  return (value === null ? null : value.replaceAll('\u0000', '\uFFFD')) as T;
}

/** JSON with NULs replaced (PostgreSQL's jsonb refuses `\u0000`); `undefined` and functions become null. */
function json(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'string' ? text(v) : v)) ?? 'null';
}

function integer(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

function finite(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A valid `YYYY-MM-DD` date, else null (a date PostgreSQL refuses would fail the whole transaction). */
function isoDate(value: string | null): string | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}
