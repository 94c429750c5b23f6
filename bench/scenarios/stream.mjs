// Scenario: a text batch through the streaming API (extractReports, default settings: worker
// threads, one per core), reading and decoding included. 10,000 documents (≈ 100 MB; the corpus of
// ≥ 50 MB is read twice), each run in a fresh process; RSS sampled after 1,000 and 10,000 documents.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { root, textCorpus } from '../lib/corpus.mjs';
import { scratch } from '../lib/files.mjs';
import { emit, row } from '../lib/report.mjs';
import { summary } from '../lib/stats.mjs';

const quick = process.argv.includes('--quick');
const child = process.argv.indexOf('--child');

if (child >= 0) {
  const dir = process.argv[child + 1];
  const total = Number(process.argv[child + 2]);
  const { extractReports } = await import(pathToFileURL(path.join(root, 'dist/src/batch/extract-reports.js')).href);
  const files = readdirSync(dir).sort().map((name) => path.join(dir, name));
  const sizes = new Map(files.map((file) => [file, statSync(file).size]));
  async function* inputs() {
    for (let i = 0; i < total; i++) yield files[i % files.length];
  }
  let done = 0;
  let bytes = 0;
  let failed = 0;
  let rssAt1000 = 0;
  const start = performance.now();
  for await (const record of extractReports(inputs(), { order: 'completion' })) {
    done++;
    bytes += sizes.get(record.file);
    if (!record.ok) failed++;
    if (done === Math.min(1000, total)) rssAt1000 = process.memoryUsage.rss();
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
const total = quick ? 1000 : 10_000;
const runs = [];
for (let i = 0; i < (quick ? 1 : 3); i++) {
  const result = spawnSync(process.execPath, [process.argv[1], '--child', dir, String(total)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(result.stderr);
  runs.push(JSON.parse(result.stdout.trim().split('\n').at(-1)));
}
const mb = (n) => n / 1e6;
const mbps = summary(runs.map((r) => r.mbps));
const peak = summary(runs.map((r) => mb(r.peak)));
const growth = summary(runs.map((r) => r.rssAtEnd / r.rssAt1000));
emit(
  'stream',
  [
    row(`extractReports, ${total} text docs (${(runs[0].bytes / 1e6).toFixed(0)} MB), read + decode + parse`, 'MB/s', mbps, { target: '≥ 40 MB/s', pass: mbps.median >= 40 }),
    row('peak RSS (whole process, workers included)', 'MB', peak, { target: '≤ 150 MB', pass: peak.max <= 150 }),
    row('RSS after 10,000 docs ÷ RSS after 1,000', '×', growth, { target: '≤ 1.10', pass: growth.max <= 1.1 }),
  ],
  [
    `stream corpus: ${corpus.docs.length} files, ${(corpus.bytes / 1e6).toFixed(1)} MB (10% GB18030), read ${total / corpus.docs.length > 1 ? 'twice' : 'once'} per run; ${runs.length} runs, each in a fresh process; failed records: ${runs.map((r) => r.failed).join('/')}`,
  ],
);
