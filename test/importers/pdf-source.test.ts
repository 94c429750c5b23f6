import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPdfParse, readPdf, skipFontLoading } from '../../src/importers/pdf-source.js';
import { fixture } from './helpers.js';

const source = fileURLToPath(new URL('../../src/importers/pdf-source.ts', import.meta.url));

describe('loading pdf-parse', () => {
  it('should leave Array.prototype.push native after loading pdf.js, whose core-js replaces it on Node 20', () => {
    // A fresh process: in this one another test file may have loaded pdf.js already.
    const script = [
      'const native = Array.prototype.push;',
      `const { loadPdfParse } = await import(${JSON.stringify(source)});`,
      'const { PDFParse } = await loadPdfParse();',
      'const loaded = typeof PDFParse === "function" && typeof globalThis.pdfjsWorker?.WorkerMessageHandler === "function";',
      'process.stdout.write(JSON.stringify({ loaded, native: Array.prototype.push === native }));',
    ].join('\n');
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
    });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ loaded: true, native: true });
  });

  it('should load pdf-parse once per process', async () => {
    expect(await loadPdfParse()).toBe(await loadPdfParse());
  });
});

describe('skipFontLoading', () => {
  it('should find pdf.js’s font loader on a loaded document and make it a no-op', async () => {
    const { PDFParse, cMapUrl, standardFontDataUrl } = await loadPdfParse();
    const parser = new PDFParse({
      data: new Uint8Array(readFileSync(fixture('made/paged-ruled.pdf'))),
      cMapUrl,
      standardFontDataUrl,
      disableFontFace: false,
    });
    try {
      const document = await (parser as unknown as { load(): Promise<unknown> }).load();
      const loader = (document as unknown as { _transport: { fontLoader: { bind(font: unknown): Promise<void> } } })
        ._transport.fontLoader;
      // Unpatched, binding a font in Node fails for want of a DOM (pdf.js would then fall back to glyph paths).
      await expect(
        loader.bind({
          data: new Uint8Array(8),
          loadedName: 'g_test',
          mimetype: 'font/opentype',
          createFontFaceRule: () => '@font-face {}',
        }),
      ).rejects.toThrow();
      expect(skipFontLoading(document as unknown as Parameters<typeof skipFontLoading>[0])).toBe(true);
      await expect(loader.bind({})).resolves.toBeUndefined();
    } finally {
      await parser.destroy();
    }
  });

  it('should report a document without pdf.js’s loader', () => {
    expect(skipFontLoading({ numPages: 0, getPage: () => Promise.reject(new Error('none')) })).toBe(false);
  });

  it('should read the ruled tables of every page as before', async () => {
    const { pages } = await readPdf(new Uint8Array(readFileSync(fixture('made/paged-ruled.pdf'))));
    const tables = pages.flatMap((page) => page.tables);
    expect(tables.length).toBeGreaterThanOrEqual(2);
    expect(tables.every((table) => table.rows.length > 1 && table.rows[0]!.length >= 2)).toBe(true);
  });
});
