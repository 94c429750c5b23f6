import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractReports } from '../../src/batch/extract-reports.js';
import type { BatchRecord } from '../../src/batch/types.js';
import { isReportError } from '../../src/errors.js';

const seed = path.resolve(import.meta.dirname, '../fixtures/seed');
let dir: string;
let files: string[];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-stream-'));
  files = ['utf8.txt', 'gb18030.txt', 'html', 'crlf.txt'].map((name, i) => {
    const target = path.join(dir, `${i}-${name.replace(/\.txt$/, '')}${name === 'html' ? '.html' : '.txt'}`);
    copyFileSync(path.join(seed, `report.${name}`), target);
    return target;
  });
  writeFileSync(path.join(dir, 'empty.txt'), '');
});

async function collect(iterable: AsyncIterable<BatchRecord>): Promise<BatchRecord[]> {
  const records: BatchRecord[] = [];
  for await (const record of iterable) records.push(record);
  return records;
}

describe('extractReports', () => {
  it('should yield one record per input in input order, failures included', async () => {
    const inputs = [files[0]!, path.join(dir, 'missing.txt'), files[1]!, path.join(dir, 'empty.txt')];
    const records = await collect(extractReports(inputs, { threads: false, concurrency: 2 }));
    expect(records.map((r) => r.file)).toEqual(inputs);
    expect(records.map((r) => (r.ok ? r.report.agency : r.error.code))).toEqual([
      '衢州市安全生产监督管理局',
      'FILE_NOT_FOUND',
      '衢州市安全生产监督管理局',
      'IMPORT_EMPTY',
    ]);
    const gb = records[2]!;
    expect(gb.ok && gb.report.source).toMatchObject({ format: 'text', encoding: 'gb18030', fileName: files[1] });
  });

  it('should convert in worker threads and read inputs from an async iterable, in completion order', async () => {
    async function* inputs(): AsyncGenerator<string> {
      for (const file of files) yield file;
    }
    const records = await collect(extractReports(inputs(), { concurrency: 2, order: 'completion' }));
    expect(records.map((r) => r.file).sort()).toEqual([...files].sort());
    for (const record of records) expect(record.ok && record.report.year).toBe(2018);
  }, 60_000);

  it('should give the same records from worker threads (Reports sent as JSON text, parsed when read) as inline', async () => {
    const inline = await collect(extractReports(files, { threads: false }));
    const threaded = await collect(extractReports(files, { concurrency: 2 }));
    expect(threaded).toEqual(inline);
    const record = threaded[0]!;
    expect(Object.keys(record)).toEqual(['file', 'ok', 'report']);
    expect(JSON.parse(JSON.stringify(record))).toEqual(JSON.parse(JSON.stringify(inline[0])));
    // Parsed once: the same object on every read, and a spread copy holds it too.
    expect(record.ok && record.report).toBe(record.ok && record.report);
    expect({ ...record }).toEqual(record);
  }, 60_000);

  it('should stop the workers when the consumer breaks out early', async () => {
    const seen: string[] = [];
    for await (const record of extractReports([...files, ...files], { concurrency: 1, threads: false })) {
      seen.push(record.file);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(files.slice(0, 2));
  });

  it('should throw the abort reason when the signal fires mid-batch', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async (): Promise<void> => {
      for await (const record of extractReports([...files, ...files, ...files], {
        concurrency: 1,
        threads: false,
        signal: controller.signal,
      })) {
        seen.push(record.file);
        if (seen.length === 3) controller.abort(new Error('stop here'));
      }
    };
    await expect(run()).rejects.toThrow('stop here');
    expect(seen.length).toBeLessThan(files.length * 3);
  });

  it('should give timers a turn between files when converting inline, so a timed abort stops the batch', async () => {
    // Text files are read and parsed synchronously: without a turn of the event loop per file, the batch
    // would run as one chain of microtasks and AbortSignal.timeout could only fire after the last file.
    const many = Array.from({ length: 400 }, () => files[0]!);
    await collect(extractReports([files[0]!], { threads: false })); // modules loaded: no I/O left to yield on
    const signal = AbortSignal.timeout(50);
    let seen = 0;
    const run = async (): Promise<void> => {
      for await (const record of extractReports(many, { concurrency: 2, threads: false, signal })) {
        expect(record.ok).toBe(true);
        seen++;
      }
    };
    await expect(run()).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(seen).toBeLessThan(many.length);
  }, 60_000);

  it('should reject bad options and non-string inputs with stable codes', async () => {
    const codeOf = async (promise: Promise<unknown>): Promise<string | undefined> => {
      try {
        await promise;
      } catch (error) {
        return isReportError(error) ? error.code : String(error);
      }
      return undefined;
    };
    expect(await codeOf(collect(extractReports(files, { concurrency: 0 })))).toBe('INVALID_OPTION');
    expect(await codeOf(collect(extractReports(files, { timeout: -1 })))).toBe('INVALID_OPTION');
    expect(await codeOf(collect(extractReports(files, { order: 'random' as 'input' })))).toBe('INVALID_OPTION');
    expect(await codeOf(collect(extractReports([42 as unknown as string], { threads: false })))).toBe('INVALID_INPUT');
  });
});
