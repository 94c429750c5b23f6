/**
 * `--out` files as issue 15 left them: rendered by the worker that converted the input (compact JSON by default,
 * `--pretty` for people), written atomically by the main thread with one or two workers and by each worker with
 * more, and the main thread sweeps what an interruption left.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BatchRecord } from '../../src/batch/types.js';
import { run } from '../../src/cli/main.js';
import { Interrupted } from '../../src/cli/io.js';
import { root } from './helpers/cli.js';
import { memoryIo } from './helpers/io.js';
import { manyPagesPdf } from './helpers/many-pages-pdf.js';
import { OutputFolder, workersWriteFiles } from '../../src/cli/output/output-folder.js';

const good = readFileSync(path.join(root, 'samples/quzhou-safety-2018.txt'));

/** A folder `in/` with the given files. */
function workspace(files: Record<string, Buffer | string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-out-'));
  mkdirSync(path.join(dir, 'in'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, 'in', name), content);
  return dir;
}

describe('--out files', () => {
  it('should write compact JSON by default and indented JSON with --pretty, the same records', async () => {
    const dir = workspace({ 'a.txt': good, 'b.txt': '', 'c.txt': good });
    const compact = memoryIo(dir);
    expect(await run(['extract', 'in', '--out', 'compact', '--jobs', '2'], compact)).toBe(1);
    const pretty = memoryIo(dir);
    expect(await run(['extract', 'in', '--out', 'pretty', '--jobs', '2', '--pretty'], pretty)).toBe(1);
    expect(compact.stdout.text).toBe('');
    for (const name of ['a.txt.json', 'b.txt.json', 'c.txt.json']) {
      const small = readFileSync(path.join(dir, 'compact', name), 'utf8');
      const large = readFileSync(path.join(dir, 'pretty', name), 'utf8');
      expect(small.split('\n'), name).toHaveLength(2); // one line and the final newline
      expect(large).toBe(`${JSON.stringify(JSON.parse(large), null, 2)}\n`);
      expect(JSON.parse(small)).toEqual(JSON.parse(large));
    }
    const b = JSON.parse(readFileSync(path.join(dir, 'compact', 'b.txt.json'), 'utf8')) as BatchRecord;
    expect(b).toEqual({ file: 'in/b.txt', ok: false, error: { code: 'IMPORT_EMPTY', message: expect.any(String) } });
    expect(compact.stderr.text).toMatch(/^in\/b\.txt:1:1 error .* IMPORT_EMPTY$/m);
    expect(readdirSync(path.join(dir, 'compact')).sort()).toEqual(['a.txt.json', 'b.txt.json', 'c.txt.json']);
  }, 60_000);

  it('should write the files on the main thread with one or two workers and in the workers with more, the same files', async () => {
    expect([1, 2, 3, 8].map(workersWriteFiles)).toEqual([false, false, true, true]);
    const names = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
    const dir = workspace(Object.fromEntries(names.map((name, i) => [name, i === 1 ? '' : good])));
    // The spy sees this thread's writes only: a worker thread loads its own copy of the module.
    const writes = vi.spyOn(OutputFolder.prototype, 'write');
    const files: Record<string, string[]> = {};
    try {
      for (const jobs of ['1', '3']) {
        writes.mockClear();
        const io = memoryIo(dir);
        expect(await run(['extract', 'in', '--out', `out${jobs}`, '--jobs', jobs], io)).toBe(1);
        expect(writes, `--jobs ${jobs}`).toHaveBeenCalledTimes(jobs === '1' ? names.length : 0);
        expect(io.stderr.text).toMatch(/^in\/b\.txt:1:1 error .* IMPORT_EMPTY$/m);
        expect(readdirSync(path.join(dir, `out${jobs}`)).sort()).toEqual(names.map((name) => `${name}.json`));
        files[jobs] = names.map((name) => readFileSync(path.join(dir, `out${jobs}`, `${name}.json`), 'utf8'));
      }
    } finally {
      writes.mockRestore();
    }
    expect(files['1']).toEqual(files['3']);
    expect(JSON.parse(files['1']![0]!)).toMatchObject({ file: 'in/a.txt', ok: true });
  }, 60_000);

  it('should indent the JSON array on stdout with --pretty, and refuse --pretty for NDJSON and CSV', async () => {
    const dir = workspace({ 'a.txt': good, 'b.txt': good });
    const plain = memoryIo(dir);
    await run(['extract', 'in', '--format', 'json', '--jobs', '1'], plain);
    const pretty = memoryIo(dir);
    await run(['extract', 'in', '--format', 'json', '--jobs', '1', '--pretty'], pretty);
    expect(pretty.stdout.text.length).toBeGreaterThan(plain.stdout.text.length * 1.5);
    expect(JSON.parse(pretty.stdout.text)).toEqual(JSON.parse(plain.stdout.text));
    for (const format of ['ndjson', 'csv']) {
      const io = memoryIo(dir);
      expect(await run(['extract', 'in', '--format', format, '--pretty'], io)).toBe(2);
      expect(io.stderr.text).toContain(`--pretty indents JSON: it goes with --format json, not ${format}.`);
    }
  }, 60_000);

  it('should keep input order on stdout whichever worker finishes first', async () => {
    // An empty file fails at once, a report takes longer: with two workers, completion order is not input order.
    const names = Array.from({ length: 12 }, (_, i) => `${String(i).padStart(2, '0')}.txt`);
    const dir = workspace(Object.fromEntries(names.map((name, i) => [name, i % 3 === 0 ? good : ''])));
    const io = memoryIo(dir);
    await run(['extract', 'in', '--jobs', '2'], io);
    const records = io.stdout.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as BatchRecord);
    expect(records.map((record) => record.file)).toEqual(names.map((name) => `in/${name}`));
    expect(records.map((record) => record.ok)).toEqual(names.map((_, i) => i % 3 === 0));
  }, 60_000);

  it('should leave only whole files when interrupted: a temporary a stopped worker left is swept', async () => {
    // Two reports, then a PDF that takes minutes (one worker works through them in order), then one more report.
    const dir = workspace({ 'a.txt': good, 'b.txt': good, 'm-stuck.pdf': manyPagesPdf(20_000), 'z.txt': good });
    const out = path.join(dir, 'out');
    const controller = new AbortController();
    const io = { ...memoryIo(dir), interrupts: () => controller.signal };
    const running = run(['extract', 'in', '--out', 'out', '--jobs', '1', '--timeout', '600'], io);
    for (let i = 0; i < 600 && !(existsSync(out) && readdirSync(out).length >= 2); i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    // What a worker stopped in the middle of a write leaves: its temporary (`.tmp-<pid>-<thread>`).
    writeFileSync(path.join(out, `z.txt.json.tmp-${process.pid}-9`), '{"file":"in/z.txt","ok":tr');
    controller.abort(new Interrupted('SIGINT'));
    expect(await running).toBe(130);
    expect(readdirSync(out).sort()).toEqual(['a.txt.json', 'b.txt.json']);
    for (const name of readdirSync(out))
      expect(JSON.parse(readFileSync(path.join(out, name), 'utf8'))).toMatchObject({ ok: true });
    expect(io.stderr.text).toContain('2 output files written under');
  }, 120_000);
});
