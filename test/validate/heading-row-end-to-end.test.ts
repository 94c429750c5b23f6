import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';

/**
 * The heading check reads the unit cell as printed: a row whose unit cell is —— is a heading row, whose value
 * should repeat its first child's or the sum of its children's. Through the whole pipeline (a builder that
 * turned —— into no unit would switch the check off; test/validate/sanity.test.ts builds its rows by hand).
 */
describe('a heading row (unit ——) read from report text', () => {
  it('keeps —— as its unit and is checked against its children', () => {
    const report = parseReportText(
      [
        '某县某局2015年政府信息公开工作年度报告',
        '一、概述',
        '本局认真做好工作。',
        '二、统计情况',
        '统计指标 | 单位 | 年度累计数 |',
        '一、培训宣传情况 | —— | 5 |',
        '（一）举办讲座次数 | 次 | 2 |',
        '（二）发放资料份数 | 份 | 1 |',
      ].join('\n'),
    );
    expect(report.tables[0]!.rows.map((r) => [r.label, r.unit, r.values])).toEqual([
      ['培训宣传情况', '——', [5]],
      ['举办讲座次数', '次', [2]],
      ['发放资料份数', '份', [1]],
    ]);
    const mismatch = report.diagnostics.filter((d) => d.code === 'validate-heading-value-mismatch');
    expect(mismatch.map((d) => d.position?.start.line)).toEqual([6]);
  });
});
