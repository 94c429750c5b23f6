/** loadReports into a real SQLite file: what it holds, idempotence, schema versions, bad files. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractReports, loadReports, openReportDatabase, type BatchRecord } from '../../src/index.js';
import { tableColumns, type TableName } from '../../src/database/columns.js';
import { schemaVersion } from '../../src/database/migrations.js';
import { realReports } from './helpers/corpus.js';

const tables = Object.keys(tableColumns) as TableName[];
let dir: string;
let records: BatchRecord[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'gov-report-sqlite-'));
  records = [];
  for await (const record of extractReports([...realReports(), path.join(dir, 'missing.pdf')], { concurrency: 2 }))
    records.push(record);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function counts(file: string): Record<TableName, number> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      tables.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
    ) as Record<TableName, number>;
  } finally {
    db.close();
  }
}

function query<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

describe('loadReports into SQLite', () => {
  it('should load every record, failed files included, with the rows their reports hold', async () => {
    const file = path.join(dir, 'all/reports.db'); // the folder is created
    const summary = await loadReports(records, `sqlite:${file}`, { batchSize: 10 });
    // Every sample and corpus text, plus one file that fails.
    expect(summary).toEqual({ documents: records.length, failed: 1, transactions: Math.ceil(records.length / 10) });
    const reports = records.flatMap((record) => (record.ok ? [record.report] : []));
    expect(counts(file)).toEqual({
      documents: records.length,
      files: records.length,
      sections: expect.any(Number),
      tables: reports.reduce((n, report) => n + report.tables.length, 0),
      table_values: reports.reduce(
        (n, report) => n + report.tables.reduce((m, t) => m + t.rows.reduce((k, row) => k + row.values.length, 0), 0),
        0,
      ),
      indicators: reports.reduce((n, report) => n + Object.keys(report.indicators).length, 0),
      diagnostics: reports.reduce((n, report) => n + report.diagnostics.length, 0),
    });
    expect(
      query<{ n: number }>(
        file,
        `SELECT count(*) AS n FROM indicators i JOIN documents d ON d.id = i.document_id
         WHERE d.file_path LIKE '%/samples/quzhou-safety-2018.txt'`,
      )[0]!.n,
    ).toBe(84);
    expect(
      query(
        file,
        `SELECT d.agency, d.year, d.template, i.value FROM indicators i JOIN documents d ON d.id = i.document_id
         WHERE i.key = 'active.total' AND d.file_path LIKE '%quzhou-safety-2018.txt'`,
      ),
    ).toEqual([{ agency: '衢州市安全生产监督管理局', year: 2018, template: 'legacy-2008', value: 502 }]);
    expect(query(file, `SELECT id, status, error_code, content_hash FROM documents WHERE status = 'failed'`)).toEqual([
      {
        id: `path:${path.join(dir, 'missing.pdf')}`,
        status: 'failed',
        error_code: 'FILE_NOT_FOUND',
        content_hash: null,
      },
    ]);
    // A 2021-form matrix value, by its canonical key, in the long-form table values.
    const matrix = query<{ value: number; header: string }>(
      file,
      `SELECT v.value, v.header FROM table_values v JOIN documents d ON d.id = v.document_id
       WHERE d.template = 'gov-2021' AND v.key = 'apply.new.naturalPerson'`,
    );
    expect(matrix.length).toBeGreaterThan(0);
  });

  it('should replace, never duplicate, when the same records are loaded again', async () => {
    const file = path.join(dir, 'twice.db');
    await loadReports(records, file);
    const first = counts(file);
    const loadedAt = query<{ loaded_at: string }>(file, 'SELECT loaded_at FROM documents ORDER BY id')[0]!.loaded_at;
    await loadReports(records.slice().reverse(), file, { batchSize: 7 });
    expect(counts(file)).toEqual(first);
    expect(
      query<{ loaded_at: string }>(file, 'SELECT loaded_at FROM documents ORDER BY id')[0]!.loaded_at > loadedAt,
    ).toBe(true);
  });

  it('should keep one document for identical content at two paths, and point a changed file at its new content', async () => {
    const file = path.join(dir, 'identity.db');
    const a = path.join(dir, 'same/a.txt');
    const b = path.join(dir, 'same/b.txt');
    mkdirSync(path.dirname(a), { recursive: true });
    const text = '某某局2020年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开信息100条。\n';
    writeFileSync(a, text);
    writeFileSync(b, text);
    const load = async (): Promise<void> => {
      const all: BatchRecord[] = [];
      for await (const record of extractReports([a, b], { threads: false })) all.push(record);
      await loadReports(all, file);
    };
    await load();
    expect(counts(file)).toMatchObject({ documents: 1, files: 2 });
    writeFileSync(b, text.replace('100条', '200条'));
    await load();
    const files = query<{ path: string; document_id: string }>(
      file,
      'SELECT path, document_id FROM files ORDER BY path',
    );
    expect(files.map((f) => f.path)).toEqual([a, b]);
    expect(files[0]!.document_id).not.toBe(files[1]!.document_id);
    expect(counts(file).documents).toBe(2);
  });

  it('should create the schema once, at the current version, with the columns the loader writes', async () => {
    const file = path.join(dir, 'schema.db');
    await (await openReportDatabase(file)).close();
    await (await openReportDatabase(file)).close();
    expect(query(file, 'SELECT version FROM schema_migrations')).toEqual([{ version: schemaVersion }]);
    for (const table of tables) {
      const columns = query<{ name: string }>(file, `SELECT name FROM pragma_table_info(?)`, table).map((c) => c.name);
      expect(columns, table).toEqual(tableColumns[table].map(([name]) => name));
    }
    const indexes = query<{ name: string }>(
      file,
      "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
    );
    expect(indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['documents_agency_year', 'indicators_key', 'table_values_key', 'diagnostics_code']),
    );
  });

  it('should refuse a newer schema, foreign tables and files that are no database, with typed errors', async () => {
    const newer = path.join(dir, 'newer.db');
    await (await openReportDatabase(newer)).close();
    const db = new Database(newer);
    db.prepare("INSERT INTO schema_migrations VALUES (?, 'from the future', '2099-01-01')").run(schemaVersion + 1);
    db.close();
    await expect(openReportDatabase(newer)).rejects.toMatchObject({
      code: 'DB_SCHEMA_MISMATCH',
      message: expect.stringContaining(`schema version ${schemaVersion + 1}`),
    });

    const foreign = path.join(dir, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE documents (name TEXT)');
    other.close();
    await expect(openReportDatabase(foreign)).rejects.toMatchObject({ code: 'DB_SCHEMA_MISMATCH' });

    const text = path.join(dir, 'not-a.db');
    writeFileSync(text, 'this is a text file, not a database '.repeat(100));
    await expect(openReportDatabase(text)).rejects.toMatchObject({
      code: 'DB_CONNECT_FAILED',
      message: expect.stringContaining('not a database'),
    });
    await expect(openReportDatabase(`sqlite:${dir}`)).rejects.toMatchObject({ code: 'DB_CONNECT_FAILED' });
    await expect(openReportDatabase(path.join(dir, 'options.db'), { batchSize: 0 })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
  });

  it('should refuse what is no batch record with INVALID_INPUT, writing the records before it', async () => {
    const file = path.join(dir, 'invalid.db');
    for (const value of [{ file: 'x.txt', ok: true }, 'x.txt', null])
      await expect(loadReports([records[0]!, value as unknown as BatchRecord], file)).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    expect(query(file, 'SELECT count(*) AS n FROM documents')).toEqual([{ n: 1 }]);
  });

  it('should refuse writes after close and report what it wrote', async () => {
    const db = await openReportDatabase(path.join(dir, 'closed.db'), { batchSize: 1000 });
    for (const record of records.slice(0, 3)) await db.add(record);
    expect(db.summary.documents).toBe(0); // still queued
    await db.close();
    expect(db.summary).toEqual({ documents: 3, failed: 0, transactions: 1 });
    await expect(db.add(records[0]!)).rejects.toMatchObject({ code: 'DB_WRITE_FAILED' });
  });
});
