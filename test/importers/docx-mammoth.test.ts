import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { convertDocxToHtml, mammothZip } from '../../src/importers/docx-mammoth.js';
import type { MammothXml } from '../../src/importers/docx-xml.js';
import { inflateZipEntries, readZipEntries } from '../../src/importers/zip.js';
import { errorCode, fixture } from './helpers.js';
import { zipOf } from './zip-builder.js';

const require = createRequire(import.meta.url);
const xml = require('mammoth/lib/xml/index.js') as MammothXml;
const xmldomReader = (require('mammoth/lib/xml/reader.js') as Pick<MammothXml, 'readString'>).readString;

const OPTIONS = {
  externalFileAccess: false,
  convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
};

/** mammoth's own `convertToHtml` on the bytes, with its own XML reader (JSZip, xmldom, style map parsed per call). */
async function mammothItself(bytes: Uint8Array): Promise<{ value: string; messages: unknown[] }> {
  const current = xml.readString;
  xml.readString = xmldomReader;
  try {
    return await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, OPTIONS);
  } finally {
    xml.readString = current;
  }
}

function zipFor(bytes: Uint8Array): ReturnType<typeof mammothZip> {
  const entries = readZipEntries(bytes);
  return mammothZip(bytes, entries, inflateZipEntries(bytes, entries, 100 * 1024 * 1024));
}

describe('convertDocxToHtml (mammoth step by step)', () => {
  it.each(['seed/report.docx', 'made/matrix-2019.docx'])(
    'should give mammoth’s own HTML and messages for %s, twice',
    async (path) => {
      const bytes = new Uint8Array(readFileSync(fixture(path)));
      const expected = await mammothItself(bytes);
      expect(expected.value.length).toBeGreaterThan(1000);
      // The second conversion uses the style rules parsed by the first.
      for (let i = 0; i < 2; i++) expect(await convertDocxToHtml(zipFor(bytes), OPTIONS)).toStrictEqual(expected);
    },
  );

  it('should honour a style map embedded in the document, as mammoth does', async () => {
    const seed = readFileSync(fixture('seed/report.docx'));
    const embedded = await mammoth.embedStyleMap(
      { buffer: seed },
      "p[style-name='Heading 2'] => h4:fresh\np[style-name='Text Body'] => div.body:fresh\nnot a rule",
    );
    const bytes = new Uint8Array(embedded.toBuffer());
    const expected = await mammothItself(bytes);
    expect(expected.value).toContain('<h4>');
    expect(expected.messages.length).toBeGreaterThan(0);
    for (let i = 0; i < 2; i++) expect(await convertDocxToHtml(zipFor(bytes), OPTIONS)).toStrictEqual(expected);
  });
});

describe('mammothZip (the archive mammoth reads, from inflated entries)', () => {
  const files = { 'word/document.xml': '\uFEFF<doc>中文</doc>', 'word/media/image1.png': 'PNG bytes', 'word/': '' };

  it.each([false, true])('should read entries as JSZip does (deflated: %s)', async (deflate) => {
    const bytes = zipOf(files, undefined, deflate);
    const ours = zipFor(bytes);
    const { openArrayBuffer } = require('mammoth/lib/zipfile.js') as {
      openArrayBuffer(data: Uint8Array): Promise<typeof ours>;
    };
    const jszip = await openArrayBuffer(bytes);
    for (const name of ['word/document.xml', 'word/media/image1.png', 'word/', 'missing.xml', 'WORD/DOCUMENT.XML']) {
      expect(ours.exists(name), name).toBe(jszip.exists(name));
    }
    for (const name of ['word/document.xml', 'word/media/image1.png']) {
      for (const encoding of ['utf-8', 'utf8', 'base64', undefined]) {
        expect(await ours.read(name, encoding), `${name} ${encoding}`).toStrictEqual(await jszip.read(name, encoding));
      }
    }
  });

  it('should refuse to read a missing entry, and report a damaged image as IMPORT_CORRUPT', async () => {
    await expect(zipFor(zipOf(files)).read('missing.xml')).rejects.toThrow('missing.xml');
    // The image (not inflated up front) claims more bytes than it holds.
    const bytes = zipOf(files, { 'word/media/image1.png': 64 }, true);
    expect(await errorCode(() => zipFor(bytes).read('word/media/image1.png'))).toBe('IMPORT_CORRUPT');
  });
});
