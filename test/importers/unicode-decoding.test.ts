import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';
import { errorCode } from './helpers.js';

/** How many times the legacy decoding module (iconv-lite, chardet) was loaded. */
const loads = vi.hoisted(() => ({ encoding: 0 }));
vi.mock('../../src/importers/encoding.js', async (importOriginal) => {
  loads.encoding++;
  return await importOriginal();
});

const { importDocument } = await import('../../src/extract.js');
const { decodeUtf8 } = await import('../../src/importers/unicode-decoding.js');

const report = '一、概述\n2018年主动公开政府信息共502条(其中规范性文件3件)。\n一、主动公开情况 | —— | 502 |\n';
const bom = Buffer.from([0xef, 0xbb, 0xbf]);

describe('importDocument on text', () => {
  it('should decode UTF-8 without loading iconv-lite and chardet, and load them for other encodings', async () => {
    // First in this file: nothing has loaded encoding.ts yet.
    const before = loads.encoding;
    expect(before).toBe(0);
    const utf8 = await importDocument(Buffer.from(report, 'utf8'));
    expect(utf8).toMatchObject({ encoding: 'utf-8', text: report });
    const withBom = await importDocument(Buffer.concat([bom, Buffer.from(report, 'utf8')]));
    expect(withBom).toMatchObject({ encoding: 'utf-8', text: report });
    expect(loads.encoding).toBe(before);
    const gb = await importDocument(iconv.encode(report, 'gb18030'));
    expect(gb).toMatchObject({ encoding: 'gb18030', text: report });
    expect(loads.encoding).toBe(before + 1);
  });
});

describe('decodeUtf8, the text importer’s first try', () => {
  it('should give what decodeText gives on the UTF-8 it takes, and leave everything else to it', async () => {
    const { decodeText } = await import('../../src/importers/encoding.js');
    const taken = [
      Buffer.from(report, 'utf8'),
      Buffer.concat([bom, Buffer.from(report, 'utf8')]),
      Buffer.concat([bom, bom, Buffer.from(report, 'utf8')]), // two BOMs: both dropped, as decodeText drops them
      Buffer.from('plain ASCII report text\r\n', 'utf8'),
      Buffer.from(`${report}\u00a0\u3000\ud840\udc00 𠀀\f`, 'utf8'),
    ];
    for (const bytes of taken) expect(decodeUtf8(bytes)).toEqual(decodeText(bytes));
    const left = [
      iconv.encode(report, 'gb18030'),
      iconv.encode(report, 'big5'),
      iconv.encode(report, 'utf-16le'), // no BOM: the NUL pattern
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(report, 'utf-16le')]),
      Buffer.concat([bom, Buffer.from(report, 'utf8'), Buffer.from([0xff, 0x41])]), // UTF-8 BOM, invalid after it
    ];
    for (const bytes of left) {
      expect(decodeUtf8(bytes)).toBeNull();
      expect(() => decodeText(bytes)).not.toThrow();
    }
  });

  it('should refuse valid UTF-8 that is mostly control characters, as decodeText does', async () => {
    const controls = Buffer.from('\u0001\u0002\u0003abc\u0004\u0005', 'utf8');
    const { decodeText } = await import('../../src/importers/encoding.js');
    expect(await errorCode(() => decodeUtf8(controls))).toBe('IMPORT_UNDECODABLE');
    expect(await errorCode(() => decodeText(controls))).toBe('IMPORT_UNDECODABLE');
  });
});
