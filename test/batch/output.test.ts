import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { OutputFolder, OutputFolders, sweepTemps, tempPath } from '../../src/cli/output/output-folder.js';
import { renderRecord, writeOutFile, type RenderSpec } from '../../src/cli/output/render-record.js';
import { csvColumns, csvRows } from '../../src/cli/output/csv.js';
import { formatFile, formatStreamItem, StreamFraming, type OutputFormat } from '../../src/cli/output/formats.js';
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

/** One output stream as the CLI writes it: each record's piece (made in a worker), framed by the main thread. */
function stream(format: OutputFormat, records: BatchRecord[], pretty = false): string {
  const framing = new StreamFraming(format);
  return records.map((record) => framing.before() + formatStreamItem(record, format, pretty)).join('') + framing.end();
}

describe('output formats', () => {
  it('should write one CSV row per table value that csv-parse reads back, with quoting intact', () => {
    const text = stream('csv', [converted, failed, converted]);
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
    expect(stream('csv', [failed])).toBe(`${csvColumns.join(',')}\n`);
    expect(stream('csv', [])).toBe(`${csvColumns.join(',')}\n`);
    // The header, then each record's rows: the same text as one file of the records.
    expect(stream('csv', [failed, converted])).toBe(formatFile(converted, 'csv'));
  });

  it('should stream JSON as one array that parses back, and NDJSON as one record per line', () => {
    const array = JSON.parse(stream('json', [converted, failed])) as BatchRecord[];
    expect(array.map((r) => [r.file, r.ok])).toEqual([
      [converted.file, true],
      [failed.file, false],
    ]);
    expect(JSON.parse(stream('json', []))).toEqual([]);
    expect(JSON.parse(stream('json', [converted, failed], true))).toEqual(array);
    const lines = stream('ndjson', [converted, failed]).trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as BatchRecord).file)).toEqual([converted.file, failed.file]);
    expect(JSON.parse(formatFile(failed, 'json'))).toEqual(failed);
  });

  it('should write --out JSON compact by default and indented with pretty, the same content', () => {
    const compact = formatFile(converted, 'json');
    const pretty = formatFile(converted, 'json', true);
    expect(compact).toBe(`${JSON.stringify(converted)}\n`);
    expect(compact.split('\n')).toHaveLength(2); // one line, then the final newline
    expect(pretty).toBe(`${JSON.stringify(converted, null, 2)}\n`);
    expect(pretty.length).toBeGreaterThan(compact.length * 1.5);
    expect(JSON.parse(pretty)).toEqual(JSON.parse(compact));
  });
});

describe('atomic output files', () => {
  it('should write through a temporary sibling and leave only the final file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-atomic-'));
    const target = path.join(dir, 'deep/er/a.txt.json');
    const folder = new OutputFolder(dir);
    folder.write(target, '{"ok":true}\n');
    folder.write(path.join(dir, 'deep/er/b.txt.json'), '{"ok":false}\n'); // the directory, checked once
    expect(readFileSync(target, 'utf8')).toBe('{"ok":true}\n');
    expect(readdirSync(path.dirname(target)).sort()).toEqual(['a.txt.json', 'b.txt.json']);
    expect(() => folder.write(path.join(dir, 'deep/er/a.txt.json/x.json'), '')).toThrow();
    expect(readdirSync(path.dirname(target)).sort()).toEqual(['a.txt.json', 'b.txt.json']); // no temporary left
  });

  it('should sweep stale temporaries of its own targets only', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-sweep-'));
    const mine = path.join(dir, 'a.txt.json');
    const other = path.join(dir, 'b.txt.json');
    writeFileSync(`${mine}.tmp-12345`, '{"half');
    writeFileSync(`${other}.tmp-999`, '{"half');
    writeFileSync(`${mine}.tmp-12345-3`, '{"half'); // a worker thread's
    writeFileSync(path.join(dir, 'notes.tmp-1'), 'x');
    expect(await sweepTemps([mine])).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['b.txt.json.tmp-999', 'notes.tmp-1']);
    expect(tempPath(mine)).toBe(`${mine}.tmp-${process.pid}`);
    expect(existsSync(mine)).toBe(false);
  });
});

describe('rendering a record for the CLI', () => {
  const spec = (dir: string, here: boolean): RenderSpec => ({
    file: converted.file,
    format: 'json',
    pretty: false,
    failOn: 'error',
    stream: true,
    out: { target: path.join(dir, 'sub/a.txt.json'), root: dir, here },
    record: false,
  });

  it('should give its stdout piece as UTF-8 bytes, and write its --out file where told: here, or by the receiving thread', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-render-'));
    const target = path.join(dir, 'sub/a.txt.json');
    const content = formatFile(converted, 'json');
    const folders = new OutputFolders();
    // Handed back: the renderer (a worker) writes nothing; the main thread writes it before counting it.
    const handed = renderRecord({ ok: true, report }, spec(dir, false), folders);
    expect(new TextDecoder().decode(handed.bytes!)).toBe(formatStreamItem(converted, 'json'));
    expect(handed.file).toBe(content);
    expect(existsSync(target)).toBe(false);
    writeOutFile(handed, spec(dir, false), folders);
    expect(handed).toMatchObject({ file: null, writeError: null });
    expect(readFileSync(target, 'utf8')).toBe(content);
    // Written here: the same file, nothing left to write.
    const other = path.join(dir, 'other');
    const written = renderRecord({ ok: true, report }, spec(other, true), new OutputFolders());
    expect(written).toMatchObject({ file: null, writeError: null, bytes: handed.bytes });
    expect(readFileSync(path.join(other, 'sub/a.txt.json'), 'utf8')).toBe(content);
  });

  it('should say why an --out file could not be written, wherever it is written', () => {
    for (const here of [true, false]) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-render-'));
      writeFileSync(path.join(dir, 'sub'), 'a file where the folder should be');
      const rendered = renderRecord({ ok: true, report }, spec(dir, here), new OutputFolders());
      writeOutFile(rendered, spec(dir, here), new OutputFolders());
      expect(rendered.file).toBeNull();
      expect(rendered.writeError).toMatch(/^in\/quzhou, "2018"\.txt:1:1 error Cannot write .* BATCH_WRITE_FAILED\n$/);
      expect(readdirSync(dir)).toEqual(['sub']);
    }
  });
});
