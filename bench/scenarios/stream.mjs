// Scenario: a text batch through the streaming API, reading and decoding included, each run in a
// fresh process: (a) extractReports with its defaults (worker threads, one per core), (b) with
// `threads: false` (this thread only). Up to 10,000 documents per run (the ≥ 50 MB corpus is read
// twice); RSS is sampled after 1,000 documents and at the end. A run stops early at its time budget.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { root, textCorpus } from '../lib/corpus.mjs';
import { scratch } from '../lib/files.mjs';
import { emit, row } from '../lib/report.mjs';

const quick = process.argv.includes('--quick');
const child = process.argv.indexOf('--child');

if (child >= 0) {
  const [dir, total, threads, budgetS] = process.argv.slice(child + 1);
  const { extractReports } = await import(pathToFileURL(path.join(root, 'dist/src/batch/extract-reports.js')).href);
  const files = readdirSync(dir).sort().map((name) => path.join(dir, name));
  const sizes = new Map(files.map((file) => [file, statSync(file).size]));
  async function* inputs() {
    for (let i = 0; i < Number(total); i++) yield files[i % files.length];
  }
  let done = 0;
  let bytes = 0;
  let failed = 0;
  let rssAt1000 = 0;
  const start = performance.now();
  const deadline = start + Number(budgetS) * 1000;
  for await (const record of extractReports(inputs(), { order: 'completion', threads: threads === 'threads' })) {
    done++;
    bytes += sizes.get(record.file);
    if (!record.ok) failed++;
    if (done === 1000) rssAt1000 = process.memoryUsage.rss();
    if (performance.now() > deadline) break;
  }
  const seconds = (performance.now() - start) / 1000;
  const rssAtEnd = process.memoryUsage.rss();
  process.stdout.write(`${JSON.stringify({ mbps: bytes / 1e6 / seconds, docs: done, bytes, failed, seconds, rssAt1000, rssAtEnd, peak: process.resourceUsage().maxRSS * 1024 })}\n`);
  process.exit(0);
}

const dir = scratch('stream');
const corpus = textCorpus(quick ? 5e6 : 50.5e6, 7);
corpus.docs.forEach((doc, i) => {
  // One in ten as GB18030, so decoding is part of the measure.
  const name = `${String(i).padStart(5, '0')}.txt`;
  writeFileSync(path.join(dir, name), i % 10 === 3 ? iconv.encode(doc, 'gb18030') : doc);
});
const total = quick ? 1500 : 10_000;
function run(mode, budgetS) {
  const result = spawnSync(process.execPath, [process.argv[1], '--child', dir, String(total), mode, String(budgetS)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}
const threaded = run('threads', quick ? 15 : 40);
const inline = run('inline', quick ? 10 : 25);
const one = (value) => ({ median: value, min: value, max: value });
const rows = [];
const notes = [];
for (const [label, r] of [['extractReports (worker threads, one per core)', threaded], ['extractReports with threads: false', inline]]) {
  const growth = r.rssAt1000 > 0 && r.docs >= 2000 ? r.rssAtEnd / r.rssAt1000 : NaN;
  rows.push(
    row(`${label}: ${r.docs} text docs (${(r.bytes / 1e6).toFixed(1)} MB), read + decode + parse`, 'MB/s', one(r.mbps), { target: '≥ 40 MB/s', pass: r.mbps >= 40 }),
    row(`${label}: peak RSS`, 'MB', one(r.peak / 1e6), { target: '≤ 150 MB', pass: r.peak / 1e6 <= 150 }),
    row(`${label}: RSS after ${r.docs} docs ÷ after 1,000`, '×', one(growth), {
      target: '≤ 1.10',
      pass: Number.isNaN(growth) ? null : growth <= 1.1,
      ...(r.docs < total ? { note: `stopped at the time budget after ${r.docs} of ${total} docs${Number.isNaN(growth) ? ': too few to compare' : ''}` } : {}),
    }),
  );
  notes.push(`${label}: ${r.docs} docs in ${r.seconds.toFixed(1)} s, ${r.failed} failed records`);
}
emit('stream', rows, [`stream corpus: ${corpus.docs.length} files, ${(corpus.bytes / 1e6).toFixed(1)} MB (10% GB18030), cycled up to ${total} docs per run; one run per mode, each in a fresh process (whole-process RSS, worker threads included); ${notes.join('; ')}`]);
