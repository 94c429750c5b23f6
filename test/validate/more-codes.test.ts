/** Validation and template codes not covered elsewhere, each firing on a small legacy table. */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';

const legacy = (header: string, rows: string[]) =>
  ['某局2015年政府信息公开工作年度报告', '一、概述', '正文。', '附件', '政府信息公开情况统计表', header, ...rows].join(
    '\n',
  );

describe('more validation codes', () => {
  it('should warn when an 其中 part is larger than its whole (part-exceeds-whole), and not when it is smaller', () => {
    const rows = (part: number) => [
      '一、主动公开情况 | —— | 5',
      '(一)主动公开政府信息数 | 条 | 5',
      `其中:主动公开规范性文件数 | 条 | ${part}`,
    ];
    const bad = parseReportText(legacy('统计指标 | 单位 | 年度累计数', rows(9)));
    const finding = bad.diagnostics.find((d) => d.code === 'validate-part-exceeds-whole');
    expect(finding).toMatchObject({ severity: 'warning', position: { start: { line: 9 } } });
    const good = parseReportText(legacy('统计指标 | 单位 | 年度累计数', rows(2)));
    expect(good.diagnostics.some((d) => d.code === 'validate-part-exceeds-whole')).toBe(false);
  });

  it('should note a value column that matches no column of the form (column-unmatched)', () => {
    const text = [
      '某县司法局2022年政府信息公开工作年度报告',
      '一、总体情况',
      '正文。',
      '二、主动公开政府信息情况',
      '第二十条第（一）项 | ||||',
      '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | 同比增长 |',
      '规章 | 0 | 0 | 0 | 0 |',
      '行政规范性文件 | 2 | 1 | 9 | 1 |',
    ].join('\n');
    const report = parseReportText(text);
    expect(report.template).toBe('gov-2021');
    const finding = report.diagnostics.find((d) => d.code === 'template-column-unmatched');
    expect(finding).toMatchObject({ severity: 'info', position: { start: { line: 5 } } });
    expect(finding!.message).toContain('同比增长');
  });
});
