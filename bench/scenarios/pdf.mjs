// Scenario: PDF import against its floor (issue #15). Over every readable PDF fixture
// (test/fixtures/**/*.pdf), in interleaved rounds: the floor, pdf.js's `getTextContent` alone over all pages
// of each file (pdfjs-dist's legacy build as it comes, in a worker thread of its own, with the same CMaps and
// standard fonts as the importer), the floor again (A/A), the floor with V8's Array.prototype.push given back
// to its realm as the importer's thread does (for comparison: what the importer's lead owes to that), and
// `importDocument` from the package's bundle (pdf.js in its thread, text, ruled tables and layout). Wall
// time per pass over all files; per-round ratios.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
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

const threads = [];
function floorThread(nativePush) {
  const worker = new Worker(new URL('../lib/pdf-floor-thread.mjs', import.meta.url), {
    workerData: {
      pdfjs: pathToFileURL(path.join(pdfjsRoot, 'legacy/build/pdf.mjs')).href,
      pdfjsWorker: pathToFileURL(path.join(pdfjsRoot, 'legacy/build/pdf.worker.mjs')).href,
      cMapUrl: `${pdfjsRoot}/cmaps/`,
      standardFontDataUrl: `${pdfjsRoot}/standard_fonts/`,
      files: files.map((file) => file.bytes),
      nativePush,
    },
  });
  threads.push(worker);
  return () =>
    new Promise((resolve, reject) => {
      worker.once('message', (message) => (message.error ? reject(new Error(message.error)) : resolve(message.items)));
      worker.postMessage('pass');
    });
}
const floor = floorThread(false);
const floorAgain = floorThread(false);
const floorNativePush = floorThread(true);

async function ours() {
  let lines = 0;
  for (const { name, bytes } of files)
    lines += (await importDocument(new Uint8Array(bytes), { fileName: name })).text.length;
  return lines;
}

const contenders = { floor, floorAgain, floorNativePush, import: ours };
// PDF_BASELINE=<another checkout, built>: its importer too, in the same rounds (before/after a change).
const baselineRoot = process.env.PDF_BASELINE;
if (baselineRoot) {
  const baseline = await import(pathToFileURL(path.resolve(baselineRoot, 'dist/bundle/index.js')).href);
  contenders.baseline = async () => {
    let lines = 0;
    for (const { name, bytes } of files)
      lines += (await baseline.importDocument(new Uint8Array(bytes), { fileName: name })).text.length;
    return lines;
  };
}
const names = Object.keys(contenders);
// Wall time, and CPU time of the whole process (all its threads: during a pass only that contender works), which
// other tenants of a loaded machine inflate far less.
const wall = Object.fromEntries(names.map((name) => [name, []]));
const cpu = Object.fromEntries(names.map((name) => [name, []]));
const loadBefore = os.loadavg()[0];
for (const name of names) await contenders[name](); // warm-up: pdf.js loaded and JIT-compiled in every thread
const clock = budget(quick ? 20_000 : 150_000);
for (let round = 0; round < rounds && (round < minRounds || !clock.over()); round++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length];
    const start = performance.now();
    const used = process.cpuUsage();
    await contenders[name]();
    const { user, system } = process.cpuUsage(used);
    wall[name].push(performance.now() - start);
    cpu[name].push((user + system) / 1000);
  }
}
const fmt = ({ median, min, max }) => `${median.toFixed(2)}× (${min.toFixed(2)}–${max.toFixed(2)})`;
const aa = ratios(cpu.floorAgain, cpu.floor);
const ratio = ratios(cpu.import, cpu.floor);
emit(
  'pdf',
  [
    row(`pdf.js getTextContent, all pages of ${files.length} PDFs (${pages} pages), CPU`, 'ms', summary(cpu.floor)),
    row('A/A control: the same again, CPU', 'ms', summary(cpu.floorAgain), {
      ratio: aa,
      target: '0.85-1.15 (noise)',
      pass: aa.median >= 0.85 && aa.median <= 1.15,
    }),
    row(
      "pdf.js getTextContent with V8's Array.prototype.push given back (as in the importer's thread), CPU",
      'ms',
      summary(cpu.floorNativePush),
      { ratio: ratios(cpu.floorNativePush, cpu.floor) },
    ),
    ...(baselineRoot
      ? [
          row(
            `PDF import of ${path.basename(path.resolve(baselineRoot))} (PDF_BASELINE), CPU`,
            'ms',
            summary(cpu.baseline),
            {
              ratio: ratios(cpu.baseline, cpu.floor),
            },
          ),
        ]
      : []),
    row('PDF import (importDocument, bundle), same files, CPU', 'ms', summary(cpu.import), {
      ratio,
      target: '≤ 1.05× getTextContent',
      pass: ratio.median <= 1.05,
    }),
  ],
  [
    `wall time: getTextContent ${summary(wall.floor).median.toFixed(0)} ms, A/A ${fmt(ratios(wall.floorAgain, wall.floor))}, import ${fmt(ratios(wall.import, wall.floor))}` +
      (baselineRoot ? `, PDF_BASELINE import ${fmt(ratios(wall.baseline, wall.floor))}` : ''),
    `CPU: import ÷ getTextContent with V8's push ${fmt(ratios(cpu.import, cpu.floorNativePush))}` +
      (baselineRoot ? `; import ÷ PDF_BASELINE import ${fmt(ratios(cpu.import, cpu.baseline))}` : ''),
    `${cpu.floor.length} interleaved rounds (up to ${rounds}) after a warm-up pass, one pass = all files, load average ${loadBefore.toFixed(1)} before and ${os.loadavg()[0].toFixed(1)} after; files: ${files.map((file) => path.basename(file.name)).join(', ')}`,
  ],
);
for (const thread of threads) await thread.terminate();
