// Scenario: PDF import against its floor (issue #15). Over every readable PDF fixture
// (test/fixtures/**/*.pdf), in interleaved rounds: the floor, pdf.js's `getTextContent` alone over all pages
// of each file (pdfjs-dist's legacy build loaded in this process, the same CMaps and standard fonts as the
// importer), the floor again (A/A), and `importDocument` from the package's bundle (pdf.js in its thread,
// text, ruled tables and layout). Wall time per pass over all files; per-round ratios.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../lib/corpus.mjs';
import { emit, row } from '../lib/report.mjs';
import { budget, ratios, summary } from '../lib/stats.mjs';

const quick = process.argv.includes('--quick');
const rounds = quick ? 3 : 15;
const minRounds = quick ? 2 : 5;

const walk = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? walk(file) : name.endsWith('.pdf') ? [file] : [];
    });

const require = createRequire(path.join(root, 'package.json'));
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));
const pdfjs = await import(pathToFileURL(path.join(pdfjsRoot, 'legacy/build/pdf.mjs')).href);
const { importDocument } = await import(pathToFileURL(path.join(root, 'dist/bundle/index.js')).href);

// The files both contenders read: the PDFs the importer reads (not the encrypted one, the scan, …).
const files = [];
let pages = 0;
for (const file of walk(path.join(root, 'test/fixtures'))) {
  const bytes = readFileSync(file);
  try {
    const text = await importDocument(new Uint8Array(bytes), { fileName: path.basename(file) });
    files.push({ name: path.relative(root, file), bytes });
    pages += text.pages;
  } catch {
    // Not readable text: no floor to compare with.
  }
}
if (files.length === 0) throw new Error('no readable PDF fixture');

async function floor() {
  let items = 0;
  for (const { bytes } of files) {
    const task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: `${pdfjsRoot}/cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${pdfjsRoot}/standard_fonts/`,
      verbosity: 0,
    });
    const document = await task.promise;
    for (let n = 1; n <= document.numPages; n++) {
      // A damaged page is skipped, as the importer skips it.
      try {
        const page = await document.getPage(n);
        items += (await page.getTextContent()).items.length;
      } catch {
        continue;
      }
    }
    await task.destroy();
  }
  return items;
}

async function ours() {
  let lines = 0;
  for (const { name, bytes } of files)
    lines += (await importDocument(new Uint8Array(bytes), { fileName: name })).text.length;
  return lines;
}

const contenders = { floor, floorAgain: floor, import: ours };
const names = Object.keys(contenders);
const times = Object.fromEntries(names.map((name) => [name, []]));
const loadBefore = os.loadavg()[0];
for (const name of names) await contenders[name](); // warm-up: pdf.js JIT-compiled in both realms
const clock = budget(quick ? 20_000 : 120_000);
for (let round = 0; round < rounds && (round < minRounds || !clock.over()); round++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length];
    const start = performance.now();
    await contenders[name]();
    times[name].push(performance.now() - start);
  }
}
const aa = ratios(times.floorAgain, times.floor);
const ratio = ratios(times.import, times.floor);
emit(
  'pdf',
  [
    row(`pdf.js getTextContent, all pages of ${files.length} PDFs (${pages} pages)`, 'ms', summary(times.floor)),
    row('A/A control: the same again', 'ms', summary(times.floorAgain), {
      ratio: aa,
      target: '0.85-1.15 (noise)',
      pass: aa.median >= 0.85 && aa.median <= 1.15,
    }),
    row('PDF import (importDocument, bundle), same files', 'ms', summary(times.import), {
      ratio,
      target: '≤ 1.05× getTextContent',
      pass: ratio.median <= 1.05,
    }),
  ],
  [
    `${times.floor.length} interleaved rounds (up to ${rounds}) after a warm-up pass, wall time of a pass over all files, load average ${loadBefore.toFixed(1)} before and ${os.loadavg()[0].toFixed(1)} after; files: ${files.map((file) => path.basename(file.name)).join(', ')}`,
  ],
);
