/**
 * Round trip: samples with statistics tables, rendered as Word-style HTML with the merged cells of the
 * official forms and converted by LibreOffice to .docx, .doc and .pdf (scripts/make-roundtrip-fixtures.ts,
 * test/fixtures/roundtrip/MANIFEST.txt). Each file must give the Report the sample text gives: the
 * same template, indicators, rows (keys and values), metadata and validation findings.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract.js';
import { parseReportText } from '../../src/index.js';
import type { Report } from '../../src/types.js';
import { ROUNDTRIP_SAMPLES, renderSample } from '../../scripts/make-roundtrip-fixtures.js';

const FORMATS = ['html', 'docx', 'doc', 'pdf'] as const;
const fixture = (file: string): string => new URL(`../fixtures/roundtrip/${file}`, import.meta.url).pathname;
const sample = (name: string): Report =>
  parseReportText(readFileSync(new URL(`../../samples/${name}.txt`, import.meta.url), 'utf8'), {
    fileName: `${name}.txt`,
  });

/** Each table's rows as key (or label, when no form row matches) and values. */
const rows = (report: Report): Array<Array<[string, Array<number | null>]>> =>
  report.tables.map((table) =>
    table.rows.map((row): [string, Array<number | null>] => [
      row.key ?? `label:${row.label.replace(/\s+/g, '')}`,
      row.values,
    ]),
  );
/** Validation findings by code and severity, sorted. */
const findings = (report: Report): string[] =>
  report.diagnostics
    .filter((d) => d.origin === 'validate')
    .map((d) => `${d.code}:${d.severity}`)
    .sort();

describe.each(ROUNDTRIP_SAMPLES.map(({ name, sample }) => [name, sample ?? name]))(
  'round trip of %s',
  (name, sampleName) => {
    const expected = sample(sampleName);
    const reports = new Map<string, Report>();
    beforeAll(async () => {
      for (const format of FORMATS) reports.set(format, await extractReport(fixture(`${name}.${format}`)));
    }, 120_000);

    it('should be a sample with statistics tables and indicators', () => {
      expect(expected.template).not.toBeNull();
      expect(Object.keys(expected.indicators).length).toBeGreaterThan(20);
    });

    describe.each(FORMATS)('as .%s', (format) => {
      const report = (): Report => reports.get(format)!;

      it('should detect the same template and fill the same indicators with the same values', () => {
        expect(report().source?.format).toBe(format);
        expect(report().template).toBe(expected.template);
        expect(report().indicators).toEqual(expected.indicators);
      });

      it('should give the same tables, rows and values', () => {
        expect(rows(report())).toEqual(rows(expected));
        expect(report().tables.map((t) => t.columns.length)).toEqual(expected.tables.map((t) => t.columns.length));
      });

      it('should find the same metadata', () => {
        const { title, agency, year, publishedOn, contact } = report();
        expect({ title, agency, year, publishedOn, contact }).toEqual({
          title: expected.title,
          agency: expected.agency,
          year: expected.year,
          publishedOn: expected.publishedOn,
          contact: expected.contact,
        });
      });

      it('should report the same validation findings and no errors', () => {
        expect(findings(report())).toEqual(findings(expected));
        expect(report().diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        // Warnings come from validation only (the sample's), never from a misread table.
        expect(report().diagnostics.filter((d) => d.severity === 'warning' && d.origin !== 'validate')).toEqual([]);
      });

      it('should keep the numbered sections', () => {
        const headings = (r: Report): string[] => r.sections.map((s) => `${s.marker} ${s.heading.replace(/\s+/g, '')}`);
        expect(headings(report())).toEqual(headings(expected));
      });
    });
  },
);

describe('the repairs the PDFs need', () => {
  const codes = async (name: string): Promise<string[]> =>
    (await extractReport(fixture(`${name}.pdf`))).diagnostics.map((d) => d.code);

  it('should join a matrix row broken across pages under its repeated header', async () => {
    // LibreOffice lets the row break: （二）部分公开（区分处理的，只计这一情形，不计其他 | values, the header again, 情形）.
    // The next page's grid has one label column more; the importer still drops the repeated header
    // rows, and reads every value column (no values run together in one cell).
    const found = await codes('laiyang-market-regulation-2022-gov2021');
    expect(found).toEqual(
      expect.arrayContaining(['import-continuation-table-joined', 'normalise-continuation-row-rejoined']),
    );
    expect(found).not.toContain('assemble-values-split');
  });

  it('should join rows broken across pages in tables merged by the importer', async () => {
    for (const name of [
      'taizhou-natural-resources-2019-gov2019',
      'hangzhou-gongshu-health-2020-crlf-nbsp',
      'ningxiang-huaminglou-town-2023-notitle',
      'ningxiang-huaminglou-town-2023-notitle-table12pt',
    ]) {
      expect(await codes(name), name).toContain('normalise-continuation-row-rejoined');
    }
  });
});

describe('the round-trip fixtures', () => {
  it('should all be listed in MANIFEST.txt, with the LibreOffice version that made them', () => {
    const manifest = readFileSync(fixture('MANIFEST.txt'), 'utf8');
    expect(manifest).toMatch(/^soffice: LibreOffice \d/m);
    for (const { name } of ROUNDTRIP_SAMPLES)
      for (const format of FORMATS) expect(manifest).toContain(`${name}.${format}`);
  });

  it('should have been made from the samples as they are now (else run npm run fixtures:roundtrip)', () => {
    for (const { name, sample: sampleName, style } of ROUNDTRIP_SAMPLES) {
      const text = readFileSync(new URL(`../../samples/${sampleName ?? name}.txt`, import.meta.url), 'utf8');
      expect(readFileSync(fixture(`${name}.html`), 'utf8'), name).toBe(renderSample(text, style));
    }
  });
});
