/** The batch's own failure codes: each failure of a worker, of the pipeline or of a write becomes that file's record. */
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { poolError } from '../../src/batch/runner.js';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../cli/helpers/io.js';

const settings = { concurrency: 1, timeout: 1000, maxMemory: 64, threads: true };

describe('batch failure codes', () => {
  it('should map a worker that ran out of memory to BATCH_OUT_OF_MEMORY and any other worker death to BATCH_WORKER_CRASHED', () => {
    const live = new AbortController().signal;
    const oom = Object.assign(new Error('Worker terminated due to reaching memory limit'), {
      code: 'ERR_WORKER_OUT_OF_MEMORY',
    });
    expect(poolError(oom, live, settings, 'big.pdf')).toEqual({
      code: 'BATCH_OUT_OF_MEMORY',
      message: expect.stringContaining('limit 64 MB'),
    });
    expect(poolError(new Error('exited with code 134'), live, settings, 'a.pdf')).toEqual({
      code: 'BATCH_WORKER_CRASHED',
      message: expect.stringContaining('exited with code 134'),
    });
  });

  it('should turn an unexpected exception in the pipeline into BATCH_INTERNAL_ERROR, never a thrown error', async () => {
    vi.resetModules();
    vi.doMock('../../src/extract.js', () => ({
      extractReport: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    }));
    const { convertFile } = await import('../../src/batch/convert-file.js');
    await expect(convertFile({ path: 'any.txt' })).resolves.toEqual({
      ok: false,
      error: { code: 'BATCH_INTERNAL_ERROR', message: expect.stringContaining("reading 'x'") },
    });
    vi.doUnmock('../../src/extract.js');
  });

  it('should report an output that cannot be written as BATCH_WRITE_FAILED and go on', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gov-report-write-'));
    mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(path.join(dir, 'in', 'sub', 'a.txt'), '一、概述\n正文。\n');
    writeFileSync(path.join(dir, 'in', 'b.txt'), '一、概述\n正文。\n');
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out', 'sub'), 'a file where the output folder should be');
    const io = memoryIo(dir);
    expect(await run(['extract', path.join(dir, 'in'), '--out', path.join(dir, 'out'), '--jobs', '1'], io)).toBe(1);
    expect(io.stderr.text).toMatch(/sub\/a\.txt:1:1 error Cannot write .* BATCH_WRITE_FAILED/);
    expect(io.stderr.text.split('\n').filter((line) => line.endsWith(' ' + 'BATCH_WRITE_FAILED'))).toHaveLength(1);
    expect(io.stderr.text).toMatch(/2 files: 1 ok, 0 with warnings, 1 failed \(BATCH_WRITE_FAILED ×1\)/);
  });

  it('should not follow a symbolic link in the output folder out of it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gov-report-link-'));
    mkdirSync(path.join(dir, 'in', 'evil'), { recursive: true });
    writeFileSync(path.join(dir, 'in', 'evil', 'a.txt'), '一、概述\n正文。\n');
    mkdirSync(path.join(dir, 'elsewhere'));
    mkdirSync(path.join(dir, 'out'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'out', 'evil'));
    const io = memoryIo(dir);
    expect(await run(['extract', path.join(dir, 'in'), '--out', path.join(dir, 'out'), '--jobs', '1'], io)).toBe(1);
    expect(io.stderr.text).toMatch(/leads outside the output folder .* BATCH_WRITE_FAILED/);
    expect(existsSync(path.join(dir, 'elsewhere', 'a.txt.json'))).toBe(false);
  });
});
