/**
 * A statistics table right under its caption line, as pre-2019 reports print it: the caption numbers a
 * section (`六、…统计表`) or an appendix (`附件：…统计表`, after the signature). The caption stays a line of
 * its own (a section heading, or the table's title in the appendix); the table keeps its header.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';
import type { Report } from '../../src/types.js';

const HEAD = [
  '某县人民政府2014年政府信息公开工作年度报告',
  '一、概述',
  '2014年，我县认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息2543条。',
  '二、主动公开政府信息情况',
  '全年通过政府网站公开信息2543条。',
];

/** The same Fujian-style rows in any rendering: label, unit, 2014年度, 历年累计. */
const ROWS = [
  ['主动公开文件数', '条', '2543', '78967'],
  ['其中：1、政府网站公开数', '条', '2543', '78967'],
  ['2、政府公报公开数', '条', '0', '0'],
  ['受理依申请公开信息总数', '条', '1', '1'],
  ['政府信息公开收费减免金额', '元', '0', '0'],
  ['行政复议数', '件', '0', '0'],
];

const tsv = (cells: string[][]): string[] => cells.map((row) => row.join('\t'));
/** Space-aligned as pdftotext -layout prints it: label, then columns padded with spaces. */
const aligned = (cells: string[][]): string[] =>
  cells.map(([label, ...rest]) => `${label!.padEnd(16, '\u3000')}    ${rest.map((c) => c.padStart(8)).join('')}`);

/** Rows of the first table, as label | unit | values. */
const rowsOf = (report: Report) => report.tables[0]!.rows.map((row) => [row.marker, row.label, row.unit, row.values]);

const EXPECTED_ROWS = [
  [null, '主动公开文件数', '条', [2543, 78967]],
  ['其中1、', '政府网站公开数', '条', [2543, 78967]],
  ['2、', '政府公报公开数', '条', [0, 0]],
  [null, '受理依申请公开信息总数', '条', [1, 1]],
  [null, '政府信息公开收费减免金额', '元', [0, 0]],
  [null, '行政复议数', '件', [0, 0]],
];

describe('a table under a caption that numbers a section', () => {
  const renderings: Record<string, (cells: string[][]) => string[]> = {
    'tab-separated': tsv,
    'space-aligned': aligned,
  };
  for (const [name, render] of Object.entries(renderings)) {
    it(`should keep 六、…统计表 as the section holding the ${name} table, with its header`, () => {
      const text = [
        ...HEAD,
        '六、平潭综合实验区政府信息公开情况统计表',
        ...render([['指标名称', '计量单位', '2014年度', '历年累计'], ...ROWS]),
      ].join('\n');
      const report = parseReportText(text);
      expect(report.sections.map((s) => s.marker + s.heading)).toEqual([
        '一、概述',
        '二、主动公开政府信息情况',
        '六、平潭综合实验区政府信息公开情况统计表',
      ]);
      expect(report.sections[2]!.tables).toEqual([0]);
      expect(report.tables).toHaveLength(1);
      expect(report.tables[0]!.columns).toEqual(['2014年度', '历年累计']);
      expect(rowsOf(report)).toEqual(EXPECTED_ROWS);
      expect(report.diagnostics.map((d) => d.code)).not.toContain('assemble-header-missing');
    });
  }

  it('should keep a caption numbered （二） as a subsection', () => {
    const text = [
      ...HEAD,
      '（二）政府信息公开情况统计表',
      ...tsv([['指标名称', '计量单位', '2014年度', '历年累计'], ...ROWS]),
    ].join('\n');
    const report = parseReportText(text);
    expect(report.sections[1]!.children.map((s) => s.marker + s.heading)).toEqual(['（二）政府信息公开情况统计表']);
    expect(report.tables[0]!.columns).toEqual(['2014年度', '历年累计']);
    expect(rowsOf(report)).toEqual(EXPECTED_ROWS);
  });
});

describe('a table after the signature, under 附件：…统计表 or 附表：', () => {
  const SIGNATURE = ['平潭综合实验区社会事业局', '2019年1月16日'];

  it('should read the two-column table under 附件：… with its title', () => {
    const text = [
      ...HEAD,
      ...SIGNATURE,
      '附件：2018年区社会事业局政府信息公开数据统计表',
      ...tsv([['指标名称', '计量单位', '2018年度', '历年累计'], ...ROWS]),
      '平潭综合实验区社会事业局办公室 2019年1月16日印发',
    ].join('\n');
    const report = parseReportText(text);
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]!.title).toBe('附件：2018年区社会事业局政府信息公开数据统计表');
    expect(report.tables[0]!.columns).toEqual(['2018年度', '历年累计']);
    expect(rowsOf(report)).toEqual(EXPECTED_ROWS);
    expect(report.appendix.map((p) => p.text)).toEqual(['平潭综合实验区社会事业局办公室 2019年1月16日印发']);
  });

  it('should read the one-column 年末统计 table under 附表：', () => {
    const text = [
      ...HEAD,
      '平潭县财政局',
      '二○一○年四月十日',
      '附表：',
      '指标名称\t计量单位\t年末统计',
      '主动公开信息数\t条\t6',
      '其中：1．网站公开\t条\t6',
      '2．政府公报公开\t条\t0',
      '行政申诉数\t件\t0',
      '附件下载',
    ].join('\n');
    const report = parseReportText(text);
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]!.columns).toEqual(['年末统计']);
    expect(rowsOf(report)).toEqual([
      [null, '主动公开信息数', '条', [6]],
      ['其中1．', '网站公开', '条', [6]],
      ['2．', '政府公报公开', '条', [0]],
      [null, '行政申诉数', '件', [0]],
    ]);
    expect(report.appendix.map((p) => p.text)).toEqual(['附表：', '附件下载']);
  });
});

describe('a caption row inside a pipe table', () => {
  for (const caption of [
    '附件：2014年政府信息公开情况统计表',
    '（一）2014年政府信息公开情况统计表',
    '六、政府信息公开情况统计表',
  ])
    it(`should take "${caption}" as the table's title, not as a data row`, () => {
      const text = [
        ...HEAD,
        `| ${caption} | | | |`,
        '| 指标名称 | 计量单位 | 2014年度 | 历年累计 |',
        ...ROWS.map((row) => `| ${row.join(' | ')} |`),
      ].join('\n');
      const report = parseReportText(text);
      expect(report.tables).toHaveLength(1);
      expect(report.tables[0]!.title).toBe(caption);
      expect(report.tables[0]!.columns).toEqual(['2014年度', '历年累计']);
      expect(rowsOf(report)).toEqual(EXPECTED_ROWS);
    });
});
