/**
 * `--resume` skips only what was converted: failed inputs are tried again (unless `--skip-failed`), the summary
 * counts what was skipped, and the exit code reflects the failures still there (issue 14, point 2).
 */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchRecord } from '../../src/batch/types.js';
import { formatFile } from '../../src/cli/output/formats.js';
import { previousOutput } from '../../src/cli/resume.js';
import { run } from '../../src/cli/main.js';
import { root } from './helpers/cli.js';
import { memoryIo } from './helpers/io.js';

const good = readFileSync(path.join(root, 'samples/quzhou-safety-2018.txt'));

/** A folder `in/` with a.txt and c.txt (reports) and b.txt (empty: IMPORT_EMPTY). */
function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-resume-'));
  mkdirSync(path.join(dir, 'in'));
  writeFileSync(path.join(dir, 'in/a.txt'), good);
  writeFileSync(path.join(dir, 'in/b.txt'), '');
  writeFileSync(path.join(dir, 'in/c.txt'), good);
  return dir;
}

async function extract(dir: string, ...options: string[]): Promise<{ code: number; stderr: string }> {
  const io = memoryIo(dir);
  const code = await run(['extract', 'in', '--out', 'out', '--jobs', '1', ...options], io);
  return { code, stderr: io.stderr.text };
}

const summary = (stderr: string): string => stderr.trimEnd().split('\n').at(-1)!;

describe('--resume', () => {
  it('should try a failed input again and skip the converted ones', async () => {
    const dir = workspace();
    expect((await extract(dir)).code).toBe(1);
    const before = statSync(path.join(dir, 'out/a.txt.json')).mtimeMs;
    writeFileSync(path.join(dir, 'in/b.txt'), good); // the cause of the failure is fixed
    const second = await extract(dir, '--resume');
    expect(summary(second.stderr)).toMatch(
      /^3 files: [01] ok, [01] with warnings, 0 failed, 2 skipped \(2 converted before\) in [\d.]+ s/,
    );
    expect(second.code).toBe(0);
    const b = JSON.parse(readFileSync(path.join(dir, 'out/b.txt.json'), 'utf8')) as BatchRecord;
    expect(b.ok).toBe(true);
    expect(statSync(path.join(dir, 'out/a.txt.json')).mtimeMs).toBe(before);
  }, 60_000);

  it('should exit 1 when a failure is still there after the rerun', async () => {
    const dir = workspace();
    await extract(dir);
    const second = await extract(dir, '--resume');
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/^in\/b\.txt:1:1 error .* IMPORT_EMPTY$/m);
    expect(summary(second.stderr)).toMatch(/^3 files: 0 ok, 0 with warnings, 1 failed \(IMPORT_EMPTY ×1\), 2 skipped/);
  }, 60_000);

  it('should skip failed inputs too with --skip-failed, count them, and still exit 1 for them', async () => {
    const dir = workspace();
    await extract(dir);
    const third = await extract(dir, '--resume', '--skip-failed');
    expect(summary(third.stderr)).toMatch(
      /^3 files: 0 ok, 0 with warnings, 0 failed, 3 skipped \(2 converted before, 1 failed before: IMPORT_EMPTY ×1\) in/,
    );
    expect(third.code).toBe(1);
    expect((await extract(dir, '--resume', '--skip-failed', '--fail-on', 'never')).code).toBe(0);
  }, 60_000);

  it('should tell a failed CSV output (empty) from a converted report without tables (a header)', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'in/c.txt'), '一、概述\n本机关没有统计表。\n');
    expect((await extract(dir, '--format', 'csv')).code).toBe(1);
    expect(readFileSync(path.join(dir, 'out/b.txt.csv'), 'utf8')).toBe('');
    expect(readFileSync(path.join(dir, 'out/c.txt.csv'), 'utf8')).toMatch(/^file,agency,year,.*,indicator\n$/);
    const second = await extract(dir, '--format', 'csv', '--resume');
    expect(summary(second.stderr)).toMatch(/^3 files: 0 ok, 0 with warnings, 1 failed \(IMPORT_EMPTY ×1\), 2 skipped/);
  }, 60_000);
});

describe('previousOutput', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-previous-'));
  const put = (name: string, text: string): string => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  const failed: BatchRecord = {
    file: 'weird "ok": true, name.pdf',
    ok: false,
    error: { code: 'BATCH_TIMEOUT', message: 'took too long' },
  };

  it('should read ok or failed (with the code) from the start of JSON and NDJSON outputs', async () => {
    expect(await previousOutput(put('f.json', formatFile(failed, 'json')), 'json')).toEqual({
      state: 'failed',
      code: 'BATCH_TIMEOUT',
    });
    expect(await previousOutput(put('f.ndjson', formatFile(failed, 'ndjson')), 'ndjson')).toEqual({
      state: 'failed',
      code: 'BATCH_TIMEOUT',
    });
    const io = memoryIo(root);
    await run(['extract', 'samples/quzhou-safety-2018.txt'], io);
    const converted = JSON.parse(io.stdout.text) as BatchRecord;
    expect(await previousOutput(put('ok.json', formatFile(converted, 'json')), 'json')).toEqual({ state: 'ok' });
    expect(await previousOutput(put('ok.ndjson', formatFile(converted, 'ndjson')), 'ndjson')).toEqual({
      state: 'ok',
    });
  });

  it('should convert again what it does not recognise: no file, a folder, other content, an old CSV header', async () => {
    expect(await previousOutput(path.join(dir, 'missing.json'), 'json')).toEqual({ state: 'none' });
    expect(await previousOutput(dir, 'json')).toEqual({ state: 'none' });
    expect(await previousOutput(put('other.json', '{"ok": true}\n'), 'json')).toEqual({ state: 'none' });
    const old = 'file,agency,year,template,key,label,unit,column,value\n';
    expect(await previousOutput(put('old.csv', old), 'csv')).toEqual({ state: 'none' });
  });
});
