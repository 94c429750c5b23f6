import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractReport, importDocument, reportFromText } from '../../src/extract.js';
import { parseReportText } from '../../src/pipeline/index.js';
import type { Report, ReportText } from '../../src/types.js';
import { errorCode, fixture, pipeRows, sampleLines } from './helpers.js';

/** The seed fixtures: one report (samples/quzhou-safety-2018.txt) in every format, made by LibreOffice and iconv. */
const SEEDS = [
  { file: 'report.utf8.txt', format: 'text', encoding: 'utf-8' },
  { file: 'report.utf8bom.txt', format: 'text', encoding: 'utf-8' },
  { file: 'report.crlf.txt', format: 'text', encoding: 'utf-8' },
  { file: 'report.gb18030.txt', format: 'text', encoding: 'gb18030' },
  { file: 'report.utf16le.txt', format: 'text', encoding: 'utf-16le' },
  { file: 'report.html', format: 'html', encoding: 'utf-8' },
  { file: 'report.docx', format: 'docx', encoding: null },
  { file: 'report.doc', format: 'doc', encoding: null },
  { file: 'report.pdf', format: 'pdf', encoding: null },
] as const;

const reference = parseReportText(sampleLines.join('\n'));

/** What must be equal between two Reports of the same report. */
function essentials(report: Report) {
  return {
    sections: report.sections.map(function walk(section): unknown {
      return { marker: section.marker, heading: section.heading, children: section.children.map(walk) };
    }),
    rows: report.tables.flatMap((table) =>
      table.rows.map((row) => ({ label: row.label, marker: row.marker, unit: row.unit, values: row.values })),
    ),
  };
}

describe('the seed fixtures', () => {
  const texts = new Map<string, ReportText>();
  const reports = new Map<string, Report>();
  beforeAll(async () => {
    for (const seed of SEEDS) {
      // Imported once: PDF imports are slow, and extractReport = importDocument + reportFromText.
      const text = await importDocument(fixture(`seed/${seed.file}`));
      texts.set(seed.file, text);
      reports.set(seed.file, await reportFromText(text, fixture(`seed/${seed.file}`)));
    }
  });

  it('should parse the reference sample into one table of 84 rows', () => {
    expect(reference.tables).toHaveLength(1);
    expect(reference.tables[0]!.rows).toHaveLength(84);
  });

  for (const seed of SEEDS) {
    it(`should detect ${seed.file} as ${seed.format} and decode it as ${String(seed.encoding)}`, () => {
      const text = texts.get(seed.file)!;
      expect(text.format).toBe(seed.format);
      expect(text.encoding).toBe(seed.encoding);
      expect(text.lines).toHaveLength(text.text.split('\n').length);
    });

    it(`should give ${seed.file} the sample's 86 pipe rows, value for value`, () => {
      expect(pipeRows(texts.get(seed.file)!.text)).toEqual(pipeRows(sampleLines));
    });

    it(`should extract from ${seed.file} a Report with the sample's sections and 84 table rows`, () => {
      const report = reports.get(seed.file)!;
      expect(report.tables[0]?.rows).toHaveLength(84);
      expect(essentials(report)).toEqual(essentials(reference));
      expect(report.source).toEqual({
        format: seed.format,
        encoding: seed.encoding,
        fileName: fixture(`seed/${seed.file}`),
        pages: seed.format === 'pdf' ? 5 : null,
      });
    });
  }

  it('should give the plain-text seeds exactly the sample text', () => {
    for (const seed of SEEDS.filter((s) => s.format === 'text')) {
      expect(texts.get(seed.file)!.text.trimEnd().split('\n')).toEqual(sampleLines);
    }
  });

  it('should put the PDF page of each row on the Report rows', () => {
    const rows = reports.get('report.pdf')!.tables[0]!.rows;
    expect(rows[0]!.page).toBe(3);
    expect(rows.find((row) => row.label === '信函申请数')?.page).toBe(4);
    expect(rows.at(-1)!.page).toBe(5);
    expect(reports.get('report.pdf')!.sections[0]!.page).toBe(1);
  });

  it('should merge the PDF table continued over three pages and drop its repeated title rows', () => {
    const text = texts.get('report.pdf')!;
    expect(pipeRows(text.text).filter((row) => row.startsWith('政府信息公开情况统计表'))).toHaveLength(1);
    expect(text.diagnostics.map((d) => d.code)).toContain('import-continuation-table-joined');
  });

  it('should pass mammoth messages on as info diagnostics, once each', () => {
    const diagnostics = texts.get('report.docx')!.diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.code === 'import-converter-message' && d.severity === 'info')).toBe(true);
    expect(new Set(diagnostics.map((d) => d.message)).size).toBe(diagnostics.length);
    expect(reports.get('report.docx')!.diagnostics.slice(0, diagnostics.length)).toEqual(diagnostics);
  });

  it('should give the same Report through extractReport as through importDocument and reportFromText', async () => {
    const report = await extractReport(fixture('seed/report.docx'));
    expect(report).toEqual(reports.get('report.docx'));
  });

  it('should refuse the ODT seed with IMPORT_UNSUPPORTED_FORMAT naming ODT', async () => {
    await expect(importDocument(fixture('seed/report.odt'))).rejects.toMatchObject({
      code: 'IMPORT_UNSUPPORTED_FORMAT',
      message: expect.stringContaining('ODT'),
    });
    expect(await errorCode(() => extractReport(readFileSync(fixture('seed/report.odt'))))).toBe(
      'IMPORT_UNSUPPORTED_FORMAT',
    );
  });
});
