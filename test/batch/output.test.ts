import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sweepTemps, tempPath, writeFileAtomic } from '../../src/cli/output/atomic-write.js';
import { csvColumns, csvRows } from '../../src/cli/output/csv.js';
import { createStreamFormatter, formatFile } from '../../src/cli/output/formats.js';
import type { BatchRecord } from '../../src/batch/types.js';
import { parseReportText } from '../../src/pipeline/index.js';

const sample = readFileSync(new URL('../../samples/quzhou-safety-2018.txt', import.meta.url), 'utf8');
const report = parseReportText(sample, { fileName: 'quzhou.txt' });
const converted: BatchRecord = { file: 'in/quzhou, "2018".txt', ok: true, report };
const failed: BatchRecord = {
  file: 'in/broken.pdf',
  ok: false,
  error: { code: 'IMPORT_CORRUPT', message: 'The PDF is truncated.' },
};

describe('output formats', () => {
  it('should write one CSV row per table value that csv-parse reads back, with quoting intact', () => {
    const formatter = createStreamFormatter('csv');
    const text = formatter.record(converted) + formatter.record(failed) + formatter.record(converted) + formatter.end();
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    const perReport = report.tables.reduce((n, table) => n + table.rows.length * table.columns.length, 0);
    expect(rows).toHaveLength(2 * perReport);
    expect(Object.keys(rows[0]!)).toEqual([...csvColumns]);
    const published = rows.find((row) => row.label === '主动公开政府信息数')!;
    expect(published).toMatchObject({
      file: 'in/quzhou, "2018".txt',
      agency: '衢州市安全生产监督管理局',
      year: '2018',
      key: 'active.total',
      rowKey: 'active.total',
      columnKey: '',
      unit: '条',
      value: '502',
      indicator: 'true',
    });
    expect(rows.find((row) => row.label === '主动公开规范性文件数')!.value).toBe('');
  });

  it('should let the CSV of two reports of the same form be joined on the key column (issue 14, point 1)', () => {
    const read = (file: string): string => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    const csvOf = (file: string): Record<string, string>[] => {
      const record: BatchRecord = { file, ok: true, report: parseReportText(read(file)) };
      return parseCsv(formatFile(record, 'csv'), { columns: true }) as Record<string, string>[];
    };
    const a = csvOf('samples/laiyang-market-regulation-2022-gov2021.txt');
    const b = csvOf('test/corpus/13-xixian-taiping-2022.txt');
    // A join on `key`: each key names one value of a report, so the join is one to one.
    const index = (rows: Record<string, string>[]): Map<string, Record<string, string>[]> => {
      const map = new Map<string, Record<string, string>[]>();
      for (const row of rows)
        if (row.key !== '' && row.indicator === 'true') map.set(row.key!, [...(map.get(row.key!) ?? []), row]);
      return map;
    };
    const [left, right] = [index(a), index(b)];
    const joined = [...left]
      .filter(([key]) => right.has(key))
      .map(([key, rows]) => [key, rows, right.get(key)!] as const);
    expect(joined.length).toBeGreaterThan(50);
    for (const [, l, r] of joined) expect([l.length, r.length]).toEqual([1, 1]);
    const natural = joined.find(([key]) => key === 'apply.new.naturalPerson')!;
    expect([natural[1][0]!.value, natural[2][0]!.value]).toEqual(['41', '0']);
    expect(natural[1][0]).toMatchObject({
      rowKey: 'apply.new',
      columnKey: 'naturalPerson',
      header: '申请人情况/自然人',
    });
    const fees = joined.find(([key]) => key === 'active.fees.amount')!;
    expect(fees[1][0]!.header).not.toBe(fees[2][0]!.header); // the header text differs; the key does not
  });

  it('should give a failed record no CSV rows and an empty batch a header only', () => {
    expect(csvRows(failed)).toEqual([]);
    const formatter = createStreamFormatter('csv');
    expect(formatter.record(failed) + formatter.end()).toBe(`${csvColumns.join(',')}\n`);
  });

  it('should stream JSON as one array that parses back, and NDJSON as one record per line', () => {
    const json = createStreamFormatter('json');
    const array = JSON.parse(json.record(converted) + json.record(failed) + json.end()) as BatchRecord[];
    expect(array.map((r) => [r.file, r.ok])).toEqual([
      [converted.file, true],
      [failed.file, false],
    ]);
    const empty = createStreamFormatter('json');
    expect(JSON.parse(empty.end())).toEqual([]);
    const ndjson = createStreamFormatter('ndjson');
    const lines = (ndjson.record(converted) + ndjson.record(failed) + ndjson.end()).trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as BatchRecord).file)).toEqual([converted.file, failed.file]);
    expect(JSON.parse(formatFile(failed, 'json'))).toEqual(failed);
  });
});

describe('atomic output files', () => {
  it('should write through a temporary sibling and leave only the final file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-atomic-'));
    const target = path.join(dir, 'deep/er/a.txt.json');
    await writeFileAtomic(target, '{"ok":true}\n');
    expect(readFileSync(target, 'utf8')).toBe('{"ok":true}\n');
    expect(readdirSync(path.dirname(target))).toEqual(['a.txt.json']);
  });

  it('should sweep stale temporaries of its own targets only', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-sweep-'));
    const mine = path.join(dir, 'a.txt.json');
    const other = path.join(dir, 'b.txt.json');
    writeFileSync(`${mine}.tmp-12345`, '{"half');
    writeFileSync(`${other}.tmp-999`, '{"half');
    writeFileSync(path.join(dir, 'notes.tmp-1'), 'x');
    expect(await sweepTemps([mine])).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['b.txt.json.tmp-999', 'notes.tmp-1']);
    expect(tempPath(mine)).toBe(`${mine}.tmp-${process.pid}`);
    expect(existsSync(mine)).toBe(false);
  });
});
