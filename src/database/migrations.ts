/**
 * The database schema, as versioned migrations: each is frozen once released, and a change of schema is a
 * new migration appended here (never an edit of an old one). A database records the versions applied in
 * `schema_migrations`; `openReportDatabase` applies the missing ones in order, in one transaction, and
 * refuses a database whose version is newer than the last one here (`DB_SCHEMA_MISMATCH`).
 *
 * The two dialects hold the same tables and columns; they differ only in types (PostgreSQL: date,
 * timestamptz, boolean, jsonb, double precision; SQLite: text, integer 0/1, text JSON, real).
 *
 * The child tables (sections … diagnostics) carry `document_id` without a foreign key: the loader writes a
 * document and all its rows in one transaction, and a foreign-key check on every table value cost a third of
 * a PostgreSQL load (measured: 302–319 against 211–238 documents/s). `files` keeps its foreign key.
 */

/** One schema version. */
export interface Migration {
  version: number;
  description: string;
  sqlite: string;
  postgres: string;
}

const v1Sqlite = `
CREATE TABLE documents (
  id             TEXT PRIMARY KEY,       -- content_hash, or 'path:' || file_path when the file could not be read
  content_hash   TEXT,                   -- SHA-256 of the file's bytes, hex
  file_path      TEXT NOT NULL,          -- the path last loaded with this content
  bytes          INTEGER,
  format         TEXT,                   -- text, pdf, docx, doc, html
  encoding       TEXT,
  pages          INTEGER,
  agency         TEXT,
  year           INTEGER,
  published_on   TEXT,                   -- ISO date
  template       TEXT,                   -- legacy-2008, gov-2019, gov-2021, unknown
  title          TEXT,
  status         TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  error_code     TEXT,                   -- failed files: a ReportError code (IMPORT_CORRUPT, BATCH_TIMEOUT …)
  error_message  TEXT,
  error_count    INTEGER NOT NULL,       -- diagnostics of severity error
  warning_count  INTEGER NOT NULL,
  parser_version TEXT NOT NULL,
  loaded_at      TEXT NOT NULL           -- ISO timestamp
);
CREATE INDEX documents_agency_year ON documents (agency, year);
CREATE INDEX documents_year ON documents (year);
CREATE INDEX documents_status ON documents (status, error_code);

CREATE TABLE files (
  path        TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  loaded_at   TEXT NOT NULL
);
CREATE INDEX files_document ON files (document_id);

CREATE TABLE sections (
  document_id TEXT NOT NULL,
  path        TEXT NOT NULL,             -- 1-based sibling indices: '2', '2.1', '2.1.3'
  parent_path TEXT,
  seq         INTEGER NOT NULL,          -- document order
  level       INTEGER NOT NULL,
  marker      TEXT NOT NULL,
  ordinal     INTEGER NOT NULL,
  heading     TEXT NOT NULL,
  paragraphs  TEXT NOT NULL,             -- the section's own paragraphs, joined with newlines
  line        INTEGER NOT NULL,
  page        INTEGER,
  PRIMARY KEY (document_id, path)
);

CREATE TABLE tables (
  document_id    TEXT NOT NULL,
  table_index    INTEGER NOT NULL,       -- index in Report.tables
  section_path   TEXT,                   -- the section printing the table
  title          TEXT,
  reporting_unit TEXT,
  unit           TEXT,
  clause         TEXT,
  headers        TEXT NOT NULL,          -- JSON: header rows as printed
  columns        TEXT NOT NULL,          -- JSON: value column names
  row_count      INTEGER NOT NULL,
  line           INTEGER NOT NULL,
  page           INTEGER,
  PRIMARY KEY (document_id, table_index)
);

CREATE TABLE table_values (
  document_id  TEXT NOT NULL,
  table_index  INTEGER NOT NULL,
  row_index    INTEGER NOT NULL,
  column_index INTEGER NOT NULL,
  key          TEXT,                     -- canonical value key (row × column): apply.new.naturalPerson
  row_key      TEXT,
  column_key   TEXT,
  label        TEXT NOT NULL,            -- row label as printed
  header       TEXT,                     -- column header as printed
  unit         TEXT,
  value        REAL,
  indicator    INTEGER NOT NULL,         -- 1 when this cell is the value in indicators
  line         INTEGER NOT NULL,
  page         INTEGER,
  PRIMARY KEY (document_id, table_index, row_index, column_index)
);
CREATE INDEX table_values_key ON table_values (key);

CREATE TABLE indicators (
  document_id TEXT NOT NULL,
  key         TEXT NOT NULL,
  value       REAL,
  PRIMARY KEY (document_id, key)
);
CREATE INDEX indicators_key ON indicators (key);

CREATE TABLE diagnostics (
  document_id TEXT NOT NULL,
  seq         INTEGER NOT NULL,          -- index in Report.diagnostics
  code        TEXT NOT NULL,
  severity    TEXT NOT NULL,
  origin      TEXT,
  message     TEXT NOT NULL,
  note        TEXT,
  line        INTEGER,
  col         INTEGER,
  page        INTEGER,
  expected    TEXT,                      -- JSON
  actual      TEXT,                      -- JSON
  PRIMARY KEY (document_id, seq)
);
CREATE INDEX diagnostics_code ON diagnostics (code);
`;

const v1Postgres = `
CREATE TABLE documents (
  id             text PRIMARY KEY,
  content_hash   text,
  file_path      text NOT NULL,
  bytes          bigint,
  format         text,
  encoding       text,
  pages          integer,
  agency         text,
  year           integer,
  published_on   date,
  template       text,
  title          text,
  status         text NOT NULL CHECK (status IN ('ok', 'failed')),
  error_code     text,
  error_message  text,
  error_count    integer NOT NULL,
  warning_count  integer NOT NULL,
  parser_version text NOT NULL,
  loaded_at      timestamptz NOT NULL
);
CREATE INDEX documents_agency_year ON documents (agency, year);
CREATE INDEX documents_year ON documents (year);
CREATE INDEX documents_status ON documents (status, error_code);

CREATE TABLE files (
  path        text PRIMARY KEY,
  document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  loaded_at   timestamptz NOT NULL
);
CREATE INDEX files_document ON files (document_id);

CREATE TABLE sections (
  document_id text NOT NULL,
  path        text NOT NULL,
  parent_path text,
  seq         integer NOT NULL,
  level       integer NOT NULL,
  marker      text NOT NULL,
  ordinal     integer NOT NULL,
  heading     text NOT NULL,
  paragraphs  text NOT NULL,
  line        integer NOT NULL,
  page        integer,
  PRIMARY KEY (document_id, path)
);

CREATE TABLE tables (
  document_id    text NOT NULL,
  table_index    integer NOT NULL,
  section_path   text,
  title          text,
  reporting_unit text,
  unit           text,
  clause         text,
  headers        jsonb NOT NULL,
  columns        jsonb NOT NULL,
  row_count      integer NOT NULL,
  line           integer NOT NULL,
  page           integer,
  PRIMARY KEY (document_id, table_index)
);

CREATE TABLE table_values (
  document_id  text NOT NULL,
  table_index  integer NOT NULL,
  row_index    integer NOT NULL,
  column_index integer NOT NULL,
  key          text,
  row_key      text,
  column_key   text,
  label        text NOT NULL,
  header       text,
  unit         text,
  value        double precision,
  indicator    boolean NOT NULL,
  line         integer NOT NULL,
  page         integer,
  PRIMARY KEY (document_id, table_index, row_index, column_index)
);
CREATE INDEX table_values_key ON table_values (key);

CREATE TABLE indicators (
  document_id text NOT NULL,
  key         text NOT NULL,
  value       double precision,
  PRIMARY KEY (document_id, key)
);
CREATE INDEX indicators_key ON indicators (key);

CREATE TABLE diagnostics (
  document_id text NOT NULL,
  seq         integer NOT NULL,
  code        text NOT NULL,
  severity    text NOT NULL,
  origin      text,
  message     text NOT NULL,
  note        text,
  line        integer,
  col         integer,
  page        integer,
  expected    jsonb,
  actual      jsonb,
  PRIMARY KEY (document_id, seq)
);
CREATE INDEX diagnostics_code ON diagnostics (code);
`;

/** Every schema version, oldest first. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, files, sections, tables, table_values, indicators, diagnostics',
    sqlite: v1Sqlite,
    postgres: v1Postgres,
  },
];

/** The schema version this code writes. */
export const schemaVersion = migrations.at(-1)!.version;

/** The bookkeeping table, created before any migration (same DDL in both dialects). */
export const migrationsTableDdl = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version     INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  applied_at  TEXT NOT NULL
)`;
