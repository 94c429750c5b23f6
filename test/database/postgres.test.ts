/**
 * Loading into a real PostgreSQL server (test/database/helpers/postgres.ts starts one): the README's
 * queries, four shard processes at once into one database, schema, lost connections, refused logins.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { extractReports, loadReports, openReportDatabase, type BatchRecord } from '../../src/index.js';
import { childTables, tableColumns, type PgType } from '../../src/database/columns.js';
import { schemaVersion } from '../../src/database/migrations.js';
import { ensureBuilt, finished, root, runCli, startCli } from '../cli/helpers/cli.js';
import { realReports, writeCopies, type Copies } from './helpers/corpus.js';
import { startPostgres, type StartedPostgres } from './helpers/postgres.js';
import { readmeQueries } from './helpers/readme.js';
import { loadedTables, sqliteCounts, sqliteDocumentShapes, sqliteQuery } from './helpers/sqlite.js';

let started: StartedPostgres;
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'gov-report-pg-test-'));
  started = await startPostgres('reports');
}, 180_000);

afterAll(async () => {
  await started?.server?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** The server, or the test is skipped with the reason (never under CI: startPostgres throws there). */
function server(context: TestContext): NonNullable<StartedPostgres['server']> {
  if (!started.server) context.skip(started.skip);
  return started.server!;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function pgCounts(url: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of loadedTables)
    counts[table] = Number((await query<{ n: string }>(url, `SELECT count(*) AS n FROM ${table}`))[0]!.n);
  return counts;
}

/** Document id → status and child-row counts, as `sqliteDocumentShapes` gives them. */
async function pgDocumentShapes(url: string): Promise<Map<string, string>> {
  const shapes = new Map<string, string[]>();
  for (const { id, status } of await query<{ id: string; status: string }>(url, 'SELECT id, status FROM documents'))
    shapes.set(id, [status]);
  for (const table of childTables)
    for (const { document_id, n } of await query<{ document_id: string; n: string }>(
      url,
      `SELECT document_id, count(*) AS n FROM ${table} GROUP BY document_id`,
    ))
      shapes.get(document_id)?.push(`${table}:${n}`);
  return new Map([...shapes].map(([id, parts]) => [id, parts.join(' ')]));
}

/** Rows as comparable text, whatever the order (collations differ) and numeric types (count() is bigint in PostgreSQL). */
function normalise(rows: Record<string, unknown>[]): string[] {
  return rows
    .map((row) =>
      JSON.stringify(
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => [
            key,
            typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value,
          ]),
        ),
      ),
    )
    .sort();
}

describe('extract --db postgres://', () => {
  it("should load the samples so that the README's queries give what they give on SQLite", async (context) => {
    const { url } = server(context);
    const run = await runCli(['extract', 'samples', '--db', url], root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /loaded 16 documents \(0 failed\) into postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/reports/,
    );
    expect(run.stderr).not.toContain('gov-report-test'); // the password
    const lite = path.join(dir, 'samples.db');
    expect((await runCli(['extract', 'samples', '--db', lite], root)).code).toBe(0);
    const queries = readmeQueries();
    const seed = await query(url, queries[0]!.sql);
    expect(seed).toHaveLength(84);
    for (const { title, sql } of queries)
      expect(normalise(await query(url, sql)), title).toEqual(normalise(sqliteQuery(lite, sql)));
    const matrix = await query(url, queries[3]!.sql);
    expect(matrix.map((row) => row.row_key)).toEqual(
      sqliteQuery<{ row_key: string }>(lite, queries[3]!.sql).map((r) => r.row_key),
    );
  });

  it('should take four shard processes at once (and a fifth repeating one), every document once and whole', async (context) => {
    const pgServer = server(context);
    const url = await pgServer.newDatabase('shards');
    const copies: Copies = writeCopies(path.join(dir, 'corpus'), 200);
    const reference = path.join(dir, 'reference.db');
    await runCli(['extract', path.join(dir, 'corpus'), '--db', reference, '--jobs', '2']);
    const shard = (i: number) =>
      finished(startCli(['extract', path.join(dir, 'corpus'), '--db', url, '--jobs', '1', '--shard', `${i}/4`]));
    const runs = await Promise.all([shard(1), shard(2), shard(3), shard(4), shard(1)]);
    for (const run of runs) {
      expect(run.stderr, run.stderr).not.toMatch(/DB_[A-Z_]+/);
      expect(run.stderr).toMatch(/loaded \d+ documents/);
    }
    const loaded = runs.slice(0, 4).reduce((n, run) => n + Number(/loaded (\d+) documents/.exec(run.stderr)![1]), 0);
    expect(loaded).toBeGreaterThanOrEqual(copies.distinct); // identical files in two shards are written twice
    expect(await pgCounts(url)).toEqual(sqliteCounts(reference));
    expect(await pgDocumentShapes(url)).toEqual(sqliteDocumentShapes(reference));
    expect(await pgCounts(url)).toMatchObject({ documents: copies.distinct, files: copies.files.length });
    const failed = await query<{ path: string; error_code: string }>(
      url,
      `SELECT f.path, d.error_code FROM files f JOIN documents d ON d.id = f.document_id WHERE d.status = 'failed'`,
    );
    expect(new Map(failed.map((row) => [row.path, row.error_code]))).toEqual(copies.failing);
  });

  it('should refuse a wrong password or database before reading any input, never printing the password', async (context) => {
    const pgServer = server(context);
    const wrong = await runCli(['extract', path.join(dir, 'no-such-input'), '--db', pgServer.wrongPasswordUrl]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/refused the login: password authentication failed .* DB_AUTH_FAILED/);
    expect(wrong.stderr).not.toContain('no input files');
    expect(wrong.stderr).not.toMatch(/:wrong@/);
    const noDatabase = pgServer.url.replace(/\/reports$/, '/no_such_database');
    await expect(openReportDatabase(noDatabase)).rejects.toMatchObject({ code: 'DB_AUTH_FAILED' });
  });
});

describe('PostgreSQL store', () => {
  it('should create the schema once, with the columns and types the loader writes', async (context) => {
    const url = await server(context).newDatabase('schema');
    await Promise.all([1, 2, 3].map(async () => (await openReportDatabase(url)).close())); // concurrent first use
    expect(await query(url, 'SELECT version FROM schema_migrations')).toEqual([{ version: schemaVersion }]);
    const names: Record<PgType, string> = {
      text: 'text',
      integer: 'integer',
      bigint: 'bigint',
      'double precision': 'double precision',
      boolean: 'boolean',
      date: 'date',
      timestamptz: 'timestamp with time zone',
      jsonb: 'jsonb',
    };
    for (const [table, columns] of Object.entries(tableColumns)) {
      const actual = await query<{ column_name: string; data_type: string }>(
        url,
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
        [table],
      );
      expect(
        actual.map((c) => [c.column_name, c.data_type]),
        table,
      ).toEqual(columns.map(([name, type]) => [name, names[type]]));
    }
    await query(url, "INSERT INTO schema_migrations VALUES ($1, 'from the future', '2099-01-01')", [schemaVersion + 1]);
    await expect(openReportDatabase(url)).rejects.toMatchObject({ code: 'DB_SCHEMA_MISMATCH' });
  });

  it('should fail with DB_WRITE_FAILED when the connection is lost, leaving no half-written document', async (context) => {
    const url = await server(context).newDatabase('lost');
    const records: BatchRecord[] = [];
    for await (const record of extractReports(realReports().slice(0, 6), { concurrency: 2 })) records.push(record);
    const db = await openReportDatabase(url, { batchSize: 3 });
    for (const record of records.slice(0, 3)) await db.add(record); // one transaction of 3
    await db.add(records[3]!);
    await query(url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'gov-report'");
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(
      (async () => {
        for (const record of records.slice(4)) await db.add(record);
      })(),
    ).rejects.toMatchObject({ code: 'DB_WRITE_FAILED' });
    await expect(db.add(records[5]!)).rejects.toMatchObject({ code: 'DB_WRITE_FAILED' });
    await db.close().catch(() => {});
    const whole = path.join(dir, 'first-three.db');
    await loadReports(records.slice(0, 3), whole);
    expect(await pgDocumentShapes(url)).toEqual(sqliteDocumentShapes(whole));
    for (const table of childTables)
      expect(
        await query(url, `SELECT count(*)::int AS n FROM ${table} WHERE document_id NOT IN (SELECT id FROM documents)`),
      ).toEqual([{ n: 0 }]);
  });
});

describe('PostgreSQL targets that cannot be used', () => {
  it('should report an unreachable server as DB_CONNECT_FAILED before reading any input', async () => {
    const run = await runCli(['extract', path.join(dir, 'no-such-input'), '--db', 'postgres://u:secret@127.0.0.1:1/x']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /Cannot connect to PostgreSQL at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/x: .*ECONNREFUSED.* DB_CONNECT_FAILED/,
    );
    expect(run.stderr).not.toContain('secret');
    expect(run.stderr).not.toContain('no input files');
  });
});
