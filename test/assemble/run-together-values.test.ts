import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract.js';
import { parseReportText } from '../../src/pipeline/index.js';

const made = (file: string): Buffer => readFileSync(new URL(`../fixtures/made/${file}`, import.meta.url));

describe('values run together in one cell', () => {
  it('reads the PDF of a 2019 matrix, whose spanning header once cost the table its inner column rules, as the DOCX reads', async () => {
    // LibreOffice's PDF of matrix-2019.docx: pdf-parse's table reader gave each applicant row's seven
    // values as one cell (12 3 0 0 1 0 16), split here; the importer now reads every column.
    const pdf = await extractReport(made('matrix-2019.pdf'), { fileName: 'matrix-2019.pdf' });
    const docx = await extractReport(made('matrix-2019.docx'), { fileName: 'matrix-2019.docx' });
    expect(pdf.template).toBe('gov-2019');
    expect(pdf.indicators).toEqual(docx.indicators);
    expect(pdf.indicators['apply.new.naturalPerson']).toBe(12);
    expect(pdf.indicators['apply.new.legalService']).toBe(1);
    expect(pdf.indicators['apply.new.total']).toBe(16);
    expect(pdf.indicators['apply.carriedForward.total']).toBe(8);
    const applicants = pdf.tables[0]!;
    expect(applicants.columns).toEqual([
      '申请人情况/自然人',
      ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((c) => `申请人情况/法人或其他组织/${c}`),
      '申请人情况/总计',
    ]);
    expect(applicants.rows.map((row) => row.cells)).toEqual(docx.tables[0]!.rows.map((row) => row.cells));
    expect(pdf.diagnostics.map((d) => d.code)).not.toContain('assemble-values-split');
  });

  it('gives each split value its own position', () => {
    const text = ['统计指标 | 单位 | 甲 | 乙 | 丙 |', '收到申请数 | 件 | 12 3 —— |'].join('\n');
    const report = parseReportText(text);
    const row = report.tables[0]!.rows[0]!;
    expect(row.values).toEqual([12, 3, null]);
    expect(row.cells).toEqual(['收到申请数', '件', '12', '3', '——']);
    const diagnostic = report.diagnostics.find((d) => d.code === 'assemble-values-split')!;
    expect(diagnostic.position).toMatchObject({ start: { line: 2, column: 13 }, end: { line: 2, column: 20 } });
  });

  it('never reads digits apart as one number, and splits only as many values as the table has columns', () => {
    const report = parseReportText(
      ['统计指标 | 单位 | 数量 |', '收到申请数 | 件 | 1 2 |', '答复数 | 件 | 1 2件 |'].join('\n'),
    );
    const [first, second] = report.tables[0]!.rows;
    // Two values for a one-value table: not split, and not the number 12 either.
    expect(first).toMatchObject({
      label: '收到申请数',
      unit: '件',
      values: [null],
      cells: ['收到申请数', '件', '1 2'],
    });
    expect(second).toMatchObject({ label: '答复数', values: [null] });
    const unparsed = report.diagnostics.filter((d) => d.code === 'assemble-value-unparsed').map((d) => d.actual);
    expect(unparsed).toEqual(['1 2', '1 2件']);
    expect(report.diagnostics.map((d) => d.code)).not.toContain('assemble-values-split');
  });
});
