import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/extract.js';
import { errorCode, fixture } from './helpers.js';
import { zipOf } from './zip-builder.js';

const seed = (name: string): Uint8Array => readFileSync(fixture(`seed/${name}`));

describe('importDocument errors', () => {
  it('should read a file path, a file URL and bytes alike', async () => {
    const fromPath = await importDocument(fixture('seed/report.utf8.txt'));
    const fromUrl = await importDocument(pathToFileURL(fixture('seed/report.utf8.txt')));
    const fromBytes = await importDocument(seed('report.utf8.txt'));
    expect(fromUrl.text).toBe(fromPath.text);
    expect(fromBytes.text).toBe(fromPath.text);
  });

  it('should refuse a missing file with FILE_NOT_FOUND and a directory with FILE_UNREADABLE', async () => {
    expect(await errorCode(() => importDocument(fixture('seed/no-such-report.pdf')))).toBe('FILE_NOT_FOUND');
    expect(await errorCode(() => importDocument(fixture('seed')))).toBe('FILE_UNREADABLE');
  });

  it('should refuse inputs that are not paths, file URLs or bytes with INVALID_INPUT', async () => {
    expect(await errorCode(() => importDocument(new URL('https://example.gov.cn/report.pdf')))).toBe('INVALID_INPUT');
    expect(await errorCode(() => importDocument(42 as unknown as string))).toBe('INVALID_INPUT');
  });

  it('should refuse bad options with INVALID_OPTION', async () => {
    expect(await errorCode(() => importDocument(seed('report.utf8.txt'), { format: 'odt' as 'text' }))).toBe(
      'INVALID_OPTION',
    );
    expect(await errorCode(() => importDocument(seed('report.utf8.txt'), { maxBytes: -1 }))).toBe('INVALID_OPTION');
  });

  it('should refuse an empty file with IMPORT_EMPTY', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'importers-'));
    writeFileSync(join(dir, 'empty.pdf'), '');
    expect(await errorCode(() => importDocument(join(dir, 'empty.pdf')))).toBe('IMPORT_EMPTY');
  });

  it('should refuse inputs over the size limit with IMPORT_TOO_LARGE before reading them', async () => {
    expect(await errorCode(() => importDocument(fixture('seed/report.pdf'), { maxBytes: 1000 }))).toBe(
      'IMPORT_TOO_LARGE',
    );
    expect(await errorCode(() => importDocument(seed('report.utf8.txt'), { maxBytes: 1000 }))).toBe('IMPORT_TOO_LARGE');
  });

  it('should refuse a DOCX whose entries would inflate past the limit before inflating them', async () => {
    const bomb = zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }, 3_000_000_000);
    expect(await errorCode(() => importDocument(bomb))).toBe('IMPORT_TOO_LARGE');
    expect(await errorCode(() => importDocument(seed('report.docx'), { maxBytes: 20_000 }))).toBe('IMPORT_TOO_LARGE');
  });

  it('should stop inflating a DOCX entry that understates its size, before mammoth reads it', async () => {
    const understated = zipOf(
      {
        '[Content_Types].xml': '<Types/>',
        'word/document.xml': `<w:document>${'<w:p/>'.repeat(2_000_000)}</w:document>`,
      },
      { 'word/document.xml': 1000 },
      true,
    );
    expect(understated.byteLength).toBeLessThan(100_000);
    await expect(importDocument(understated)).rejects.toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      message: expect.stringContaining('declares'),
    });
  });

  it('should refuse truncated or corrupt PDF, DOCX and .doc files with IMPORT_CORRUPT', async () => {
    const docx = seed('report.docx');
    expect(await errorCode(() => importDocument(docx.subarray(0, docx.length - 200)))).toBe('IMPORT_CORRUPT');
    const brokenDocx = zipOf({ '[Content_Types].xml': 'not xml', 'word/document.xml': '<w:document' });
    expect(await errorCode(() => importDocument(brokenDocx))).toBe('IMPORT_CORRUPT');
    expect(
      await errorCode(() => importDocument(new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body at all\n'))),
    ).toBe('IMPORT_CORRUPT');
    const doc = seed('report.doc');
    expect(await errorCode(() => importDocument(doc.subarray(0, 4096)))).toBe('IMPORT_CORRUPT');
    // Cut anywhere, even inside the last directory sector, a .doc is corrupt, not "not a Word document".
    for (let cut = 512; cut < doc.length; cut += 4096)
      expect(await errorCode(() => importDocument(doc.subarray(0, cut)))).toBe('IMPORT_CORRUPT');
    expect(await errorCode(() => importDocument(doc.subarray(0, 61952)))).toBe('IMPORT_CORRUPT');
  });

  it('should stop with ABORTED when the signal has fired, before or during the import', async () => {
    expect(await errorCode(() => importDocument(seed('report.utf8.txt'), { signal: AbortSignal.abort() }))).toBe(
      'ABORTED',
    );
    const controller = new AbortController();
    const running = importDocument(seed('report.pdf'), { signal: controller.signal });
    controller.abort();
    expect(await errorCode(() => running)).toBe('ABORTED');
  });

  it('should leave the caller’s bytes intact (pdf.js detaches what it is given)', async () => {
    const bytes = readFileSync(fixture('made/scanned.pdf'));
    const length = bytes.byteLength;
    expect(await errorCode(() => importDocument(bytes, { format: 'pdf' }))).toBe('IMPORT_NO_TEXT_LAYER');
    expect(bytes.byteLength).toBe(length);
  });
});

describe('text size limit', () => {
  it('should refuse to parse a text longer than maxTextLength with IMPORT_TOO_LARGE, and parse it when allowed', async () => {
    const { extractReport } = await import('../../src/extract.js');
    const text = new TextEncoder().encode(`一、概述\n${'正文。'.repeat(2000)}\n`);
    await expect(extractReport(text, { maxTextLength: 1000 })).rejects.toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      message: expect.stringContaining('maxTextLength'),
    });
    const report = await extractReport(text, { maxTextLength: 10_000 });
    expect(report.sections[0]!.heading).toBe('概述');
    await expect(extractReport(text, { maxTextLength: -1 })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });
});
