/**
 * The value column of a pre-2019 table goes by many names: the year (`2013年度`, `2013 年度`, `二〇一三年`),
 * 年度累计数 (the national form), 统计数, 年末统计; header cells are split by spaces (`指 标 名 称`,
 * `计量 单位`) in PDF text and page copies. Whatever the name and the rendering, the columns are named
 * by the header, never 列1/列2.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';

const HEAD = [
  '某市某局2013年度政府信息公开工作年度报告',
  '一、概述',
  '2013年，我局全年主动公开政府信息120条，受理政府信息公开申请3件。',
  '二、政府信息公开情况统计表',
];
const TAIL = ['三、存在的主要问题及改进措施', '一是公开内容不够丰富。', '某市某局', '2014年1月20日'];

const rows = (values: number): string[][] => [
  ['主动公开信息数', '条', ...['120', '900'].slice(0, values)],
  ['其中：1、政府网站公开数', '条', ...['100', '800'].slice(0, values)],
  ['受理依申请公开信息总数', '件', ...['3', '7'].slice(0, values)],
  ['行政复议数', '件', ...['0', '1'].slice(0, values)],
];

const tsv = (cells: string[][]): string[] => cells.map((row) => row.join('\t'));
const aligned = (cells: string[][]): string[] =>
  cells.map(([label, ...rest]) => `${label!.padEnd(14, '\u3000')}  ${rest.map((c) => c.padStart(10)).join('')}`);

const cases: { header: string[]; columns: string[] }[] = [
  { header: ['指 标 名 称', '计量 单位', '2013 年度', '历年累计'], columns: ['2013年度', '历年累计'] },
  { header: ['指标名称', '计量单位', '二〇一三年', '历年累计'], columns: ['二〇一三年', '历年累计'] },
  { header: ['统计指标', '单位', '年度累计数'], columns: ['年度累计数'] },
  { header: ['统 计 指 标', '单 位', '统计数'], columns: ['统计数'] },
  { header: ['指标名称', '计量单位', '年末统计'], columns: ['年末统计'] },
  { header: ['统计指标', '计量单位', '2013年'], columns: ['2013年'] },
];

describe('value columns named by the year or by 统计数 / 年末统计', () => {
  for (const { header, columns } of cases)
    for (const [name, render] of Object.entries({ 'tab-separated': tsv, 'space-aligned': aligned })) {
      it(`should name the columns ${columns.join(', ')} under "${header.join(' | ')}", ${name}`, () => {
        const report = parseReportText([...HEAD, ...render([header, ...rows(columns.length)]), ...TAIL].join('\n'));
        expect(report.tables).toHaveLength(1);
        const table = report.tables[0]!;
        expect(table.columns.map((c) => c.replace(/\s+/g, ''))).toEqual(columns);
        expect(table.rows.map((r) => [r.label, r.unit, r.values])).toEqual([
          ['主动公开信息数', '条', [120, 900].slice(0, columns.length)],
          ['政府网站公开数', '条', [100, 800].slice(0, columns.length)],
          ['受理依申请公开信息总数', '件', [3, 7].slice(0, columns.length)],
          ['行政复议数', '件', [0, 1].slice(0, columns.length)],
        ]);
        expect(report.sections.map((s) => s.heading)).toEqual([
          '概述',
          '政府信息公开情况统计表',
          '存在的主要问题及改进措施',
        ]);
        expect(report.diagnostics.map((d) => d.code)).not.toContain('assemble-header-missing');
      });
    }
});
