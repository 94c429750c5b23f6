import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractReport, importDocument } from '../../src/extract.js';
import type { ReportText } from '../../src/types.js';
import { cellsOf, errorCode, fixture, pipeRows, sampleLines } from './helpers.js';

/** Fixtures made by scripts/make-fixtures.ts with LibreOffice, qpdf, pdftoppm and img2pdf (test/fixtures/made/MANIFEST.txt). */
describe('the generated fixtures', () => {
  const texts = new Map<string, ReportText>();
  beforeAll(async () => {
    for (const file of [
      'paged-ruled.pdf',
      'borderless.pdf',
      'cms-page.gb2312.html',
      'matrix-2019.docx',
      'matrix-2019.doc',
      'traditional.big5.txt',
    ]) {
      texts.set(file, await importDocument(fixture(`made/${file}`)));
    }
  });

  it('should strip running headers and 第 N 页 共 M 页 footers from a PDF and keep its split table whole', () => {
    const text = texts.get('paged-ruled.pdf')!;
    expect(text.pages).toBe(4);
    expect(text.text).not.toMatch(/第 ?\d+ ?页/);
    expect(text.text.split('\n')).not.toContain('衢州市安全生产监督管理局2018年政府信息公开工作年度报告');
    expect(pipeRows(text.text)).toEqual(pipeRows(sampleLines));
    expect(text.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['import-continuation-furniture-removed', 'import-continuation-table-joined']),
    );
  });

  it('should record the page of every PDF line, continuing paragraphs across the page break', () => {
    const text = texts.get('paged-ruled.pdf')!;
    const lines = text.text.split('\n');
    const at = (prefix: string): number | null => text.lines[lines.findIndex((line) => line.startsWith(prefix))]!.page;
    expect(at('根据《中华人民共和国政府信息公开条例》')).toBe(1);
    expect(at('(三)接受培训人员数')).toBe(4);
    expect(text.lines.every((line) => typeof line.page === 'number')).toBe(true);
    // Justified lines are joined back into the sample's paragraphs.
    expect(lines.filter((line) => !line.includes('|')).length).toBe(
      sampleLines.filter((line) => !line.includes('|')).length,
    );
  });

  it('should rebuild a PDF table without rulings into the sample rows, from its header row on', () => {
    const text = texts.get('borderless.pdf')!;
    expect(pipeRows(text.text)).toEqual(pipeRows(sampleLines).slice(1));
    expect(text.text).not.toMatch(/^- ?\d+ ?-$/m);
    expect(text.diagnostics.map((d) => d.code)).toContain('import-table-reconstructed');
  });

  it('should find the report inside a GB2312 CMS page and take its title and date from the page', () => {
    const text = texts.get('cms-page.gb2312.html')!;
    expect(text.encoding).toBe('gb18030');
    const lines = text.text.split('\n');
    expect(lines[0]).toBe('衢州市安全生产监督管理局2018年政府信息公开工作年度报告');
    // The date line comes from 发布时间 (not from the document.write date), placed before 附件 as the signature date.
    expect(lines.slice(1)).toEqual(sampleLines);
    expect(text.text).not.toMatch(/首页|网站标识码|当前位置|2020年1月1日|公开指南/);
    expect(text.diagnostics.map((d) => d.code)).toEqual(['import-metadata-from-page']);
  });

  it('should extract from the CMS page a Report titled and dated from the page', async () => {
    const report = await extractReport(readFileSync(fixture('made/cms-page.gb2312.html')), {
      fileName: 'cms-page.html',
    });
    expect(report.title).toBe('衢州市安全生产监督管理局2018年政府信息公开工作年度报告');
    expect(report.publishedOn).toBe('2019-01-07');
    expect(report.tables[0]!.rows).toHaveLength(84);
    expect(report.source).toEqual({ format: 'html', encoding: 'gb18030', fileName: 'cms-page.html', pages: null });
  });

  it('should expand merged DOCX cells as empty cells on the table grid', () => {
    const rows = pipeRows(texts.get('matrix-2019.docx')!.text).map(cellsOf);
    expect(rows[1]).toEqual(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']);
    expect(rows[3]).toEqual(['一、本年新收政府信息公开申请数量', '', '', '12', '3', '0', '0', '1', '0', '16']);
    expect(rows[7]).toEqual(['', '（三）不予公开', '1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0']);
    expect(rows.at(-1)).toEqual(['1', '0', '0', '0', '1', '0', '0', '0', '1', '1', '0', '0', '0', '0', '0']);
  });

  it('should rebuild the run-together rows of a wide .doc table into the same data rows as the DOCX', () => {
    const doc = texts.get('matrix-2019.doc')!;
    const docxRows = pipeRows(texts.get('matrix-2019.docx')!.text);
    const docRows = pipeRows(doc.text);
    expect(docRows.slice(3, 10)).toEqual(docxRows.slice(3, 10));
    expect(docRows.at(-1)).toBe(docxRows.at(-1));
    // The heading that ran into the last row is a line of its own again.
    expect(doc.text.split('\n')).toContain('四、政府信息公开行政复议、行政诉讼情况');
    expect(doc.text.split('\n')).toContain('五、存在的主要问题及改进情况');
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['import-doc-rows-rebuilt']);
  });

  it('should detect and decode a Big5 traditional-character text', () => {
    const text = texts.get('traditional.big5.txt')!;
    expect(text.encoding).toBe('big5');
    expect(text.text).toBe(readFileSync(fixture('src/traditional.txt'), 'utf8'));
    expect(text.diagnostics.map((d) => d.code)).toEqual(['import-encoding-guessed']);
  });

  it('should refuse a scanned PDF with IMPORT_NO_TEXT_LAYER saying OCR is needed', async () => {
    await expect(importDocument(fixture('made/scanned.pdf'))).rejects.toMatchObject({
      code: 'IMPORT_NO_TEXT_LAYER',
      message: expect.stringContaining('OCR'),
    });
  });

  it('should refuse a PDF that needs a user password with IMPORT_ENCRYPTED', async () => {
    expect(await errorCode(() => importDocument(fixture('made/encrypted-user.pdf')))).toBe('IMPORT_ENCRYPTED');
  });

  it('should skip a damaged PDF page with a warning and keep what pdf.js can still read', async () => {
    // Page 2's /Kids entry is broken; pdf.js then counts 2 pages and can read only the first.
    const text = await importDocument(fixture('made/damaged-page.pdf'));
    expect(text.diagnostics[0]).toMatchObject({ code: 'import-page-unreadable', severity: 'warning', page: 2 });
    expect(text.text.split('\n')[0]).toBe(sampleLines[0]);
    expect(text.lines.every((line) => line.page === 1)).toBe(true);
  });

  it('should import a PDF with only an owner password normally', async () => {
    const text = await importDocument(fixture('made/encrypted-owner.pdf'));
    expect(text.pages).toBe(5);
    expect(pipeRows(text.text)).toEqual(pipeRows(sampleLines));
  });
});
