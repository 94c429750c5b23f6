import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BatchRecord } from '../../src/batch/types.js';
import { csvColumns } from '../../src/cli/output/csv.js';
import { ensureBuilt, finished, runCli, startCli } from './helpers/cli.js';
import { makeCorpus, type Expected } from './helpers/corpus.js';

// The real executable, on a temporary folder of 200 files. --jobs 2 as on the 2-core CI machine.
let dir: string;
let corpus: string;
let expected: Map<string, Expected>;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-cli-'));
  corpus = path.join(dir, 'corpus');
  expected = makeCorpus(corpus);
}, 120_000);

/** Every file under a folder, relative, with `/`. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function checkRecord(record: BatchRecord, want: Expected | undefined): void {
  expect(want, record.file).toBeDefined();
  if (want!.ok) {
    expect(record.ok, `${record.file}: ${JSON.stringify(record.ok ? '' : record.error)}`).toBe(true);
    if (!record.ok) return;
    expect(record.report.source.format).toBe(want!.format);
    expect(record.report.agency).toBe('衢州市安全生产监督管理局');
    expect(record.report.year).toBe(2018);
  } else {
    expect(record.ok ? 'converted' : record.error.code, record.file).toBe(want!.code);
  }
}

describe('gov-report extract (the built executable)', () => {
  it('should turn a folder of 200 mixed files into 200 JSON records, with error codes for the corrupt and hanging ones, and exit 1', async () => {
    // The hanging PDF takes minutes; every other file takes under a second. A 20 s limit stops the one and
    // leaves the others a wide margin on a loaded machine (a 6 s limit made a slow DOCX time out now and then).
    const result = await runCli(['extract', 'corpus', '--format', 'json', '--jobs', '2', '--timeout', '20'], dir);
    expect(result.code).toBe(1);
    const records = JSON.parse(result.stdout) as BatchRecord[];
    expect(records).toHaveLength(200);
    // Input order: the walk's order, so the output is reproducible.
    expect(records.map((r) => r.file)).toEqual(filesUnder(corpus).map((f) => `corpus/${f}`));
    for (const record of records) checkRecord(record, expected.get(record.file.slice('corpus/'.length)));
    expect(records.filter((r) => !r.ok)).toHaveLength(21);
    // stderr: one line per failed file, then the summary.
    expect(result.stderr).toMatch(
      /corpus\/pdf\/zz-mailmerge\.pdf:1:1 error Conversion of .* took longer than 20 s; its worker was stopped\. BATCH_TIMEOUT/,
    );
    expect(result.stderr).toMatch(/corpus\/broken\/truncated-0\.docx:1:1 error .* IMPORT_CORRUPT\n/);
    expect(result.stderr).toMatch(
      /^200 files: \d+ ok, \d+ with warnings, 21 failed \(.*BATCH_TIMEOUT ×1.*\) in [\d.]+ s/m,
    );
  }, 120_000);

  it('should write CSV that csv-parse reads back: one row per table value of every converted file', async () => {
    const result = await runCli(
      [
        'extract',
        'corpus/text/utf8bom',
        'corpus/office/docx',
        'corpus/office/doc',
        'corpus/broken',
        '--format',
        'csv',
        '--jobs',
        '2',
      ],
      dir,
    );
    expect(result.code).toBe(1);
    const rows = parseCsv(result.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...csvColumns]);
    const files = new Set(rows.map((row) => row.file!));
    expect(files.size).toBe(20 + 12 + 14); // converted files only; the 20 broken ones have no rows
    expect([...files].some((file) => file.startsWith('corpus/broken/'))).toBe(false);
    const published = rows.filter((row) => row.label === '主动公开政府信息数');
    expect(published).toHaveLength(files.size);
    for (const row of published)
      expect(row).toMatchObject({ agency: '衢州市安全生产监督管理局', year: '2018', unit: '条', value: '502' });
    const perFile = rows.filter((row) => row.file === 'corpus/text/utf8bom/r000.txt').length;
    expect(perFile).toBeGreaterThan(80);
    expect(rows).toHaveLength(perFile * files.size);
  }, 60_000);

  it('should mirror the input tree under --out, one complete JSON file per input', async () => {
    const out = path.join(dir, 'mirror');
    const result = await runCli(
      [
        'extract',
        'corpus/text/gb18030',
        'corpus/broken',
        'corpus/pdf/r001.pdf',
        '--out',
        out,
        '--format',
        'json',
        '--jobs',
        '2',
      ],
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const inputs = [
      ...filesUnder(path.join(corpus, 'text/gb18030')),
      ...filesUnder(path.join(corpus, 'broken')),
      'r001.pdf',
    ];
    expect(filesUnder(out)).toEqual(inputs.map((f) => `${f}.json`).sort());
    const record = JSON.parse(readFileSync(path.join(out, 'r007.txt.json'), 'utf8')) as BatchRecord;
    checkRecord(record, { ok: true, format: 'text' });
    expect(record.file).toBe('corpus/text/gb18030/r007.txt');
    const pdf = JSON.parse(readFileSync(path.join(out, 'r001.pdf.json'), 'utf8')) as BatchRecord;
    checkRecord(pdf, { ok: true, format: 'pdf' });
    const failed = JSON.parse(readFileSync(path.join(out, 'empty-1.txt.json'), 'utf8')) as BatchRecord;
    expect(failed).toEqual({
      file: 'corpus/broken/empty-1.txt',
      ok: false,
      error: { code: 'IMPORT_EMPTY', message: expect.any(String) },
    });
  }, 60_000);

  it('should split a corpus into disjoint shards that together cover it', async () => {
    // Empty files fail at once (IMPORT_EMPTY): the shards' file lists are what is checked here.
    const folder = path.join(dir, 'shards');
    const names = Array.from({ length: 60 }, (_, i) => `报告-${i}.txt`);
    makeCorpusSubset(folder, names, Buffer.alloc(0));
    const runs = await Promise.all(
      ['1/3', '2/3', '3/3'].map((shard) => runCli(['extract', 'shards', '--shard', shard, '--jobs', '1'], dir)),
    );
    const files = runs.map((run) =>
      run.stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as BatchRecord).file),
    );
    const union = files.flat();
    expect(new Set(union).size).toBe(60);
    expect(union.sort()).toEqual(names.map((name) => `shards/${name}`).sort());
    for (const shard of files) expect(shard.length).toBeGreaterThan(10);
    for (const run of runs) expect(run.code).toBe(1);
  }, 60_000);

  it('should resume after a SIGKILL: every input converted exactly once, no partial file left', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'gov-report-resume-'));
    const input = path.join(work, 'in');
    const out = path.join(work, 'out');
    // 40 text reports sorted around a PDF that takes minutes: one worker works through them in order.
    const text = readFileSync(path.join(corpus, 'text/utf8/r000.txt'));
    const names = Array.from({ length: 40 }, (_, i) => `${i < 20 ? 'a' : 'n'}${String(i).padStart(2, '0')}.txt`);
    makeCorpusSubset(input, names, text);
    writeFileSync(path.join(input, 'm-stuck.pdf'), readFileSync(path.join(corpus, 'pdf/zz-mailmerge.pdf')));

    const first = startCli(['extract', input, '--out', out, '--format', 'json', '--jobs', '1', '--timeout', '600']);
    const firstDone = finished(first);
    // Wait until the 20 reports before the stuck PDF are written, then kill the process mid-batch.
    for (
      let i = 0;
      i < 600 && !(existsSync(out) && readdirSync(out).filter((f) => f.endsWith('.json')).length >= 20);
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    first.kill('SIGKILL');
    const killed = await firstDone;
    expect(killed.signal).toBe('SIGKILL');
    const before = new Map(readdirSync(out).map((f) => [f, statSync(path.join(out, f)).mtimeMs]));
    expect([...before.keys()].sort()).toEqual(names.slice(0, 20).map((n) => `${n}.json`));
    // A kill during a write leaves a temporary file, never a partial output: simulate one.
    writeFileSync(path.join(out, 'n20.txt.json.tmp-4242'), '{"file":"n20.txt","ok":tr');

    const second = await runCli([
      'extract',
      input,
      '--out',
      out,
      '--format',
      'json',
      '--jobs',
      '2',
      '--timeout',
      '3',
      '--resume',
    ]);
    expect(second.code).toBe(1); // the stuck PDF times out
    expect(second.stderr).toMatch(/^41 files: .* 1 failed \(BATCH_TIMEOUT ×1\), 20 skipped \(20 converted before\)/m);
    const after = readdirSync(out).sort();
    expect(after).toEqual([...names, 'm-stuck.pdf'].map((n) => `${n}.json`).sort());
    for (const [file, mtime] of before)
      expect(statSync(path.join(out, file)).mtimeMs, `${file} was rewritten`).toBe(mtime);
    for (const file of after) {
      const record = JSON.parse(readFileSync(path.join(out, file), 'utf8')) as BatchRecord;
      expect(record.file).toBe(path.join(input, file.replace(/\.json$/, '')));
      if (file !== 'm-stuck.pdf.json') checkRecord(record, { ok: true, format: 'text' });
    }
  }, 120_000);

  it('should stop on Ctrl-C (SIGINT) with a summary of what was finished, exit 130 and leave no partial file', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'gov-report-sigint-'));
    const input = path.join(work, 'in');
    const out = path.join(work, 'out');
    const text = readFileSync(path.join(corpus, 'text/utf8/r000.txt'));
    const names = Array.from({ length: 40 }, (_, i) => `${i < 20 ? 'a' : 'n'}${String(i).padStart(2, '0')}.txt`);
    makeCorpusSubset(input, names, text);
    writeFileSync(path.join(input, 'm-stuck.pdf'), readFileSync(path.join(corpus, 'pdf/zz-mailmerge.pdf')));

    const child = startCli(['extract', input, '--out', out, '--jobs', '1', '--timeout', '600']);
    const done = finished(child);
    for (
      let i = 0;
      i < 600 && !(existsSync(out) && readdirSync(out).filter((f) => f.endsWith('.json')).length >= 20);
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const sent = Date.now();
    child.kill('SIGINT');
    const result = await done;
    expect(Date.now() - sent).toBeLessThan(10_000);
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/^20 files: \d+ ok, \d+ with warnings, 0 failed in [\d.]+ s/m);
    expect(result.stderr).toContain(
      `gov-report: interrupted (SIGINT): 21 of 41 files not converted; 20 output files written under ${out}, none partial; rerun with --resume to convert the rest.\n`,
    );
    const left = readdirSync(out).sort();
    expect(left).toEqual(names.slice(0, 20).map((n) => `${n}.json`));
    for (const file of left) JSON.parse(readFileSync(path.join(out, file), 'utf8'));
  }, 120_000);

  it('should close the JSON array on stdout when interrupted, so what was written still parses', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'gov-report-sigint-stdout-'));
    const input = path.join(work, 'in');
    makeCorpusSubset(input, ['a.txt', 'b.txt'], readFileSync(path.join(corpus, 'text/utf8/r000.txt')));
    writeFileSync(path.join(input, 'c-stuck.pdf'), readFileSync(path.join(corpus, 'pdf/zz-mailmerge.pdf')));
    const child = startCli(['extract', input, '--format', 'json', '--jobs', '1', '--timeout', '600']);
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer | string) => (stdout += chunk.toString()));
    for (let i = 0; i < 600 && (stdout.match(/"file"/g) ?? []).length < 2; i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGINT');
    const result = await finished(child);
    expect(result.code).toBe(130);
    const records = JSON.parse(stdout) as BatchRecord[]; // this listener saw every chunk
    expect(records.map((r) => path.basename(r.file))).toEqual(['a.txt', 'b.txt']);
    expect(result.stderr).toMatch(
      /interrupted \(SIGINT\): 1 of 3 files not converted; the records of the 2 finished files were written to stdout\.\n$/,
    );
  }, 120_000);

  it('should leave Ctrl-C its default where the main thread converts (text, one file): the process ends at once', async () => {
    // pdf.js on the main thread keeps the event loop busy: a SIGINT handler would not run, and Ctrl-C would do nothing.
    for (const args of [['text'], ['extract', '--format', 'json']]) {
      const child = startCli([...args, path.join(corpus, 'pdf/zz-mailmerge.pdf')]);
      const done = finished(child);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const sent = Date.now();
      child.kill('SIGINT');
      const result = await done;
      expect(Date.now() - sent, args[0]).toBeLessThan(5_000);
      expect(result.signal, args[0]).toBe('SIGINT');
    }
  }, 60_000);
});

function makeCorpusSubset(folder: string, names: string[], content: Buffer): void {
  mkdirSync(folder, { recursive: true });
  for (const name of names) writeFileSync(path.join(folder, name), content);
}
