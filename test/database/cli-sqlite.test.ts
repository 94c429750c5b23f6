/**
 * `gov-report extract --db` into SQLite, through the real executable: the README's queries, --resume,
 * a process killed mid-load, a full and a read-only disk, a missing driver.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, finished, root, runCli, startCli } from '../cli/helpers/cli.js';
import { writeCopies, type Copies } from './helpers/corpus.js';
import { readmeQueries } from './helpers/readme.js';
import { sqliteCounts, sqliteDocumentShapes, sqliteOrphans, sqliteQuery } from './helpers/sqlite.js';

let dir: string;
let copies: Copies;
let reference: string;

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'gov-report-cli-db-'));
  copies = writeCopies(path.join(dir, 'corpus'), 400);
  reference = path.join(dir, 'reference.db');
  const run = await runCli(['extract', path.join(dir, 'corpus'), '--db', reference, '--jobs', '2']);
  expect(run.code, run.stderr).toBe(1); // two files fail
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract --db (SQLite)', () => {
  it("should load the samples so that the README's queries answer, the seed's 84 values among them", async () => {
    const db = path.join(dir, 'out/reports.db');
    const run = await runCli(['extract', 'samples', '--db', db], root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/loaded 16 documents \(0 failed\) into sqlite:.*reports\.db in 1 transaction/);
    const queries = readmeQueries();
    expect(queries.map((q) => q.title)).toHaveLength(6);
    const [seed, year, arithmetic, matrix, outcome, failures] = queries.map((q) =>
      sqliteQuery<Record<string, unknown>>(db, q.sql),
    );
    expect(seed).toHaveLength(84);
    expect(seed).toContainEqual({ key: 'active.total', value: 502 });
    expect(year).toContainEqual({ agency: '莱阳市市场监督管理局', value: expect.any(Number) });
    expect(arithmetic!.length).toBeGreaterThan(0);
    for (const row of arithmetic!) expect(row.code).toMatch(/^validate-(sum|balance)-mismatch$/);
    expect(matrix!.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(matrix![0]!)).toEqual([
      'row_key',
      'label',
      'natural_person',
      'commercial',
      'research',
      'nonprofit',
      'legal_service',
      'other',
      'total',
    ]);
    expect(matrix![0]).toMatchObject({ row_key: 'apply.new' });
    expect(outcome).toEqual([{ status: 'ok', error_code: null, files: 16 }]);
    expect(failures).toEqual([]);
  });

  it('should give every file a row, failed ones with their error, and each content one document', () => {
    expect(sqliteCounts(reference)).toMatchObject({ documents: copies.distinct, files: copies.files.length });
    const failed = sqliteQuery<{ path: string; error_code: string }>(
      reference,
      `SELECT f.path, d.error_code FROM files f JOIN documents d ON d.id = f.document_id WHERE d.status = 'failed' ORDER BY f.path`,
    );
    expect(new Map(failed.map((row) => [row.path, row.error_code]))).toEqual(copies.failing);
  });

  it('should skip with --resume what is loaded, and load again failures and files whose content changed', async () => {
    const inputs = path.join(dir, 'resume-in');
    mkdirSync(inputs);
    cpSync(path.join(root, 'samples/quzhou-safety-2018.txt'), path.join(inputs, 'a.txt'));
    cpSync(path.join(root, 'samples/laiyang-market-regulation-2022-gov2021.txt'), path.join(inputs, 'b.txt'));
    writeFileSync(path.join(inputs, 'empty.txt'), '');
    const db = path.join(dir, 'resume.db');
    const load = (...extra: string[]) => runCli(['extract', inputs, '--db', db, '--jobs', '1', ...extra]);
    const first = await load();
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('loaded 3 documents (1 failed)');
    const again = await load('--resume');
    expect(again.stderr).toContain('2 skipped (2 converted before)');
    expect(again.stderr).toContain('loaded 1 document (1 failed)'); // a failure is tried again
    const skipFailed = await load('--resume', '--skip-failed');
    expect(skipFailed.code).toBe(1); // a failure skipped is still a failure
    expect(skipFailed.stderr).toContain('3 skipped (2 converted before, 1 failed before: IMPORT_EMPTY ×1)');
    expect(skipFailed.stderr).toContain('loaded 0 documents');
    writeFileSync(path.join(inputs, 'b.txt'), `${readFileSync(path.join(inputs, 'b.txt'), 'utf8')}\n（更正）\n`);
    const changed = await load('--resume', '--skip-failed');
    expect(changed.stderr).toContain('loaded 1 document (0 failed)');
    expect(sqliteCounts(db)).toMatchObject({ documents: 4, files: 3 }); // b's earlier content stays, unreferenced
    const both = await runCli(['extract', inputs, '--db', db, '--out', path.join(dir, 'o'), '--resume']);
    expect(both.code).toBe(2);
  });

  it('should leave a consistent file when killed mid-load, which a rerun completes', async () => {
    const db = path.join(dir, 'killed.db');
    const total = copies.files.length;
    const child = startCli(['extract', path.join(dir, 'corpus'), '--db', db, '--jobs', '2']);
    const done = finished(child);
    let seen = 0;
    for (let waited = 0; waited < 60_000 && child.exitCode === null; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      try {
        seen = sqliteQuery<{ n: number }>(db, 'SELECT count(*) AS n FROM documents')[0]!.n;
      } catch {
        continue; // not created yet
      }
      if (seen > 0) break;
    }
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal, `the load ended before it could be killed: ${killed.stderr}`).toBe('SIGKILL');
    expect(seen).toBeGreaterThan(0);

    expect(sqliteQuery(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(sqliteQuery(db, 'PRAGMA foreign_key_check')).toEqual([]);
    expect(sqliteOrphans(db)).toBe(0);
    const expected = sqliteDocumentShapes(reference);
    const partial = sqliteDocumentShapes(db);
    expect(partial.size).toBeGreaterThan(0);
    expect(partial.size).toBeLessThan(copies.distinct);
    for (const [id, shape] of partial) expect(shape, id).toBe(expected.get(id));

    const rerun = await runCli(['extract', path.join(dir, 'corpus'), '--db', db, '--resume', '--jobs', '2']);
    expect(rerun.code, rerun.stderr).toBe(1); // the two failing files
    expect(rerun.stderr).toMatch(/[1-9]\d* skipped/);
    expect(sqliteDocumentShapes(db)).toEqual(expected);
    expect(sqliteCounts(db)).toEqual(sqliteCounts(reference));
    expect(total).toBe(sqliteCounts(db).files);
  });

  it('should commit the finished documents on Ctrl-C, and say how to load the rest', async () => {
    const db = path.join(dir, 'interrupted.db');
    const child = startCli(['extract', path.join(dir, 'corpus'), '--db', db, '--jobs', '1']);
    const done = finished(child);
    for (let waited = 0; waited < 60_000 && child.exitCode === null; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      try {
        if (sqliteQuery<{ n: number }>(db, 'SELECT count(*) AS n FROM documents')[0]!.n > 0) break;
      } catch {
        continue; // not created yet
      }
    }
    child.kill('SIGINT');
    const run = await done;
    expect(run.code, run.stderr).toBe(130);
    expect(run.stderr).toMatch(/the finished files are loaded into sqlite:.*; rerun with --resume to load the rest/);
    const converted = Number(/^(\d+) files?:/m.exec(run.stderr)![1]);
    const expected = sqliteDocumentShapes(reference);
    const partial = sqliteDocumentShapes(db);
    expect(sqliteCounts(db).files).toBe(converted); // every file converted is loaded, none cut off
    expect(partial.size).toBeLessThan(copies.distinct);
    for (const [id, shape] of partial) expect(shape, id).toBe(expected.get(id));
    expect(sqliteOrphans(db)).toBe(0);
  });

  it('should fail on a full disk with a message, leaving only whole documents', async (context) => {
    const mount = tmpfs(path.join(dir, 'small'), Math.floor(statSync(reference).size / 3));
    if (typeof mount === 'string') return context.skip(mount);
    try {
      const db = path.join(mount.dir, 'reports.db');
      const run = await runCli(['extract', path.join(dir, 'corpus'), '--db', db, '--jobs', '2']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /Cannot write to the SQLite database .*: database or disk is full.*rolled back.* DB_WRITE_FAILED/,
      );
      expect(run.stderr).toContain('run again to load the rest');
      mount.resize(64 * 1024 * 1024);
      expect(sqliteQuery(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(sqliteOrphans(db)).toBe(0);
      const expected = sqliteDocumentShapes(reference);
      const partial = sqliteDocumentShapes(db);
      expect(partial.size).toBeGreaterThan(0); // the first batch fits; a later one does not
      expect(partial.size).toBeLessThan(copies.distinct);
      for (const [id, shape] of partial) expect(shape, id).toBe(expected.get(id));
      const rerun = await runCli(['extract', path.join(dir, 'corpus'), '--db', db, '--resume', '--jobs', '2']);
      expect(rerun.code, rerun.stderr).toBe(1);
      expect(sqliteDocumentShapes(db)).toEqual(expected);

      // Read-only: refused before any input is read, the file untouched.
      mount.readOnly();
      const before = readFileSync(db);
      const refused = await runCli(['extract', path.join(dir, 'no-such-input'), '--db', db]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /Cannot open the SQLite database .* for writing.*read-only file system\)\. DB_CONNECT_FAILED/,
      );
      expect(refused.stderr).not.toContain('no input files');
      expect(readFileSync(db).equals(before)).toBe(true);
    } finally {
      mount.unmount();
    }
  });

  it('should refuse a folder it cannot write, before reading any input', async (context) => {
    if (userInfo().uid === 0) return context.skip('root writes to read-only folders (the tmpfs case above covers it)');
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const run = await runCli(['extract', path.join(dir, 'no-such-input'), '--db', path.join(locked, 'r.db')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('DB_CONNECT_FAILED');
  });

  it('should name the missing driver package, with a typed error, when it is not installed', async () => {
    const bare = path.join(dir, 'bare');
    mkdirSync(bare);
    cpSync(path.join(root, 'package.json'), path.join(bare, 'package.json'));
    cpSync(path.join(root, 'dist/bundle'), path.join(bare, 'dist/bundle'), { recursive: true });
    const bin = path.join(bare, 'dist/bundle/gov-report.js');
    for (const [target, name] of [
      [path.join(bare, 'r.db'), 'better-sqlite3'],
      ['postgres://u:secret@127.0.0.1:1/x', 'pg'],
    ] as const) {
      const run = spawnSync(process.execPath, [bin, 'extract', 'samples', '--db', target], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`npm install ${name}`);
      expect(run.stderr).toContain('DB_DRIVER_MISSING');
      expect(run.stderr).not.toContain('secret');
    }
  });

  it('should also write records to stdout when --format is given with --db', async () => {
    const db = path.join(dir, 'both.db');
    const run = await runCli(['extract', 'samples/quzhou-safety-2018.txt', '--db', db, '--format', 'ndjson']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ file: 'samples/quzhou-safety-2018.txt', ok: true });
    expect(sqliteCounts(db)).toMatchObject({ documents: 1, indicators: 84 });
  });

  it('should refuse a --db value that is no database, as a usage error', async () => {
    const run = await runCli(['extract', 'samples', '--db', 'out/reports.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--db');
  });
});

interface Mount {
  dir: string;
  resize(bytes: number): void;
  readOnly(): void;
  unmount(): void;
}

/** A tmpfs of `bytes` at `dir` (root only), or why there is none. */
function tmpfs(dir: string, bytes: number): Mount | string {
  if (userInfo().uid !== 0) return 'mounting a small tmpfs (a disk that fills up) needs root';
  mkdirSync(dir, { recursive: true });
  const size = Math.max(64 * 1024, bytes - (bytes % 4096));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    return `cannot mount a tmpfs: ${String((error as { stderr?: unknown }).stderr ?? error)}`;
  }
  return {
    dir,
    resize: (to) => execFileSync('mount', ['-o', `remount,size=${to}`, dir]),
    readOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir]),
    unmount: () => execFileSync('umount', ['-l', dir]),
  };
}
