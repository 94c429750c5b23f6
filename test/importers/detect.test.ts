import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/importers/detect.js';
import { errorCode } from './helpers.js';
import { readFileSync } from 'node:fs';
import { fixture } from './helpers.js';
import { zipOf } from './zip-builder.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from([...values, ...Array<number>(32).fill(0x20)]);
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('detectFormat', () => {
  it('should detect the seed formats from their bytes, whatever their names', () => {
    expect(detectFormat(readFileSync(fixture('seed/report.pdf'))).format).toBe('pdf');
    expect(detectFormat(readFileSync(fixture('seed/report.docx'))).format).toBe('docx');
    expect(detectFormat(readFileSync(fixture('seed/report.doc'))).format).toBe('doc');
    expect(detectFormat(readFileSync(fixture('seed/report.html'))).format).toBe('html');
    expect(detectFormat(readFileSync(fixture('seed/report.gb18030.txt'))).format).toBe('text');
  });

  it('should find %PDF after leading junk within the first kilobyte', () => {
    expect(detectFormat(ascii(`${'\n'.repeat(100)}%PDF-1.4\n`)).format).toBe('pdf');
  });

  it('should detect HTML by its markup, after a BOM, whitespace or a comment', () => {
    expect(detectFormat(ascii('\ufeff  <!DOCTYPE html><html><body><p>报告</p></body></html>')).format).toBe('html');
    expect(detectFormat(ascii('<!-- saved from url -->\n<HTML><HEAD>')).format).toBe('html');
    expect(
      detectFormat(ascii('<?xml version="1.0" encoding="gb2312"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'))
        .format,
    ).toBe('html');
    expect(detectFormat(ascii('<table><tr><td>一、主动公开情况</td></tr></table>')).format).toBe('html');
    expect(detectFormat(ascii('一、概述\n<这不是标签>')).format).toBe('text');
  });

  it('should refuse RTF and images with IMPORT_UNSUPPORTED_FORMAT naming the format', () => {
    const cases: [Uint8Array, string][] = [
      [ascii('{\\rtf1\\ansi'), 'RTF'],
      [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), 'PNG'],
      [bytes(0xff, 0xd8, 0xff, 0xe0), 'JPEG'],
      [bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61), 'GIF'],
      [bytes(0x49, 0x49, 0x2a, 0x00), 'TIFF'],
    ];
    for (const [input, name] of cases) {
      expect(() => detectFormat(input)).toThrow(
        expect.objectContaining({ code: 'IMPORT_UNSUPPORTED_FORMAT', message: expect.stringContaining(name) }),
      );
    }
  });

  it('should tell DOCX, ODT, XLSX and other ZIPs apart by their entries', async () => {
    expect(
      detectFormat(zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' })).format,
    ).toBe('docx');
    expect(
      await errorCode(() =>
        detectFormat(zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' })),
      ),
    ).toBe('IMPORT_UNSUPPORTED_FORMAT');
    expect(() => detectFormat(zipOf({ 'xl/workbook.xml': '<x/>' }))).toThrow(/XLSX/);
    expect(() => detectFormat(zipOf({ 'readme.txt': 'hello' }))).toThrow(/ZIP archive/);
  });

  it('should refuse an encrypted Office file (an OLE2 EncryptedPackage) with IMPORT_ENCRYPTED', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from('EncryptedPackage', 'utf16le'), 512);
    expect(await errorCode(() => detectFormat(ole))).toBe('IMPORT_ENCRYPTED');
  });
});
