/**
 * Scraped page text where every cell is on its own line ending in " |" and bare "|" lines separate rows:
 * each 第二十条 clause starts a new table even when its header repeats the previous clause's header.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';

const cells = (...rows: string[][]) => rows.flatMap((row) => ['|', ...row.map((cell) => `${cell} |`)]);

const text = [
  '某区司法局2022年政府信息公开工作年度报告',
  '一、总体情况',
  '2022年，我局依法做好政府信息公开工作。',
  '二、主动公开政府信息情况',
  ...cells(['第二十条第(五)项 | ||'], ['信息内容', '本年处理决定数量 | |'], ['行政许可', '7 | |']),
  ...cells(
    ['第二十条第(六)项 | ||'],
    ['信息内容', '本年处理决定数量 | |'],
    ['行政处罚', '12 | |'],
    ['行政强制', '3 | |'],
  ),
  '三、收到和处理政府信息公开申请情况',
  '本年度未收到政府信息公开申请。',
].join('\n');

describe('scraped page text, one cell per line', () => {
  it('should rebuild each clause table with its own header', () => {
    const report = parseReportText(text);
    expect(report.tables.map((t) => [t.clause, t.columns, t.rows.map((r) => [r.label, r.values])])).toEqual([
      ['第二十条第(五)项', ['本年处理决定数量'], [['行政许可', [7]]]],
      [
        '第二十条第(六)项',
        ['本年处理决定数量'],
        [
          ['行政处罚', [12]],
          ['行政强制', [3]],
        ],
      ],
    ]);
    expect(report.diagnostics.some((d) => d.code === 'normalise-continuation-header-removed')).toBe(false);
    expect(report.sections.map((s) => s.heading)).toEqual([
      '总体情况',
      '主动公开政府信息情况',
      '收到和处理政府信息公开申请情况',
    ]);
    expect(report.sections[1]!.tables).toEqual([0, 1]);
  });
});
