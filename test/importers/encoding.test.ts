import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/extract.js';
import { canonicalEncoding, decodeText, normaliseLineEnds } from '../../src/importers/encoding.js';
import { errorCode } from './helpers.js';

const report = '一、概述\n2018年主动公开政府信息共502条(其中规范性文件3件)。\n一、主动公开情况 | —— | 502 |\n';

describe('decodeText', () => {
  it('should detect BOM-less UTF-16LE and UTF-16BE by their NUL pattern', () => {
    expect(decodeText(iconv.encode(report, 'utf-16le'))).toMatchObject({
      text: report,
      encoding: 'utf-16le',
      method: 'nul-pattern',
    });
    expect(decodeText(iconv.encode(report, 'utf-16be'))).toMatchObject({
      text: report,
      encoding: 'utf-16be',
      method: 'nul-pattern',
    });
  });

  it('should honour a BOM before anything else and drop it', () => {
    const withBom = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(report, 'utf-16be')]);
    expect(decodeText(withBom)).toMatchObject({ text: report, encoding: 'utf-16be', method: 'bom' });
  });

  it('should read valid UTF-8 as UTF-8 without guessing', () => {
    expect(decodeText(Buffer.from(report, 'utf8'))).toMatchObject({ encoding: 'utf-8', method: 'utf-8' });
  });

  it('should read GBK bytes as GB18030, keeping characters outside GBK', () => {
    const text = `${report}㐀䶵𠀀 are GB18030 four-byte characters.\n`;
    const decoded = decodeText(iconv.encode(text, 'gb18030'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(text);
  });

  it('should map gb2312 and gbk labels to gb18030 and refuse unknown labels with INVALID_OPTION', async () => {
    expect(canonicalEncoding('GB2312')).toBe('gb18030');
    expect(canonicalEncoding('gbk')).toBe('gb18030');
    expect(canonicalEncoding('Big5')).toBe('big5');
    expect(decodeText(iconv.encode(report, 'gbk'), 'gb2312').text).toBe(report);
    expect(await errorCode(() => decodeText(Buffer.from('abc'), 'no-such-encoding'))).toBe('INVALID_OPTION');
  });

  it('should refuse binary data with IMPORT_UNDECODABLE', async () => {
    const binary = Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256);
    expect(await errorCode(() => decodeText(binary))).toBe('IMPORT_UNDECODABLE');
    expect(await errorCode(() => importDocument(binary))).toBe('IMPORT_UNDECODABLE');
  });

  it('should turn CRLF, lone CR and form feeds into LF', () => {
    expect(normaliseLineEnds('a\r\nb\rc\fd\n')).toBe('a\nb\nc\nd\n');
  });
});

describe('importDocument on text', () => {
  it('should honour a forced encoding and report it', async () => {
    const traditional = '一、概述\n2018年主動公開政府信息共502條。\n';
    const text = await importDocument(iconv.encode(traditional, 'big5'), { encoding: 'big5' });
    expect(text).toMatchObject({ format: 'text', encoding: 'big5', pages: null });
    expect(text.text).toBe(traditional);
  });

  it('should warn about bytes that a forced encoding cannot decode', async () => {
    const bytes = Buffer.concat([Buffer.from(report.repeat(3), 'utf8'), Buffer.from([0xff, 0xfe, 0x41])]);
    const text = await importDocument(bytes, { encoding: 'utf-8' });
    expect(text.diagnostics).toEqual([
      expect.objectContaining({ code: 'import-replacement-characters', severity: 'warning', origin: 'import' }),
    ]);
    expect(text.text).toContain('\ufffd');
  });

  it('should refuse a whitespace-only text with IMPORT_EMPTY', async () => {
    expect(await errorCode(() => importDocument(Buffer.from(' \r\n\t\n')))).toBe('IMPORT_EMPTY');
  });
});
