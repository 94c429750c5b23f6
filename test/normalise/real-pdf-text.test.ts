import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rebuildTables } from '../../src/normalise/tables/index.js';
import { parseReportText } from '../../src/pipeline/index.js';

const pdfText = readFileSync(new URL('./data/seed-pdf-parse.txt', import.meta.url), 'utf8');
const sample = readFileSync(new URL('../../samples/quzhou-safety-2018.txt', import.meta.url), 'utf8');
const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe('rebuildTables on real pdf-parse text of the seed PDF', () => {
  const result = rebuildTables(pdfText);
  const rows = result.text.split('\n').filter((l) => l.includes('|'));
  const expected = sample.split('\n').filter((l) => l.includes('|'));

  it('should rebuild every row of the sample table across three page breaks', () => {
    expect(rows.map(squeeze)).toEqual(expected.map(squeeze));
  });

  it('should report the page markers and repeated titles it removed', () => {
    const codes = result.diagnostics.map((d) => `${d.code}@${d.position?.start.line}`);
    expect(codes).toEqual([
      'normalise-table-rebuilt@74',
      'normalise-continuation-furniture-removed@103',
      'normalise-continuation-header-removed@105',
      'normalise-continuation-furniture-removed@139',
      'normalise-continuation-header-removed@141',
    ]);
  });

  it('should join the label wrapped onto a second line', () => {
    expect(rows).toContain(
      '(四)政府信息公开专项经费(不包括用于政府公报编辑管理及政府网站建设维护等方面的经费) | 万元 | |',
    );
  });

  it('should leave the page marker after the table and the narrative as they are', () => {
    const out = result.text.split('\n');
    const lastRow = out.findLastIndex((l) => l.includes('|'));
    expect(out.slice(lastRow + 1).filter((l) => l.trim())).toEqual(['-- 5 of 5 --']);
    const firstRow = out.findIndex((l) => l.includes('|'));
    expect(out.slice(0, firstRow)).toEqual(pdfText.split('\n').slice(0, firstRow));
  });

  it('should let parseReportText read the same table values and units as from the sample', () => {
    const fromPdf = parseReportText(result.text).tables;
    const fromSample = parseReportText(sample).tables;
    const view = (t: (typeof fromPdf)[number]) => ({
      columns: t.columns,
      rows: t.rows.map((r) => [r.marker, squeeze(r.label), r.unit, r.values, r.depth, r.parent]),
    });
    expect(fromPdf.map(view)).toEqual(fromSample.map(view));
  });
});
