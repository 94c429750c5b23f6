/**
 * Ruled tables pdf-parse's geometry cannot read as it is: rulings it leaves out of their table, a cell
 * without a ruling under it (its `Table.toData` throws), a table search that fails outright. The text
 * of the page must never be lost; PDFs drawn here with exactly the rulings in question.
 */
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/extract.js';
import { tableFallbackDiagnostics } from '../../src/importers/pdf.js';
import { layoutPdf } from '../../src/importers/pdf-layout.js';
import { readPage } from '../../src/importers/pdf-source.js';
import { PdfThreadError, type ThreadDocument, type ThreadItem } from '../../src/importers/pdf-thread.js';
import { onePagePdf, type PdfRule, type PdfText } from './pdf-builder.js';
import { cellsOf, pipeRows } from './helpers.js';

const h = (y: number, x1: number, x2: number): PdfRule => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): PdfRule => ({ x1: x, y1, x2: x, y2 });
/** Text 4 pt right of a cell's left ruling. */
const cell = (x: number, y: number, text: string): PdfText => ({ x: x + 4, y, text });

describe('ruled tables pdf-parse cannot read as they are', () => {
  it('should keep the inner column rulings of a lower header band in their table', async () => {
    // The 2019/2021 applicant matrix in small: 申请人情况 over 自然人 | 法人或其他组织 | 总计, the middle
    // one divided below. The ruling under 法人或其他组织 meets only rulings that start below the top
    // one, so pdf-parse's one pass over the rulings leaves it and the column rulings under it out of
    // the table, and each row's values ran together in one cell (`5 3 1 9`).
    const [L, A, B, X, C, R] = [72, 172, 252, 312, 372, 452];
    const text = await importDocument(
      onePagePdf(
        [
          { x: 72, y: 70, text: 'Requests received' },
          cell(L, 120, 'Item'),
          cell(A, 120, 'Applicants'),
          cell(A, 150, 'Persons'),
          cell(B, 150, 'Organisations'),
          cell(C, 150, 'Total'),
          cell(B, 180, 'Firms'),
          cell(X, 180, 'Others'),
          ...['New', '5', '3', '1', '9'].map((t, i) => cell([L, A, B, X, C][i]!, 210, t)),
          ...['Old', '2', '0', '1', '3'].map((t, i) => cell([L, A, B, X, C][i]!, 240, t)),
        ],
        [
          h(100, L, R),
          h(130, A, R),
          h(160, B, C),
          h(190, L, R),
          h(220, L, R),
          h(250, L, R),
          v(L, 100, 250),
          v(A, 100, 250),
          v(R, 100, 250),
          v(B, 130, 250),
          v(C, 130, 250),
          v(X, 160, 250),
        ],
      ),
    );
    expect(text.text.split('\n')[0]).toBe('Requests received');
    expect(pipeRows(text.text).map(cellsOf)).toEqual([
      ['Item', 'Applicants', '', '', ''],
      ['', 'Persons', 'Organisations', '', 'Total'],
      ['', '', 'Firms', 'Others', ''],
      ['New', '5', '3', '1', '9'],
      ['Old', '2', '0', '1', '3'],
    ]);
    expect(text.diagnostics).toEqual([]);
  });

  // A titled two-column table whose last row's right cell has no ruling under it.
  const [L, M, R] = [72, 222, 372];
  const texts: PdfText[] = [
    { x: 72, y: 60, text: 'Annual report of the office' },
    cell(L, 120, 'Cases handled in the year'),
    ...[
      ['Item', 'Count'],
      ['Alpha', '12'],
      ['Beta', '34'],
      ['Gamma', '56'],
    ].flatMap(([label, count], i) => [cell(L, 150 + 30 * i, label!), cell(M, 150 + 30 * i, count!)]),
    { x: 72, y: 290, text: 'End of the report' },
  ];
  const rules = (bottom: PdfRule): PdfRule[] => [
    ...[100, 130, 160, 190, 220].map((y) => h(y, L, R)),
    bottom,
    v(L, 100, 250),
    v(M, 130, 250),
    v(R, 100, 250),
  ];
  const rows = [
    ['Cases handled in the year', ''],
    ['Item', 'Count'],
    ['Alpha', '12'],
    ['Beta', '34'],
    ['Gamma', '56'],
  ];

  it('should read a table whose cell has no ruling under it from its rulings, and warn with the page', async () => {
    // pdf-parse's Table.toData looks for a ruling under every cell and reads an undefined one here
    // (TypeError: Cannot read properties of undefined (reading 'from')): the page was skipped whole,
    // and this PDF of one page refused as corrupt.
    const text = await importDocument(onePagePdf(texts, rules(h(250, L, M))));
    expect(text.text.split('\n')).toEqual([
      'Annual report of the office',
      'Cases handled in the year | |',
      'Item | Count |',
      'Alpha | 12 |',
      'Beta | 34 |',
      'Gamma | 56 |',
      'End of the report',
    ]);
    expect(pipeRows(text.text).map(cellsOf)).toEqual(rows);
    expect(text.diagnostics).toHaveLength(1);
    expect(text.diagnostics[0]).toMatchObject({
      code: 'import-table-fallback',
      severity: 'warning',
      origin: 'import',
      page: 1,
      message: expect.stringContaining("Cannot read properties of undefined (reading 'from')"),
    });
  });

  it('should read the same cells from the rulings as pdf-parse does when it can', async () => {
    const closed = await importDocument(onePagePdf(texts, rules(h(250, L, R))));
    expect(pipeRows(closed.text).map(cellsOf)).toEqual(rows);
    expect(closed.diagnostics).toEqual([]);
  });
});

describe('readPage when the table search fails', () => {
  const items: ThreadItem[] = [
    { str: '信息内容', x: 80, y: 100, width: 48, size: 12, eol: false },
    { str: '本年制发件数', x: 240, y: 100, width: 72, size: 12, eol: true },
    { str: '规章', x: 80, y: 130, width: 24, size: 12, eol: false },
    { str: '1', x: 240, y: 130, width: 6, size: 12, eol: true },
    { str: '行政规范性文件', x: 80, y: 160, width: 84, size: 12, eol: false },
    { str: '8', x: 240, y: 160, width: 6, size: 12, eol: true },
  ];
  const document = (failure: Error): ThreadDocument => ({
    pages: 1,
    text: () => Promise.resolve({ height: 842, items }),
    tables: () => Promise.reject(failure),
    close: () => Promise.resolve(),
  });

  it('should keep every text item of the page, to be laid out from positions, and record why', async () => {
    const page = await readPage(document(new PdfThreadError('UnknownErrorException', 'Bad content stream')), 1);
    expect(page.items.map((item) => item.str)).toEqual([
      '信息内容',
      '本年制发件数',
      '规章',
      '1',
      '行政规范性文件',
      '8',
    ]);
    expect(page.tables).toEqual([]);
    expect(page.fallbacks).toEqual([{ reason: 'UnknownErrorException: Bad content stream', rebuilt: 'positions' }]);
    expect(tableFallbackDiagnostics([page])).toEqual([
      {
        code: 'import-table-fallback',
        severity: 'warning',
        origin: 'import',
        page: 1,
        message:
          "Page 1: the PDF table reader failed (UnknownErrorException: Bad content stream); the page's text was laid out from text positions, its tables rebuilt from them where possible.",
      },
    ]);
    // Laid out from positions, its lines of two cells each are still rows.
    const { sink, diagnostics } = layoutPdf([page]);
    expect(sink.lines).toEqual(['信息内容 | 本年制发件数 |', '规章 | 1 |', '行政规范性文件 | 8 |']);
    expect(diagnostics.map((d) => d.code)).toEqual(['import-table-reconstructed']);
  });

  it('should pass on why the thread stopped, which is no page’s fault', async () => {
    await expect(readPage(document(new Error('The PDF reader thread stopped (exit code 1).')), 1)).rejects.toThrow(
      'thread stopped',
    );
  });
});
