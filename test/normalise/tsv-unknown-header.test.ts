/**
 * Tab-separated rows under a header of no known form (`项目 | 单位 | 数量`): TSV keeps every cell, so
 * the rows are rewritten as pipe rows cell for cell and the table is read from its own header, with a
 * diagnostic saying it was rebuilt; its lines never end up run together in a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';

const text = [
  '某县档案局2012年政府信息公开工作年度报告',
  '一、概述',
  '2012年，我局主动公开政府信息45条，未收到政府信息公开申请。',
  '二、政府信息公开情况',
  '政府信息公开情况统计表',
  '项目\t单位\t数量',
  '主动公开政府信息\t条\t45',
  '其中：网站公开\t条\t40',
  '依申请公开\t件\t',
  '行政复议\t件\t0',
  '三、存在的问题和改进措施',
  '公开内容有待进一步丰富。',
].join('\n');

describe('a tab-separated table with a header of no known form', () => {
  const report = parseReportText(text);

  it('should read its columns, units and values from its own header', () => {
    expect(report.tables).toHaveLength(1);
    const table = report.tables[0]!;
    expect(table.title).toBe('政府信息公开情况统计表');
    expect(table.columns).toEqual(['数量']);
    expect(table.rows.map((r) => [r.marker, r.label, r.unit, r.values])).toEqual([
      [null, '主动公开政府信息', '条', [45]],
      ['其中', '网站公开', '条', [40]],
      [null, '依申请公开', '件', [null]],
      [null, '行政复议', '件', [0]],
    ]);
    expect(report.sections[1]!.tables).toEqual([0]);
  });

  it('should say the table was rebuilt, and keep its lines out of the paragraphs', () => {
    const rebuilt = report.diagnostics.filter((d) => d.code === 'normalise-table-rebuilt');
    expect(rebuilt).toHaveLength(1);
    expect(rebuilt[0]!.position!.start.line).toBe(6);
    expect(rebuilt[0]!.position!.end.line).toBe(10);
    const paragraphs = report.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
    expect(paragraphs).not.toContain('\t');
    expect(paragraphs).not.toContain('数量');
  });

  it('should leave one tab-separated line in narrative alone', () => {
    const one = parseReportText(
      ['某县档案局2012年政府信息公开工作年度报告', '一、概述', '联系电话：\t0591-1234567', '二、其他'].join('\n'),
    );
    expect(one.tables).toEqual([]);
    expect(one.diagnostics.map((d) => d.code)).not.toContain('normalise-table-rebuilt');
  });
});
