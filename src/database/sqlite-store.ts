/**
 * SQLite through better-sqlite3: one file, WAL journal (readers never block the loader, and a killed
 * process leaves the last committed transaction), one transaction per batch of documents.
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { ReportError } from '../errors.js';
import { childTables, tableColumns, type Cell, type TableName } from './columns.js';
import { isNativeBindingError, loadSqliteDriver, missing } from './drivers.js';
import { migrations, migrationsTableDdl, schemaVersion } from './migrations.js';
import type { DocumentRows } from './rows.js';
import { loadedFile, type LoadedFile, type LoadedRow, type Store } from './store.js';

type Database = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement;

/** How long a writer waits for another process's transaction on the same file before failing. */
const BUSY_TIMEOUT_MS = 60_000;

/**
 * Opens (creating it and its folder when missing) a SQLite database and migrates its schema.
 * @param file Path of the database file.
 * @returns The store.
 * @throws ReportError `DB_DRIVER_MISSING`, `DB_CONNECT_FAILED` (cannot create, open or write the file;
 *   not a database), `DB_SCHEMA_MISMATCH`, `DB_WRITE_FAILED` (disk full while creating the schema).
 */
export async function openSqliteStore(file: string): Promise<Store> {
  const Driver = await loadSqliteDriver();
  let db: Database;
  try {
    // SQLite opens a file it cannot write read-only and fails only at the first write: refuse it now.
    const readOnly = notWritable(file);
    if (readOnly)
      throw new ReportError('DB_CONNECT_FAILED', `Cannot open the SQLite database ${file} for writing${readOnly}.`);
    mkdirSync(path.dirname(file), { recursive: true });
    db = new Driver(file);
  } catch (error) {
    if (error instanceof ReportError) throw error;
    if (isNativeBindingError(error)) throw missing('better-sqlite3', 'SQLite', error);
    throw new ReportError(
      'DB_CONNECT_FAILED',
      `Cannot open the SQLite database ${file}: ${message(error)}${notWritable(file)}.`,
      { cause: error },
    );
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, file);
  } catch (error) {
    db.close();
    if (error instanceof ReportError) throw error;
    throw openError(error, file);
  }
  return new SqliteStore(db, file);
}

function migrate(db: Database, file: string): void {
  db.transaction(() => {
    db.exec(migrationsTableDdl);
    const current =
      (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
    if (current > schemaVersion)
      throw new ReportError(
        'DB_SCHEMA_MISMATCH',
        `The SQLite database ${file} has schema version ${current}; this version of gov-report-extract knows versions up to ${schemaVersion}.`,
      );
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      try {
        db.exec(migration.sqlite);
      } catch (error) {
        if (/already exists/.test(message(error)))
          throw new ReportError(
            'DB_SCHEMA_MISMATCH',
            `The SQLite database ${file} already holds tables of another schema (${message(error)}); load into a new file.`,
            { cause: error },
          );
        throw error;
      }
      db.prepare('INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.description,
        new Date().toISOString(),
      );
    }
  }).immediate();
}

class SqliteStore implements Store {
  readonly dialect = 'sqlite';
  private readonly inserts: Record<TableName, Statement>;
  private readonly deletes: Statement[];
  private readonly writeAll: (documents: DocumentRows[]) => void;
  private closed = false;

  constructor(
    private readonly db: Database,
    private readonly file: string,
  ) {
    this.inserts = Object.fromEntries(
      (Object.keys(tableColumns) as TableName[]).map((table) => [table, db.prepare(insertSql(table))]),
    ) as Record<TableName, Statement>;
    this.deletes = childTables.map((table) => db.prepare(`DELETE FROM ${table} WHERE document_id = ?`));
    const write = db.transaction((documents: DocumentRows[]) => {
      for (const document of documents) {
        // The documents row first (insert or update: its row is the document's lock), then its children.
        this.run('documents', document.rows.documents);
        for (const statement of this.deletes) statement.run(document.id);
        for (const table of childTables) this.run(table, document.rows[table]);
        this.run('files', document.rows.files);
      }
    });
    this.writeAll = (documents) => write.immediate(documents);
  }

  private run(table: TableName, rows: Cell[][]): void {
    const statement = this.inserts[table];
    for (const row of rows) statement.run(row.map((cell) => (typeof cell === 'boolean' ? (cell ? 1 : 0) : cell)));
  }

  async write(documents: DocumentRows[]): Promise<void> {
    if (this.closed) throw new ReportError('DB_WRITE_FAILED', `The SQLite database ${this.file} is closed.`);
    try {
      this.writeAll(documents);
    } catch (error) {
      throw new ReportError(
        'DB_WRITE_FAILED',
        `Cannot write to the SQLite database ${this.file}: ${message(error)}; the transaction of ${documents.length} document(s) was rolled back.`,
        { cause: error },
      );
    }
  }

  async loaded(paths: readonly string[]): Promise<Map<string, LoadedFile>> {
    const found = new Map<string, LoadedFile>();
    const chunk = 500;
    for (let i = 0; i < paths.length; i += chunk) {
      const part = paths.slice(i, i + chunk);
      const rows = this.db
        .prepare(
          `SELECT f.path, d.content_hash, d.parser_version, d.status, d.error_code
           FROM files f JOIN documents d ON d.id = f.document_id
           WHERE f.path IN (${part.map(() => '?').join(', ')})`,
        )
        .all(...part) as LoadedRow[];
      for (const row of rows) found.set(row.path, loadedFile(row));
    }
    return found;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}

/** `INSERT … VALUES (?, …)`; for documents and files, an upsert on their key. */
function insertSql(table: TableName): string {
  const names = tableColumns[table].map(([name]) => name);
  const sql = `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
  if (table !== 'documents' && table !== 'files') return sql;
  const key = table === 'documents' ? 'id' : 'path';
  const updates = names.filter((name) => name !== key).map((name) => `${name} = excluded.${name}`);
  return `${sql} ON CONFLICT (${key}) DO UPDATE SET ${updates.join(', ')}`;
}

function openError(error: unknown, file: string): ReportError {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (/^SQLITE_FULL/.test(code))
    return new ReportError('DB_WRITE_FAILED', `Cannot create the schema in ${file}: ${message(error)}.`, {
      cause: error,
    });
  return new ReportError(
    'DB_CONNECT_FAILED',
    `Cannot open the SQLite database ${file} for writing: ${message(error)}${code ? ` (${code})` : ''}${notWritable(file)}.`,
    { cause: error },
  );
}

/**
 * Why the file, or the nearest folder above it that exists, cannot be written (SQLite's own message often
 * says only that it cannot open the file); '' when they can.
 */
function notWritable(file: string): string {
  for (let target = file; ; target = path.dirname(target)) {
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'ENOENT' && path.dirname(target) !== target) continue;
      return `; ${target} is not writable (${code === 'EROFS' ? 'read-only file system' : String(code)})`;
    }
    return '';
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
