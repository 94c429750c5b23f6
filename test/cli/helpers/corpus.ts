/**
 * A temporary folder of 200 report files, as a scrape looks: every format of the seed report
 * (text in five encodings, HTML, DOCX, .doc, PDF), 10% corrupt, and one PDF whose import takes
 * minutes (a real pathological input: 20,000 pages), spread over sub-folders.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './cli.js';
import { manyPagesPdf } from './many-pages-pdf.js';

/** What a file of the corpus should become: converted, or failed with a code. */
export type Expected = { ok: true; format: string } | { ok: false; code: string };

const seed = path.join(root, 'test/fixtures/seed');

/** Good files per seed: 179 in all. */
const good: [string, string, number][] = [
  ['report.utf8.txt', 'text', 40],
  ['report.utf8bom.txt', 'text', 20],
  ['report.crlf.txt', 'text', 20],
  ['report.gb18030.txt', 'text', 25],
  ['report.utf16le.txt', 'text', 20],
  ['report.html', 'html', 25],
  ['report.docx', 'docx', 12],
  ['report.doc', 'doc', 14],
  ['report.pdf', 'pdf', 3],
];

/**
 * Writes the corpus.
 * @param dir An empty folder.
 * @param hangAt Sub-folder and name of the hanging PDF.
 * @returns Relative path (with `/`) → expected outcome; 200 entries.
 */
export function makeCorpus(dir: string, hangAt = 'pdf/zz-mailmerge.pdf'): Map<string, Expected> {
  const expected = new Map<string, Expected>();
  const put = (relative: string, content: Buffer | string, outcome: Expected): void => {
    const target = path.join(dir, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    expected.set(relative, outcome);
  };
  for (const [name, format, count] of good) {
    const ext = path.extname(name);
    const folder = format === 'text' ? `text/${name.split('.')[1]}` : format === 'pdf' ? 'pdf' : `office/${format}`;
    for (let i = 0; i < count; i++) {
      const relative = `${folder}/r${String(i).padStart(3, '0')}${ext}`;
      mkdirSync(path.join(dir, folder), { recursive: true });
      copyFileSync(path.join(seed, name), path.join(dir, relative));
      expected.set(relative, { ok: true, format });
    }
  }
  const pdf = readFileSync(path.join(seed, 'report.pdf'));
  const docx = readFileSync(path.join(seed, 'report.docx'));
  const noise = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256));
  for (let i = 0; i < 4; i++)
    put(`broken/truncated-${i}.pdf`, pdf.subarray(0, 4096 + i * 1000), { ok: false, code: 'IMPORT_CORRUPT' });
  for (let i = 0; i < 4; i++)
    put(`broken/truncated-${i}.docx`, docx.subarray(0, 3000 + i * 1000), { ok: false, code: 'IMPORT_CORRUPT' });
  for (let i = 0; i < 3; i++) put(`broken/empty-${i}.txt`, '', { ok: false, code: 'IMPORT_EMPTY' });
  for (let i = 0; i < 3; i++)
    put(`broken/scan-${i}.pdf`, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, i]), {
      ok: false,
      code: 'IMPORT_UNSUPPORTED_FORMAT',
    });
  for (let i = 0; i < 3; i++)
    put(`broken/binary-${i}.txt`, noise.subarray(i), { ok: false, code: 'IMPORT_UNDECODABLE' });
  for (let i = 0; i < 3; i++)
    put(`broken/zeros-${i}.txt`, Buffer.alloc(2000 + i), { ok: false, code: 'IMPORT_UNDECODABLE' });
  put(hangAt, manyPagesPdf(20_000), { ok: false, code: 'BATCH_TIMEOUT' });
  return expected;
}
