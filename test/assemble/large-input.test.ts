/**
 * Regression tests for inputs far larger than real reports (found by the fuzz script):
 * no RangeError from spreading huge arrays into calls, and every line still placed.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';

const N = 130_000;

describe('large inputs', () => {
  it('should parse a table of 130,000 rows', () => {
    const rows = Array.from({ length: N }, (_, i) => `项目${i} | 件 | ${i} |`);
    const report = parseReportText(`统计指标 | 单位 | 数量 |\n${rows.join('\n')}`);
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]!.rows).toHaveLength(N);
    expect(report.tables[0]!.rows[N - 1]!.values).toEqual([N - 1]);
  });

  it('should parse 130,000 inline enumeration items and 130,000 paragraphs', () => {
    const items = parseReportText(`一、概述\n我局从以下方面改进：${'一是加强。'.repeat(N)}`);
    expect(items.sections[0]!.children).toHaveLength(N);
    const paragraphs = parseReportText(`一、概述\n${Array.from({ length: N }, () => '我局公开信息。').join('\n')}`);
    expect(paragraphs.sections[0]!.paragraphs).toHaveLength(N);
  });

  it('should join 40,000 lines that never end a sentence into one paragraph', () => {
    const report = parseReportText(
      `一、概述\n${Array.from({ length: 40_000 }, () => '我局通过门户网站主动公开政府信息共').join('\n')}`,
    );
    expect(report.sections[0]!.paragraphs).toHaveLength(1);
    expect(report.sections[0]!.paragraphs[0]!.text).toHaveLength(17 * 40_000);
  });
});
