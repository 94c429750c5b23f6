/**
 * The columns each loader writes, in the order of the row arrays `documentRows` builds, with their
 * PostgreSQL types (for the `unnest($n::type[])` bulk inserts). Checked against the migrated schema of
 * both dialects by test/database/schema.test.ts.
 */

/** A PostgreSQL element type used in the bulk inserts. */
export type PgType = 'text' | 'integer' | 'bigint' | 'double precision' | 'boolean' | 'date' | 'timestamptz' | 'jsonb';

/** Table name → [column, PostgreSQL type] in row order. */
export const tableColumns = {
  documents: [
    ['id', 'text'],
    ['content_hash', 'text'],
    ['file_path', 'text'],
    ['bytes', 'bigint'],
    ['format', 'text'],
    ['encoding', 'text'],
    ['pages', 'integer'],
    ['agency', 'text'],
    ['year', 'integer'],
    ['published_on', 'date'],
    ['template', 'text'],
    ['title', 'text'],
    ['status', 'text'],
    ['error_code', 'text'],
    ['error_message', 'text'],
    ['error_count', 'integer'],
    ['warning_count', 'integer'],
    ['parser_version', 'text'],
    ['loaded_at', 'timestamptz'],
  ],
  files: [
    ['path', 'text'],
    ['document_id', 'text'],
    ['loaded_at', 'timestamptz'],
  ],
  sections: [
    ['document_id', 'text'],
    ['path', 'text'],
    ['parent_path', 'text'],
    ['seq', 'integer'],
    ['level', 'integer'],
    ['marker', 'text'],
    ['ordinal', 'integer'],
    ['heading', 'text'],
    ['paragraphs', 'text'],
    ['line', 'integer'],
    ['page', 'integer'],
  ],
  tables: [
    ['document_id', 'text'],
    ['table_index', 'integer'],
    ['section_path', 'text'],
    ['title', 'text'],
    ['reporting_unit', 'text'],
    ['unit', 'text'],
    ['clause', 'text'],
    ['headers', 'jsonb'],
    ['columns', 'jsonb'],
    ['row_count', 'integer'],
    ['line', 'integer'],
    ['page', 'integer'],
  ],
  table_values: [
    ['document_id', 'text'],
    ['table_index', 'integer'],
    ['row_index', 'integer'],
    ['column_index', 'integer'],
    ['key', 'text'],
    ['row_key', 'text'],
    ['column_key', 'text'],
    ['label', 'text'],
    ['header', 'text'],
    ['unit', 'text'],
    ['value', 'double precision'],
    ['indicator', 'boolean'],
    ['line', 'integer'],
    ['page', 'integer'],
  ],
  indicators: [
    ['document_id', 'text'],
    ['key', 'text'],
    ['value', 'double precision'],
  ],
  diagnostics: [
    ['document_id', 'text'],
    ['seq', 'integer'],
    ['code', 'text'],
    ['severity', 'text'],
    ['origin', 'text'],
    ['message', 'text'],
    ['note', 'text'],
    ['line', 'integer'],
    ['col', 'integer'],
    ['page', 'integer'],
    ['expected', 'jsonb'],
    ['actual', 'jsonb'],
  ],
} as const satisfies Record<string, readonly (readonly [string, PgType])[]>;

/** A table the loaders write. */
export type TableName = keyof typeof tableColumns;

/** The tables that hang off one document (replaced together with it). */
export const childTables = [
  'sections',
  'tables',
  'table_values',
  'indicators',
  'diagnostics',
] as const satisfies readonly TableName[];

/** One cell of a row array: what both drivers accept (booleans are written as 0/1 to SQLite). */
export type Cell = string | number | boolean | null;
