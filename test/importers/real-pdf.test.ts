/**
 * A real published report PDF (test/fixtures/real/README.md): 淮安市人民政府's 2024 report, exported
 * from Word, whose applicant table pdf-parse's one pass over the rulings read with its seven value
 * columns run together in one cell. Every fact of its hand-read expectation is checked, scored as the
 * corpus is (test/corpus/score.ts: headings by marker and text, table values by printed row label
 * and lowest column header); the expectation writes numbers without the spaces the PDF's text layer
 * puts between Chinese and digits (`2024 年`), which the importer removes.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractReport, importDocument } from '../../src/extract.js';
import type { Report, ReportText } from '../../src/types.js';
import { scoreReport, type Expectation, type Fact, type FactKind } from '../corpus/score.js';
import { cellsOf, fixture, pipeRows } from './helpers.js';

const file = fixture('real/huaian-city-2024.pdf');
const expected = JSON.parse(readFileSync(fixture('real/huaian-city-2024.expect.json'), 'utf8')) as Expectation;

describe('a real Word-exported report PDF (淮安市人民政府 2024)', () => {
  let text: ReportText;
  let report: Report;
  let facts: Fact[];
  beforeAll(async () => {
    text = await importDocument(file);
    report = await extractReport(file);
    facts = scoreReport(report, expected);
  }, 60_000);

  const misses = (kind: FactKind): Fact[] => facts.filter((fact) => fact.kind === kind && !fact.ok);
  const count = (kind: FactKind): number => facts.filter((fact) => fact.kind === kind).length;

  it('should import all six pages, with no page or table given up', () => {
    expect(text.pages).toBe(6);
    expect(new Set(text.lines.map((line) => line.page))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(text.diagnostics.map((d) => d.code)).toEqual([
      'import-continuation-furniture-removed',
      'import-continuation-table-joined',
    ]);
  });

  it('should read every value column of the applicant table, the lower header band’s too', () => {
    const rows = pipeRows(text.text).map(cellsOf);
    const row = (label: string): string[] | undefined => rows.find((cells) => cells.includes(label));
    // The header cells are letter-spaced in the PDF (商 业 / 企业); their spaces are left out here.
    const header = rows.find((cells) => cells.some((cell) => cell.startsWith('商 业')));
    expect(header?.map((cell) => cell.replace(/ /g, ''))).toEqual([
      '',
      '',
      '',
      '',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '',
    ]);
    expect(row('一、本年新收政府信息公开申请数量')).toEqual([
      '一、本年新收政府信息公开申请数量',
      '',
      '',
      '3001',
      '53',
      '0',
      '0',
      '61',
      '4',
      '3119',
    ]);
    expect(row('8.属于行政查询事项')).toEqual(['', '', '8.属于行政查询事项', '105', '0', '0', '0', '0', '0', '105']);
    // Continued on page 5 with the same columns.
    expect(row('3、其他')).toEqual(['', '', '3、其他', '108', '2', '0', '0', '0', '0', '110']);
  });

  it('should find the agency, the year and the contact details', () => {
    expect(count('agency') + count('year') + count('publishedOn') + count('contact')).toBe(7);
    expect([...misses('agency'), ...misses('year'), ...misses('publishedOn'), ...misses('contact')]).toEqual([]);
    expect(report.contact).toEqual({
      address: '淮安市翔宇南道1号',
      postcode: '223001',
      phone: '0517-83605210',
      email: 'hazwgkc@163.com',
    });
  });

  it('should find the six top-level headings and the subsections of 一、总体情况', () => {
    expect(count('topSection')).toBe(6);
    expect(count('subsection')).toBe(5);
    expect([...misses('topSection'), ...misses('subsection')]).toEqual([]);
  });

  it('should read the 20 table values by row label and lowest column header', () => {
    expect(count('indicator')).toBe(20);
    expect(misses('indicator')).toEqual([]);
    expect(report.template).toBe('gov-2021');
  });
});
