/** Builder and grammar diagnostics, each firing on the input that causes it. */
import { describe, expect, it } from 'vitest';
import { grammarDiagnostics } from '../../src/pipeline/grammar.js';
import { PositionMapper } from '../../src/pipeline/source-map.js';
import { parseReportText } from '../../src/index.js';

const codes = (text: string) => parseReportText(text).diagnostics.map((d) => d.code);

describe('builder diagnostics', () => {
  it('should report a value cell that is not a number, keeping it in cells', () => {
    const report = parseReportText('统计指标 | 单位 | 年度累计数\n一、主动公开情况 | 条 | 约50');
    const diagnostic = report.diagnostics.find((d) => d.code === 'assemble-value-unparsed')!;
    expect(diagnostic).toMatchObject({
      severity: 'warning',
      actual: '约50',
      position: { start: { line: 2, column: 16 } },
    });
    expect(report.tables[0]!.rows[0]).toMatchObject({ values: [null], cells: ['一、主动公开情况', '条', '约50'] });
  });

  it('should report a row with more cells than the table, reading its values from the right', () => {
    const report = parseReportText('信息内容 | 本年制发件数 | 现行有效件数\n规章 | 备注 | 1 | 2');
    expect(report.diagnostics.find((d) => d.code === 'assemble-row-ragged')).toMatchObject({ expected: 3, actual: 4 });
    expect(report.tables[0]!.rows.at(-1)!.values).toEqual([1, 2]);
  });

  it('should report a table without a header and name its columns 列1, 列2', () => {
    const report = parseReportText('征地补偿 | 9 | 9\n土地出让 | 4 | 3');
    expect(codes('征地补偿 | 9 | 9\n土地出让 | 4 | 3')).toContain('assemble-header-missing');
    expect(report.tables[0]!.columns).toEqual(['列1', '列2']);
    expect(report.tables[0]!.rows.map((r) => [r.label, r.values])).toEqual([
      ['征地补偿', [9, 9]],
      ['土地出让', [4, 3]],
    ]);
  });

  it('should report page furniture, a repeated header and a wrapped label in a pipe table', () => {
    const text = [
      '统计指标 | 单位 | 年度累计数',
      '一、主动公开情况 | —— | 5',
      '(一)主动公开政府信息数(不同渠道和方式公开相同',
      '信息计1条) | 条 | 5',
      '- 2 -',
      '统计指标 | 单位 | 年度累计数',
      '二、回应解读情况 | —— | 0',
    ].join('\n');
    const report = parseReportText(text);
    expect(report.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining([
        'assemble-continuation-label-rejoined',
        'assemble-continuation-furniture-removed',
        'assemble-continuation-header-removed',
      ]),
    );
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]!.rows.map((r) => r.label)).toEqual(['主动公开情况', '主动公开政府信息数', '回应解读情况']);
    expect(report.tables[0]!.rows[1]!.note).toBe('不同渠道和方式公开相同信息计1条');
  });

  it('should warn when a text has neither sections nor tables (no-report-content), and not for a report or an empty text', () => {
    expect(codes('404 Not Found\nnginx/1.18.0')).toContain('assemble-no-report-content');
    expect(codes('一、概述\n正文。')).not.toContain('assemble-no-report-content');
    expect(codes('')).not.toContain('assemble-no-report-content');
  });

  it('should remove page furniture written with full-width digits and dashes between paragraphs', () => {
    const report = parseReportText('一、概述\n第一段没有结束\n第 ２ 页 共 ５ 页\n接着写完。\n－３－');
    expect(report.sections[0]!.paragraphs.map((p) => p.text)).toEqual(['第一段没有结束接着写完。']);
    expect(
      report.diagnostics
        .filter((d) => d.code === 'assemble-continuation-furniture-removed')
        .map((d) => d.position!.start.line),
    ).toEqual([3, 5]);
  });

  it('should turn lexer and parser errors, should a grammar change ever let one through, into located warnings', () => {
    const text = 'ab\ncd';
    const diagnostics = grammarDiagnostics(
      [
        { kind: 'lex', message: 'unexpected character', startOffset: 3, endOffset: 4 },
        { kind: 'parse', message: 'recovered', startOffset: 0, endOffset: 2 },
      ],
      new PositionMapper(text, text, null),
    );
    expect(diagnostics.map((d) => [d.code, d.position!.start.line, d.position!.start.column])).toEqual([
      ['grammar-unexpected-character', 2, 1],
      ['grammar-recovered', 1, 1],
    ]);
  });
});
