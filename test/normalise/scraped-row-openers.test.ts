import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/pipeline/index.js';
import type { Report } from '../../src/types.js';

const read = (url: URL): string => readFileSync(url, 'utf8');
const scraped = read(new URL('../../samples/wuhan-jiangan-urban-management-2022-scraped-cells.txt', import.meta.url));
const pipe = read(new URL('./data/wuhan-jiangan-2022.pipe.txt', import.meta.url));

const tablesOf = (report: Report) =>
  report.tables.map((table) => ({
    clause: table.clause,
    columns: table.columns,
    rows: table.rows.map((row) => ({ key: row.key, label: row.label, values: row.values })),
  }));

describe('a scraped page whose table rows open with a lone | line', () => {
  // The page prints `|`, then one cell per line, the row's last cell closed by ` | |||` (fillers that do
  // not say where the empty cells were), and wraps 商业企业 as `商业 企业`.
  const fromPage = parseReportText(scraped);
  const fromPipes = parseReportText(pipe);

  it('reads every table as the pipe rendering of the same report', () => {
    expect(fromPage.template).toBe('gov-2021');
    expect(Object.keys(fromPage.indicators)).toHaveLength(200);
    expect(fromPage.indicators).toEqual(fromPipes.indicators);
    expect(tablesOf(fromPage)).toEqual(tablesOf(fromPipes));
  });

  it('reads the review and litigation matrix, which has no label column, from its first value', () => {
    expect(fromPage.indicators['review.upheld']).toBe(1);
    expect(fromPage.indicators['review.total']).toBe(1);
    expect(fromPage.indicators['litigation.direct.pending']).toBe(1);
    expect(fromPage.indicators['litigation.afterReview.total']).toBe(0);
  });

  it('ends a table at the first line after a closed row that opens no new row', () => {
    expect(fromPage.sections.map((section) => section.heading)).toEqual(
      fromPipes.sections.map((section) => section.heading),
    );
    expect(fromPage.sections[3]!.heading).toBe('政府信息公开行政复议、行政诉讼情况');
    expect(fromPage.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
