/** The batch's synchronous read of small files: same records as `extractReport(path)`, errors included. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYNC_READ_LIMIT, convertFile, readSmallFile } from '../../src/batch/convert-file.js';
import { extractReport } from '../../src/extract.js';
import { isReportError } from '../../src/errors.js';

const seed = path.resolve(import.meta.dirname, '../fixtures/seed');
const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-convert-'));

/** What `extractReport(path)` gives, as a convertFile result. */
async function viaPath(file: string): Promise<unknown> {
  try {
    return { ok: true, report: await extractReport(file) };
  } catch (error) {
    if (!isReportError(error)) throw error;
    return { ok: false, error: { code: error.code, message: error.message } };
  }
}

describe('convertFile', () => {
  it('should read a small regular file synchronously, and leave everything else to extractReport', () => {
    const text = path.join(dir, 'small.txt');
    writeFileSync(text, '一、概述\n');
    expect(Buffer.from(readSmallFile(text)!).toString('utf8')).toBe('一、概述\n');
    expect(readSmallFile(path.join(dir, 'missing.txt'))).toBeNull();
    expect(readSmallFile(dir)).toBeNull();
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(SYNC_READ_LIMIT + 1, 0x61));
    expect(readSmallFile(big)).toBeNull();
  });

  it('should give the same record as extractReport(path): reports, source file names and error messages alike', async () => {
    const gb = path.join(dir, 'report.gb18030.txt');
    copyFileSync(path.join(seed, 'report.gb18030.txt'), gb);
    const html = path.join(dir, 'report.html');
    copyFileSync(path.join(seed, 'report.html'), html);
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const folder = path.join(dir, 'folder.txt');
    mkdirSync(folder);
    const cases = [gb, html, empty, folder, path.join(dir, 'missing.txt')];
    for (const file of cases) expect(await convertFile({ path: file }), file).toEqual(await viaPath(file));
    const record = await convertFile({ path: gb });
    expect(record.ok && record.report.source).toEqual({
      format: 'text',
      encoding: 'gb18030',
      fileName: gb,
      pages: null,
    });
    expect(((await convertFile({ path: folder })) as { error: { code: string } }).error.code).toBe('FILE_UNREADABLE');
  });

  it.runIf(process.platform !== 'win32')(
    'should not open a FIFO (which would block): FILE_UNREADABLE, as before',
    async () => {
      const fifo = path.join(dir, 'pipe.txt');
      execFileSync('mkfifo', [fifo]);
      expect(readSmallFile(fifo)).toBeNull();
      expect(await convertFile({ path: fifo })).toEqual({
        ok: false,
        error: { code: 'FILE_UNREADABLE', message: `${fifo} is not a regular file.` },
      });
    },
  );
});
