import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readXmlFast, useFastXmlReader, type MammothXml } from '../../src/importers/docx-xml.js';
import { inflateZipEntries, readZipEntries } from '../../src/importers/zip.js';
import { fixture } from './helpers.js';

const require = createRequire(import.meta.url);
/** mammoth's XML module, whose `readString` the importer replaces. */
const xml = require('mammoth/lib/xml/index.js') as MammothXml;
/** mammoth's own reader (xmldom), never replaced: the reference. */
const reference = (require('mammoth/lib/xml/reader.js') as Pick<MammothXml, 'readString'>).readString;

/** The namespaces mammoth's office XML reader maps (a part of its map, and one URI it does not map). */
const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'content-types',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
};

/** What mammoth's reader gives: the tree, or the error it rejects with. */
async function settle(read: () => Promise<unknown>): Promise<unknown> {
  try {
    return { tree: await read() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The XML parts of a DOCX fixture. */
function xmlParts(path: string): [string, string][] {
  const bytes = new Uint8Array(readFileSync(fixture(path)));
  const entries = readZipEntries(bytes);
  const inflated = inflateZipEntries(bytes, entries, 100 * 1024 * 1024);
  return [...inflated]
    .filter(([name]) => /\.(?:xml|rels)$/.test(name))
    .map(([name, data]) => [name, new TextDecoder().decode(data)]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** Inside the subset: the fast reader must give exactly what xmldom gives. */
const INSIDE: Record<string, string> = {
  declaration: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body/></w:document>`,
  entities: `<w:t ${W}>a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; e & f &amp</w:t>`,
  'character references': `<w:t ${W}>&#65;&#x42;&#x1F600;&#20013;</w:t>`,
  'attribute whitespace and references': `<w:p ${W} w:val="a\tb\nc &amp; &#x41;" w:other='single "quoted"'/>`,
  'CRLF and CR line endings': `<w:p ${W}>\r\n<w:t xml:space="preserve"> a\rb\r\n</w:t>\u2028</w:p>`,
  'whitespace text between elements': `<w:p ${W}>\n  <w:r>\n    <w:t>x</w:t>\n  </w:r>\n</w:p>`,
  'default, unmapped and no namespace': `<root xmlns="urn:example:unmapped" a="1"><child xmlns="" b="2"/><w:x ${W} w:y="3" plain="4"/></root>`,
  'prefix redeclared below': `<w:a ${W}><w:b xmlns:w="urn:example:other"><w:c w:d="1"/></w:b><w:e/></w:a>`,
  'self-closing with whitespace': `<w:a ${W} ><w:b /><w:c\n/></w:a>`,
  'greater-than in text': `<w:t ${W}>1 > 0 ]]></w:t>`,
  'empty root': `<w:document ${W}/>`,
};

/** Outside the subset: the fast reader declines, and mammoth's own reader decides (value or error). */
const OUTSIDE: Record<string, string> = {
  comment: `<w:a ${W}><!-- c --><w:b/></w:a>`,
  CDATA: `<w:t ${W}><![CDATA[x]]></w:t>`,
  DOCTYPE: `<!DOCTYPE w:a><w:a ${W}/>`,
  'processing instruction': `<w:a ${W}><?target data?></w:a>`,
  'unknown entity': `<w:t ${W}>&nbsp;</w:t>`,
  'malformed character reference': `<w:t ${W}>&#x;&#1a;</w:t>`,
  'undeclared prefix': '<x:a/>',
  'duplicate attribute': `<w:a ${W} w:b="1" w:b="2"/>`,
  'mismatched end tag': `<w:a ${W}><w:b></w:c></w:a>`,
  'end tag with whitespace': `<w:a ${W}></w:a >`,
  'unquoted attribute': `<w:a ${W} w:b=1/>`,
  'less-than in attribute': `<w:a ${W} w:b="<"/>`,
  'attributes without whitespace': `<w:a ${W} w:b="1"w:c="2"/>`,
  'text outside the root': `x<w:a ${W}/>`,
  'two roots': `<w:a ${W}/><w:b ${W}/>`,
  truncated: `<w:a ${W}><w:b>`,
  'non-ASCII name': '<名/>',
  empty: '',
};

describe('readXmlFast (mammoth XML parts without xmldom)', () => {
  it('should read every XML part of the DOCX fixtures exactly as mammoth’s xmldom reader does', async () => {
    for (const path of ['seed/report.docx', 'made/matrix-2019.docx']) {
      const parts = xmlParts(path);
      expect(parts.length).toBeGreaterThan(3);
      for (const [name, text] of parts) {
        const fast = readXmlFast(text, NAMESPACES, xml);
        expect(fast, `${path} ${name}`).not.toBeNull();
        expect(fast, `${path} ${name}`).toStrictEqual(await reference(text, NAMESPACES));
      }
    }
  });

  it.each(Object.entries(INSIDE))('should give xmldom’s tree for %s', async (_, text) => {
    const fast = readXmlFast(text, NAMESPACES, xml);
    expect(fast).not.toBeNull();
    expect(fast).toStrictEqual(await reference(text, NAMESPACES));
  });

  it.each(Object.entries(OUTSIDE))('should leave %s to xmldom', (_, text) => {
    expect(readXmlFast(text, NAMESPACES, xml)).toBeNull();
  });

  it('should make mammoth’s readString answer as before, fast or not, errors included', async () => {
    useFastXmlReader(xml);
    useFastXmlReader(xml); // once per process: a second call does not wrap again
    for (const text of [...Object.values(INSIDE), ...Object.values(OUTSIDE)]) {
      expect(await settle(() => xml.readString(text, NAMESPACES)), text).toStrictEqual(
        await settle(() => reference(text, NAMESPACES)),
      );
    }
  });
});
