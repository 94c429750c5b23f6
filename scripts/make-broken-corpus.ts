/**
 * Writes the broken-file corpus that `npm run fuzz` feeds to `extractReport` (issue #7):
 * - every file under test/fixtures truncated at 10 points and bit-flipped at 20 points;
 * - a password-protected PDF (RC4, standard security handler R2, user password "secret"),
 *   a scanned PDF (one image, no text layer), an HTML error page named .pdf;
 * - DOCX files: an XML entity-expansion bomb in document.xml, a ZIP whose headers declare a
 *   4 GiB document.xml in 1 KB, a real deflate bomb (about 1 MB expanding to 1.1 GiB), the same
 *   bomb with headers understating it as 4 KB, and an overlapping-entry ZIP (1,100 entries sharing
 *   one 1 MiB-expanding body: >1 GiB if all inflated). DEFLATE cannot expand more than 1032:1, so
 *   "1 KB to >1 GB" exists only as declared sizes; the real bombs are ~1 MB;
 * - .doc files with a corrupt FAT (garbage) and a FAT whose chains loop;
 * - 0-byte files with each extension, a 200 MB text file, and a 99 MB one (just under the
 *   importers' 100 MB default limit: the largest text they accept).
 * Everything is generated here, deterministically, from Node built-ins: no external tools.
 *
 * Usage: tsx scripts/make-broken-corpus.ts [--out DIR] [--no-huge]
 * Default DIR: $TMPDIR/gov-report-broken-corpus. Prints one line per group and the total.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  openSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, crc32, createDeflateRaw, deflateRawSync, deflateSync } from 'node:zlib';

const root = process.env['GOV_REPORT_ROOT'] ?? fileURLToPath(new URL('..', import.meta.url));

/** Default corpus folder. */
export const defaultCorpusDir = join(tmpdir(), 'gov-report-broken-corpus');

/** Deterministic PRNG (mulberry32) so the corpus is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile() && entry.name !== 'MANIFEST.txt') out.push(path);
  }
  return out.sort();
}

// ---------------------------------------------------------------- ZIP (DOCX) writer

interface ZipEntrySpec {
  name: string;
  data: Uint8Array;
  /** Deflate (default) or store. */
  method?: 0 | 8;
  /** Pre-compressed bytes, with their real size and CRC (for bombs built by streaming). */
  raw?: { compressed: Uint8Array; size: number; crc: number };
  /** Lie about the uncompressed size in both headers. */
  declaredSize?: number;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/**
 * Builds a ZIP. `aliases` adds extra central-directory entries pointing at an existing local
 * entry's data (the overlapping-file construction).
 */
function zip(entries: ZipEntrySpec[], aliases: { name: string; of: number }[] = []): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  const records: { offset: number; crc: number; csize: number; usize: number; method: number }[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const compressed = e.raw?.compressed ?? (method === 8 ? deflateRawSync(e.data, { level: 9 }) : e.data);
    const crc = e.raw?.crc ?? crc32(e.data);
    const usize = e.declaredSize ?? e.raw?.size ?? e.data.length;
    const name = Buffer.from(e.name, 'utf8');
    const header = Buffer.concat([
      u32(0x04034b50),
      u16(20),
      u16(0x0800),
      u16(method),
      u16(0),
      u16(0x21),
      u32(crc),
      u32(compressed.length),
      u32(usize),
      u16(name.length),
      u16(0),
      name,
    ]);
    records.push({ offset, crc, csize: compressed.length, usize, method });
    locals.push(header, Buffer.from(compressed));
    offset += header.length + compressed.length;
    central.push(centralEntry(e.name, records.at(-1)!));
  }
  for (const a of aliases) central.push(centralEntry(a.name, records[a.of]!));
  const cd = Buffer.concat(central);
  const count = central.length;
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(count & 0xffff),
    u16(count & 0xffff),
    u32(cd.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, cd, end]);
}

function centralEntry(
  nameText: string,
  r: { offset: number; crc: number; csize: number; usize: number; method: number },
): Buffer {
  const name = Buffer.from(nameText, 'utf8');
  return Buffer.concat([
    u32(0x02014b50),
    u16(20),
    u16(20),
    u16(0x0800),
    u16(r.method),
    u16(0),
    u16(0x21),
    u32(r.crc),
    u32(r.csize),
    u32(r.usize),
    u16(name.length),
    u16(0),
    u16(0),
    u16(0),
    u16(0),
    u32(0),
    u32(r.offset),
    name,
  ]);
}

const contentTypes =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const rels =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docxParts(documentXml: string | ZipEntrySpec): ZipEntrySpec[] {
  const doc =
    typeof documentXml === 'string'
      ? { name: 'word/document.xml', data: Buffer.from(documentXml, 'utf8') }
      : documentXml;
  return [
    { name: '[Content_Types].xml', data: Buffer.from(contentTypes, 'utf8') },
    { name: '_rels/.rels', data: Buffer.from(rels, 'utf8') },
    doc,
  ];
}

function entityBombDocx(): Buffer {
  const levels = ['<!ENTITY lol0 "政府信息公开政府信息公开">'];
  for (let i = 1; i <= 12; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [${levels.join('')}]><w:document ${w}><w:body><w:p><w:r><w:t>一、总体情况 &lol12;</w:t></w:r></w:p></w:body></w:document>`;
  return zip(docxParts(xml));
}

/** Streams `total` zero-ish bytes through raw deflate; returns the compressed bytes, size and CRC. */
async function deflateRepeated(
  chunk: Buffer,
  total: number,
): Promise<{ compressed: Uint8Array; size: number; crc: number }> {
  const deflater = createDeflateRaw({ level: 9, strategy: constants.Z_DEFAULT_STRATEGY });
  const parts: Buffer[] = [];
  deflater.on('data', (d: Buffer) => parts.push(d));
  const done = new Promise<void>((resolve, reject) => {
    deflater.on('end', resolve);
    deflater.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  while (size < total) {
    const piece = size + chunk.length <= total ? chunk : chunk.subarray(0, total - size);
    crc = crc32(piece, crc);
    size += piece.length;
    if (!deflater.write(piece)) await new Promise((r) => deflater.once('drain', r));
  }
  deflater.end();
  await done;
  return { compressed: Buffer.concat(parts), size, crc };
}

async function zipBombs(): Promise<Record<string, Buffer>> {
  // 1. Lying headers: a 1 KB file whose document.xml declares 4 GiB - 1.
  const body = `<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body>${'<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>'.repeat(200)}</w:body></w:document>`;
  const declared = zip(
    docxParts({ name: 'word/document.xml', data: Buffer.from(body, 'utf8'), declaredSize: 0xffffffff }),
  );
  // 2. A real bomb: 1.1 GiB of one repeated XML-ish byte pattern, deflated (about 1 MB).
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body><w:p><w:r><w:t>`, 'utf8');
  const filler = Buffer.alloc(1 << 20, 0x20);
  const real = await deflateRepeated(filler, 1100 * (1 << 20));
  // The document starts with a real header, then the inflated spaces never close the element.
  const realBomb = zip([
    ...docxParts({
      name: 'word/document.xml',
      data: head,
      raw: {
        compressed: deflateRawConcat(head, real.compressed),
        size: head.length + real.size,
        crc: crc32OfHeadThenSpaces(head, real),
      },
    }),
  ]);
  // 3. The same real bomb with headers understating document.xml as 4 KB: a size check on declared
  //    sizes passes it, and only a limit enforced while inflating stops it.
  const understated = zip([
    ...docxParts({
      name: 'word/document.xml',
      data: head,
      raw: {
        compressed: deflateRawConcat(head, real.compressed),
        size: head.length + real.size,
        crc: crc32OfHeadThenSpaces(head, real),
      },
      declaredSize: 4096,
    }),
  ]);
  // 4. Overlap: one ~1 KB deflate body expanding to 1 MiB, referenced by 1,100 directory entries.
  const kernel = await deflateRepeated(filler, 1 << 20);
  const parts = docxParts(body);
  const overlap = zip(
    [...parts, { name: 'word/media/k0.xml', data: filler, raw: kernel }],
    Array.from({ length: 1100 }, (_, i) => ({ name: `word/media/k${i + 1}.xml`, of: parts.length })),
  );
  return {
    'docx-zip-bomb-declared-4gib.docx': declared,
    'docx-zip-bomb-1gib.docx': realBomb,
    'docx-zip-bomb-understated.docx': understated,
    'docx-zip-bomb-overlap.docx': overlap,
  };
}

/** A raw deflate stream of `head` (stored, not final) followed by an existing raw deflate stream. */
function deflateRawConcat(head: Buffer, rest: Uint8Array): Buffer {
  // Stored block: BFINAL=0, BTYPE=00, then LEN and NLEN; byte-aligned because it starts the stream.
  const stored = Buffer.concat([Buffer.from([0x00]), u16(head.length), u16(~head.length & 0xffff), head]);
  return Buffer.concat([stored, Buffer.from(rest)]);
}

function crc32OfHeadThenSpaces(head: Buffer, rest: { crc: number; size: number }): number {
  // crc32(head ‖ rest) cannot be combined without the rest's bytes; recompute by streaming.
  let crc = crc32(head);
  const filler = Buffer.alloc(1 << 20, 0x20);
  for (let done = 0; done < rest.size; done += filler.length)
    crc = crc32(filler.subarray(0, Math.min(filler.length, rest.size - done)), crc);
  return crc;
}

// ---------------------------------------------------------------- PDF writer

/** Builds a PDF from object bodies (1-based object numbers in order); object 1 is the catalog. */
function pdf(objects: (string | Buffer)[], trailerExtra = ''): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const piece = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    chunks.push(piece);
    length += piece.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  chunks.push(
    Buffer.from(
      `${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(chunks);
}

function stream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();

/** A one-page PDF encrypted with the standard security handler, revision 2 (RC4-40). */
function passwordPdf(): Buffer {
  const padding = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
  const pad = (pw: string): Buffer => Buffer.concat([Buffer.from(pw, 'latin1'), padding]).subarray(0, 32);
  const id = md5(Buffer.from('gov-report-extract broken corpus'));
  const ownerKey = md5(pad('owner-secret')).subarray(0, 5);
  const O = rc4(ownerKey, pad('secret'));
  const P = -44;
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(P);
  const key = md5(pad('secret'), O, pBytes, id).subarray(0, 5);
  const U = rc4(key, padding);
  const objectKey = (num: number): Buffer =>
    md5(key, Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0])).subarray(0, 10);
  const content = Buffer.from('BT /F1 18 Tf 72 720 Td (2019 Annual Report) Tj ET', 'latin1');
  return pdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      stream('', rc4(objectKey(4), content)),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${O.toString('hex')}> /U <${U.toString('hex')}> /P ${P} >>`,
    ],
    `/Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] `,
  );
}

/** A "scan": one page holding one grey image and no text at all. */
function scannedPdf(): Buffer {
  const width = 400;
  const height = 560;
  const pixels = Buffer.alloc(width * height);
  const random = prng(7);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      pixels[y * width + x] = (y % 24 < 3 && x > 40 && x < 360) || random() < 0.02 ? 40 : 235;
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', Buffer.from('q 515 0 0 762 40 40 cm /Im1 Do Q', 'latin1')),
    stream(
      `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`,
      deflateSync(pixels),
    ),
  ]);
}

const errorPage = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>404 Not Found</title></head>
<body><h1>404 Not Found</h1><p>您访问的页面不存在或已被删除。</p><script>setTimeout(function(){location.href='/'},3000)</script>
<hr><address>nginx</address></body></html>
`;

// ---------------------------------------------------------------- OLE2 (.doc) damage

/** Sector numbers of the FAT sectors listed in the header's DIFAT array. */
function fatSectors(doc: Buffer): { sectorSize: number; sectors: number[] } {
  const sectorShift = doc.readUInt16LE(0x1e);
  const sectorSize = 1 << sectorShift;
  const count = doc.readUInt32LE(0x2c);
  const sectors: number[] = [];
  for (let i = 0; i < Math.min(count, 109); i++) sectors.push(doc.readUInt32LE(0x4c + 4 * i));
  return { sectorSize, sectors };
}

function corruptFat(doc: Buffer, mode: 'garbage' | 'loop'): Buffer {
  const out = Buffer.from(doc);
  const { sectorSize, sectors } = fatSectors(out);
  const random = prng(mode === 'garbage' ? 11 : 13);
  for (const sector of sectors) {
    const start = (sector + 1) * sectorSize;
    for (let i = 0; i < sectorSize / 4; i++) {
      if (start + 4 * i + 4 > out.length) break;
      // garbage: random sector ids; loop: every sector points to itself, so every chain cycles.
      out.writeUInt32LE(mode === 'garbage' ? Math.floor(random() * 0xffffffff) : i, start + 4 * i);
    }
  }
  return out;
}

// ---------------------------------------------------------------- main

/**
 * Writes the corpus.
 * @param out Folder (emptied first).
 * @param huge Whether to write the 200 MB file.
 * @returns Paths written, by group.
 */
export async function makeBrokenCorpus(out = defaultCorpusDir, huge = true): Promise<Record<string, string[]>> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const groups: Record<string, string[]> = {};
  const put = (group: string, name: string, data: Uint8Array | string): void => {
    const path = join(out, name);
    writeFileSync(path, data);
    (groups[group] ??= []).push(path);
  };

  const fixturesDir = join(root, 'test', 'fixtures');
  for (const file of listFiles(fixturesDir)) {
    const bytes = readFileSync(file);
    const ext = extname(file);
    const stem = relative(fixturesDir, file)
      .replace(/[\\/]/g, '__')
      .slice(0, -ext.length || undefined);
    if (bytes.length < 2) continue;
    const cuts = new Set<number>([1, bytes.length - 1]);
    for (let k = 1; k <= 8; k++) cuts.add(Math.floor((bytes.length * k) / 9));
    for (const cut of [...cuts].sort((a, b) => a - b))
      put('truncated', `${stem}.trunc-${cut}${ext}`, bytes.subarray(0, cut));
    const random = prng(bytes.length);
    for (let k = 0; k < 20; k++) {
      // Half the flips land in the first 1 KB, where headers and directories live.
      const at = k < 10 ? Math.floor(random() * Math.min(1024, bytes.length)) : Math.floor(random() * bytes.length);
      const bit = Math.floor(random() * 8);
      const flipped = Buffer.from(bytes);
      flipped[at] = flipped[at]! ^ (1 << bit);
      put('bit-flipped', `${stem}.flip-${at}-${bit}${ext}`, flipped);
    }
  }

  put('pdf', 'password-protected.pdf', passwordPdf());
  put('pdf', 'scanned-no-text.pdf', scannedPdf());
  put('pdf', 'html-error-page.pdf', errorPage);
  put('docx', 'docx-entity-bomb.docx', entityBombDocx());
  for (const [name, data] of Object.entries(await zipBombs())) put('docx', name, data);
  const seedDoc = join(fixturesDir, 'seed', 'report.doc');
  if (statSync(seedDoc, { throwIfNoEntry: false })) {
    const doc = readFileSync(seedDoc);
    put('doc', 'doc-corrupt-fat-garbage.doc', corruptFat(doc, 'garbage'));
    put('doc', 'doc-corrupt-fat-loop.doc', corruptFat(doc, 'loop'));
  }
  for (const ext of ['.pdf', '.docx', '.doc', '.html', '.txt']) put('empty', `empty${ext}`, new Uint8Array(0));
  if (huge) {
    // 200 MB (over the importers' 100 MB limit) and 99 MB (the largest text they accept).
    const unit = Buffer.from(readFileSync(join(root, 'samples', 'quzhou-safety-2018.txt'), 'utf8') + '\n', 'utf8');
    const block = Buffer.concat(Array.from({ length: Math.ceil((4 << 20) / unit.length) }, () => unit));
    for (const [name, size] of [
      ['huge-200mb.txt', 200_000_000],
      ['large-99mb.txt', 99_000_000],
    ] as const) {
      const path = join(out, name);
      const fd = openSync(path, 'w');
      let written = 0;
      while (written < size) {
        const piece = block.subarray(0, Math.min(block.length, size - written));
        writeSync(fd, piece);
        written += piece.length;
      }
      closeSync(fd);
      (groups['huge'] ??= []).push(path);
    }
  }
  return groups;
}

if (process.argv[1] && basename(process.argv[1]).startsWith('make-broken-corpus')) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : defaultCorpusDir;
  const groups = await makeBrokenCorpus(out, !args.includes('--no-huge'));
  let total = 0;
  for (const [group, paths] of Object.entries(groups)) {
    total += paths.length;
    console.log(`${group.padEnd(12)} ${paths.length}`);
  }
  console.log(`total        ${total} files in ${out}`);
}
