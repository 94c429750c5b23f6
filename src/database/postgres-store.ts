/**
 * PostgreSQL through pg: one connection, one transaction per batch of documents, one statement per table
 * per batch (`INSERT … SELECT * FROM unnest($1::text[], $2::integer[], …)`: a whole batch's rows in a few
 * round trips). Several processes may load into one database at once (`--shard I/N` on many machines):
 * each document is upserted before its children are replaced, so the `documents` row serialises writers
 * of the same document, and documents are written in id order so two batches never wait on each other in
 * a cycle. A deadlock or serialisation failure is retried.
 */
import type { Client, ClientConfig } from 'pg';
import { ReportError } from '../errors.js';
import { childTables, tableColumns, type Cell, type TableName } from './columns.js';
import { loadPgDriver } from './drivers.js';
import { migrations, migrationsTableDdl, schemaVersion } from './migrations.js';
import type { DocumentRows } from './rows.js';
import { loadedFile, type LoadedFile, type LoadedRow, type Store } from './store.js';
import { redactUrl } from './target.js';

/** Arbitrary constant naming the advisory lock that serialises schema migrations across processes. */
const MIGRATION_LOCK = 7_316_027_001;
const CONNECT_TIMEOUT_MS = 15_000;
const RETRIES = 5;

/**
 * Connects to a PostgreSQL database and migrates its schema.
 * @param url `postgres://user:password@host:port/database` (libpq-style query parameters as pg accepts).
 * @returns The store.
 * @throws ReportError `DB_DRIVER_MISSING`, `DB_CONNECT_FAILED` (no server there, timeout, TLS),
 *   `DB_AUTH_FAILED` (user, password or database refused), `DB_SCHEMA_MISMATCH`.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const pg = await loadPgDriver();
  const name = redactUrl(url);
  const config: ClientConfig = {
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'gov-report',
  };
  const client = new pg.Client(config);
  const store = new PostgresStore(client, name);
  try {
    await client.connect();
  } catch (error) {
    await store.close();
    throw connectError(error, name);
  }
  try {
    await migrate(client, name);
  } catch (error) {
    await store.close();
    if (error instanceof ReportError) throw error;
    throw new ReportError('DB_WRITE_FAILED', `Cannot create the schema in ${name}: ${describePgError(error)}.`, {
      cause: error,
    });
  }
  return store;
}

async function migrate(client: Client, name: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(migrationsTableDdl);
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const current = rows[0]?.v ?? 0;
    if (current > schemaVersion)
      throw new ReportError(
        'DB_SCHEMA_MISMATCH',
        `The PostgreSQL database ${name} has schema version ${current}; this version of gov-report-extract knows versions up to ${schemaVersion}.`,
      );
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      try {
        await client.query(migration.postgres);
      } catch (error) {
        if ((error as { code?: unknown }).code === '42P07')
          throw new ReportError(
            'DB_SCHEMA_MISMATCH',
            `The PostgreSQL database ${name} already holds tables of another schema (${describePgError(error)}); load into another database or schema.`,
            { cause: error },
          );
        throw error;
      }
      await client.query('INSERT INTO schema_migrations (version, description, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.description,
        new Date().toISOString(),
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

class PostgresStore implements Store {
  readonly dialect = 'postgres';
  private closed = false;
  /** An error the connection reported between queries (server gone): the next write fails with it. */
  private broken: unknown = null;

  constructor(
    private readonly client: Client,
    private readonly name: string,
  ) {
    // Without a listener, an error on an idle connection would be an unhandled 'error' event.
    client.on('error', (error) => {
      this.broken = error;
    });
  }

  async write(documents: DocumentRows[]): Promise<void> {
    if (this.closed) throw new ReportError('DB_WRITE_FAILED', `The connection to ${this.name} is closed.`);
    const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (let attempt = 1; ; attempt++) {
      try {
        if (this.broken) throw this.broken;
        await this.transaction(sorted);
        return;
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if ((code === '40P01' || code === '40001') && attempt < RETRIES) {
          await new Promise((resolve) => setTimeout(resolve, 20 * attempt * Math.random() + 10));
          continue;
        }
        throw new ReportError(
          'DB_WRITE_FAILED',
          `Cannot write to ${this.name}: ${describePgError(error)}; the transaction of ${documents.length} document(s) was rolled back.`,
          { cause: error },
        );
      }
    }
  }

  private async transaction(documents: DocumentRows[]): Promise<void> {
    const client = this.client;
    await client.query('BEGIN');
    try {
      await this.insert('documents', documents);
      const ids = documents.map((document) => document.id);
      for (const table of childTables)
        await client.query(`DELETE FROM ${table} WHERE document_id = ANY($1::text[])`, [ids]);
      for (const table of childTables) await this.insert(table, documents);
      await this.insert('files', documents);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  }

  /** One `INSERT … SELECT * FROM unnest(…)` with every row of `table` of the documents. */
  private async insert(table: TableName, documents: DocumentRows[]): Promise<void> {
    const columns = tableColumns[table];
    const arrays: Cell[][] = columns.map(() => []);
    let rows = 0;
    for (const document of documents)
      for (const row of document.rows[table]) {
        row.forEach((cell, i) => arrays[i]!.push(cell));
        rows++;
      }
    if (rows === 0) return;
    await this.client.query(insertSql(table), arrays);
  }

  async loaded(paths: readonly string[]): Promise<Map<string, LoadedFile>> {
    const { rows } = await this.client.query<LoadedRow>(
      `SELECT f.path, d.content_hash, d.parser_version, d.status, d.error_code
       FROM files f JOIN documents d ON d.id = f.document_id WHERE f.path = ANY($1::text[])`,
      [paths],
    );
    return new Map(rows.map((row) => [row.path, loadedFile(row)]));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.end().catch(() => {});
  }
}

const sqlCache = new Map<TableName, string>();

/** `INSERT INTO t (…) SELECT * FROM unnest($1::type[], …)`; documents and files upsert on their key. */
function insertSql(table: TableName): string {
  let sql = sqlCache.get(table);
  if (sql) return sql;
  const columns = tableColumns[table];
  const names = columns.map(([name]) => name);
  sql = `INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${columns
    .map(([, type], i) => `$${i + 1}::${type}[]`)
    .join(', ')})`;
  if (table === 'documents' || table === 'files') {
    const key = table === 'documents' ? 'id' : 'path';
    sql += ` ON CONFLICT (${key}) DO UPDATE SET ${names
      .filter((name) => name !== key)
      .map((name) => `${name} = excluded.${name}`)
      .join(', ')}`;
  }
  sqlCache.set(table, sql);
  return sql;
}

/** Server error classes of a refused login: 28xxx (authorisation), 3D000 (no such database). */
function connectError(error: unknown, name: string): ReportError {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code.startsWith('28') || code === '3D000')
    return new ReportError('DB_AUTH_FAILED', `PostgreSQL at ${name} refused the login: ${describePgError(error)}.`, {
      cause: error,
    });
  return new ReportError('DB_CONNECT_FAILED', `Cannot connect to PostgreSQL at ${name}: ${describePgError(error)}.`, {
    cause: error,
  });
}

function describePgError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0)
    return error.errors.map((inner) => describePgError(inner)).join('; ');
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const text = error.message || error.name;
  return typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
}
