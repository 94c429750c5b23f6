import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/importers/pdf-source.js';
import { openPdf, PdfThreadError } from '../../src/importers/pdf-thread.js';
import { errorCode, fixture } from './helpers.js';

const pdf = (path: string): Uint8Array => new Uint8Array(readFileSync(fixture(path)));

describe('readPdf (pdf.js in its own thread)', () => {
  it('should read the ruled tables of every page as before', async () => {
    const { pages } = await readPdf(pdf('made/paged-ruled.pdf'));
    const tables = pages.flatMap((page) => page.tables);
    expect(tables.length).toBeGreaterThanOrEqual(2);
    expect(tables.every((table) => table.rows.length > 1 && table.rows[0]!.length >= 2)).toBe(true);
  });

  it('should read several PDFs at once in the one thread, each as alone', async () => {
    const files = ['made/paged-ruled.pdf', 'seed/report.pdf', 'made/borderless.pdf'];
    const alone = [];
    for (const file of files) alone.push(await readPdf(pdf(file)));
    expect(await Promise.all(files.map((file) => readPdf(pdf(file))))).toStrictEqual(alone);
  });

  it('should leave the caller’s bytes usable, a Buffer too (a copy goes to the thread)', async () => {
    for (const bytes of [pdf('seed/report.pdf'), readFileSync(fixture('seed/report.pdf'))]) {
      const copy = new Uint8Array(bytes);
      await readPdf(bytes);
      expect(bytes.byteLength).toBe(copy.byteLength);
      expect(new Uint8Array(bytes)).toStrictEqual(copy);
    }
  });

  it('should stop between pages when the signal fires', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await errorCode(() => readPdf(pdf('made/paged-ruled.pdf'), controller.signal))).toBe('ABORTED');
  });

  it('should pass pdf.js’s exceptions on by name and message, and keep working after them', async () => {
    const error = await openPdf(new TextEncoder().encode('%PDF-1.7\nnot a pdf'), {}).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PdfThreadError);
    expect((error as PdfThreadError).name).toBe('InvalidPDFException');
    const encrypted = await openPdf(pdf('made/encrypted-user.pdf'), {}).catch((thrown: unknown) => thrown);
    expect((encrypted as PdfThreadError).name).toBe('PasswordException');
    const document = await openPdf(pdf('seed/report.pdf'), {});
    try {
      expect(document.pages).toBeGreaterThan(0);
      await expect(document.tables(1, false)).rejects.toThrow('Page 1 was not read');
      expect((await document.text(1)).items.length).toBeGreaterThan(0);
      await expect(document.tables(1, false)).resolves.toEqual({ tables: [], inCells: [], fallbacks: [] });
    } finally {
      await document.close();
    }
    await expect(document.text(1)).rejects.toThrow('No open document');
  });
});
