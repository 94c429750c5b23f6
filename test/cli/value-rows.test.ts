import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { valueRowFields, valueRows, type ValueRow } from '../../src/cli/output/value-rows.js';
import { parseReportText } from '../../src/pipeline/index.js';

const read = (relative: string): string => readFileSync(new URL(`../../${relative}`, import.meta.url), 'utf8');
const laiyangText = read('samples/laiyang-market-regulation-2022-gov2021.txt');
const laiyang = parseReportText(laiyangText, { fileName: 'laiyang.txt' });
// Another 2021-form report, by another agency, whose headers are printed differently (half-width brackets).
const taiping = parseReportText(read('test/corpus/13-xixian-taiping-2022.txt'), { fileName: 'taiping.txt' });

const byKey = (rows: ValueRow[]): Map<string, ValueRow> =>
  new Map(rows.filter((row) => row.key !== null && row.indicator).map((row) => [row.key!, row]));

describe('valueRows', () => {
  it('should give one row per value cell of every table, in order, with the fields listed', () => {
    const rows = valueRows(laiyang, 'in/laiyang.txt');
    const cells = laiyang.tables.flatMap((table, t) =>
      table.rows.flatMap((row, r) => row.values.map((value, c) => [t, r, c, value])),
    );
    expect(rows.map((row) => [row.table, row.row, row.column, row.value])).toEqual(cells);
    for (const row of rows) expect(Object.keys(row)).toEqual([...valueRowFields]);
  });

  it('should key a 2021 grid cell by row × column, with label and header as printed, unit and source line', () => {
    const row = valueRows(laiyang, 'in/laiyang.txt').find((r) => r.key === 'apply.new.naturalPerson');
    expect(row).toEqual({
      file: 'in/laiyang.txt',
      agency: '莱阳市市场监督管理局',
      year: 2022,
      template: 'gov-2021',
      key: 'apply.new.naturalPerson',
      rowKey: 'apply.new',
      columnKey: 'naturalPerson',
      label: '本年新收政府信息公开申请数量',
      header: '申请人情况/自然人',
      unit: '件',
      value: 41,
      table: 4,
      row: 0,
      column: 0,
      line: 29,
      page: null,
      indicator: true,
    });
    expect(laiyangText.split('\n')[row!.line - 1]).toContain('一、本年新收政府信息公开申请数量');
  });

  it('should hold exactly the indicators of the report on the rows marked indicator', () => {
    const rows = valueRows(laiyang, 'x');
    const indicators = Object.fromEntries(rows.filter((row) => row.indicator).map((row) => [row.key, row.value]));
    expect(indicators).toEqual(laiyang.indicators);
  });

  it('should join two reports of the same form on the key, where row label and header text do not line up', () => {
    const a = byKey(valueRows(laiyang, 'laiyang.txt'));
    const b = byKey(valueRows(taiping, 'taiping.txt'));
    const shared = [...a.keys()].filter((key) => b.has(key));
    // Every indicator both reports print is joined, one row each.
    expect(shared.length).toBeGreaterThan(50);
    expect(shared.sort()).toEqual(
      Object.keys(laiyang.indicators)
        .filter((k) => k in taiping.indicators)
        .sort(),
    );
    for (const key of shared) {
      expect(a.get(key)!.rowKey).toBe(b.get(key)!.rowKey);
      expect(a.get(key)!.columnKey).toBe(b.get(key)!.columnKey);
      expect([a.get(key)!.value, b.get(key)!.value]).toEqual([laiyang.indicators[key], taiping.indicators[key]]);
    }
    // The fee amount's header is printed differently (（单位：万元） vs (单位:万元)): joining on the text misses it.
    const fees = [a.get('active.fees.amount')!, b.get('active.fees.amount')!];
    expect(fees[0]!.header).not.toBe(fees[1]!.header);
    expect(fees.map((row) => [row.rowKey, row.columnKey, row.unit])).toEqual([
      ['active.fees', 'amount', '万元'],
      ['active.fees', 'amount', '万元'],
    ]);
  });

  it('should key a 2008–2018 list row by its row key alone, with no column key', () => {
    const quzhou = parseReportText(read('samples/quzhou-safety-2018.txt'));
    const rows = valueRows(quzhou, 'q.txt');
    const total = rows.find((row) => row.key === 'active.total')!;
    expect(total).toMatchObject({
      rowKey: 'active.total',
      columnKey: null,
      unit: '条',
      value: 502,
      header: '年度累计数',
    });
    expect(rows.every((row) => row.key === null || row.key === row.rowKey)).toBe(true);
  });

  it('should mark a repeated row as not the indicator, and keep it', () => {
    const text = laiyangText.replace('行政处罚 | 83 | ||\n', '行政处罚 | 83 | ||\n行政处罚 | 84 | ||\n');
    const report = parseReportText(text);
    const rows = valueRows(report, 'x').filter((row) => row.key === 'active.penalties.decisions');
    expect(rows.map((row) => [row.value, row.indicator])).toEqual([
      [83, true],
      [84, false],
    ]);
    expect(report.indicators['active.penalties.decisions']).toBe(83);
  });

  it('should give every value of an unknown-form table null keys, and none for a report without tables', () => {
    const report = parseReportText('某某局2020年报告\n\n一、概述\n\n项目 | 数量 |\n桌子 | 3 |\n椅子 | 4 |\n');
    expect(report.template).toBe('unknown');
    const rows = valueRows(report, 'x');
    expect(rows.map((row) => [row.label, row.value, row.key, row.rowKey, row.columnKey])).toEqual([
      ['桌子', 3, null, null, null],
      ['椅子', 4, null, null, null],
    ]);
    expect(valueRows(parseReportText('只有一段文字。\n'), 'x')).toEqual([]);
  });
});
