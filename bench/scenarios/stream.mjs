// Scenario: a text batch through the streaming API, reading and decoding included, each run in a
// fresh process: (a) extractReports with its defaults (worker threads, one per core), (b) with
// `threads: false` (this thread only). Up to 10,000 documents per run (the ≥ 50 MB corpus is read
// twice); RSS is sampled after 1,000 documents and after the last one. A run stops early at its time
// budget. Then, in the same process, parseReportText alone over the same files (decoded beforehand), for
// the ratio stream ÷ parse: the cost of everything around the parse, whatever the parser's own speed.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
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
  const files = readdirSync(dir)
    .sort()
    .map((name) => path.join(dir, name));
  const sizes = new Map(files.map((file) => [file, statSync(file).size]));
  async function* inputs() {
    for (let i = 0; i < Number(total); i++) yield files[i % files.length];
  }
  let done = 0;
  let bytes = 0;
  let failed = 0;
  let rssAt1000 = 0;
  let rssAtEnd = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage(); // the whole process: worker threads included
  const deadline = start + Number(budgetS) * 1000;
  for await (const record of extractReports(inputs(), { order: 'completion', threads: threads === 'threads' })) {
    done++;
    bytes += sizes.get(record.file);
    if (!record.ok) failed++;
    if (done === 1000) rssAt1000 = process.memoryUsage.rss();
    const over = performance.now() > deadline;
    // RSS after the last document, taken while the batch is still open: once the loop ends, the pool
    // is destroyed and its threads' memory returned, which made the threaded run's figure meaningless.
    if (over || done === Number(total)) rssAtEnd = process.memoryUsage.rss();
    if (over) break;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peak = process.resourceUsage().maxRSS * 1024;

  // Pure parse on the same files, in this process, after the stream (so its memory is not in the
  // figures above): each file decoded first (untimed), then parseReportText alone over the same
  // sequence, one warm-up pass of 300 documents, for at most the stream's time or 10 s. The ratio
  // stream ÷ parse says how much the reading, decoding, threads and records cost around the parse,
  // whatever the parser's own speed.
  const { importDocument } = await import(pathToFileURL(path.join(root, 'dist/src/extract.js')).href);
  const { parseReportText } = await import(pathToFileURL(path.join(root, 'dist/src/pipeline/index.js')).href);
  // The first (up to) 4,000 files, the stream's first documents, decoded up front.
  const texts = [];
  for (const file of files.slice(0, Math.min(4000, done))) texts.push((await importDocument(file)).text);
  for (let i = 0; i < 300; i++) parseReportText(texts[i % texts.length], { fileName: files[i % texts.length] });
  let parsed = 0;
  let parsedBytes = 0;
  const parseStart = performance.now();
  const parseCpuStart = process.cpuUsage();
  const parseDeadline = parseStart + Math.min(seconds, 10) * 1000;
  while (parsed < done && performance.now() < parseDeadline) {
    const i = parsed % texts.length;
    parseReportText(texts[i], { fileName: files[i] });
    parsedBytes += sizes.get(files[i]);
    parsed++;
  }
  const parseSeconds = (performance.now() - parseStart) / 1000;
  const parseCpu = process.cpuUsage(parseCpuStart);
  process.stdout.write(
    `${JSON.stringify({
      mbps: bytes / 1e6 / seconds,
      docs: done,
      bytes,
      failed,
      seconds,
      cpuSeconds,
      rssAt1000,
      rssAtEnd,
      peak,
      parse: {
        mbps: parsedBytes / 1e6 / parseSeconds,
        docs: parsed,
        cpuSeconds: (parseCpu.user + parseCpu.system) / 1e6,
        bytes: parsedBytes,
      },
      load: os.loadavg()[0],
    })}\n`,
  );
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
  const result = spawnSync(process.execPath, [process.argv[1], '--child', dir, String(total), mode, String(budgetS)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}
const threaded = run('threads', quick ? 15 : 40);
const inline = run('inline', quick ? 10 : 25);
const one = (value) => ({ median: value, min: value, max: value });
const rows = [];
const notes = [];
for (const [label, r] of [
  ['extractReports (worker threads, one per core)', threaded],
  ['extractReports with threads: false', inline],
]) {
  const growth = r.rssAt1000 > 0 && r.docs >= 2000 ? r.rssAtEnd / r.rssAt1000 : NaN;
  const ratio = r.mbps / r.parse.mbps;
  // CPU per MB (all threads) is far less disturbed by other tenants than wall time: the overhead in CPU.
  const cpuPerMb = r.cpuSeconds / (r.bytes / 1e6);
  const parseCpuPerMb = r.parse.cpuSeconds / (r.parse.bytes / 1e6);
  rows.push(
    row(
      `${label}: ${r.docs} text docs (${(r.bytes / 1e6).toFixed(1)} MB), read + decode + parse`,
      'MB/s',
      one(r.mbps),
      { target: '≥ 40 MB/s', pass: r.mbps >= 40 },
    ),
    row(
      `${label}: stream ÷ parseReportText alone (${r.parse.mbps.toFixed(1)} MB/s on one thread, same files, same process); CPU per MB ${(cpuPerMb / parseCpuPerMb).toFixed(2)}× the parse's`,
      '×',
      one(ratio),
    ),
    row(`${label}: peak RSS`, 'MB', one(r.peak / 1e6), { target: '≤ 150 MB', pass: r.peak / 1e6 <= 150 }),
    row(`${label}: RSS after ${r.docs} docs ÷ after 1,000`, '×', one(growth), {
      target: '≤ 1.10',
      pass: Number.isNaN(growth) ? null : growth <= 1.1,
      ...(r.docs < total
        ? {
            note: `stopped at the time budget after ${r.docs} of ${total} docs${Number.isNaN(growth) ? ': too few to compare' : ''}`,
          }
        : {}),
    }),
  );
  notes.push(
    `${label}: ${r.docs} docs in ${r.seconds.toFixed(1)} s, ${r.cpuSeconds.toFixed(1)} s CPU (all threads), ${r.failed} failed records, load average ${r.load.toFixed(1)}`,
  );
}
emit('stream', rows, [
  `stream corpus: ${corpus.docs.length} files, ${(corpus.bytes / 1e6).toFixed(1)} MB (10% GB18030), cycled up to ${total} docs per run; one run per mode, each in a fresh process (whole-process RSS, worker threads included); ${notes.join('; ')}`,
]);
