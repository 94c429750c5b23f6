// Scenario: what the CLI's batch costs around the pipeline (issue 15). Over 5,000 varied report texts (300 with
// --quick), one file each, whole processes in interleaved rounds (order rotated per round), stdout to /dev/null:
//   - the plain loop (lib/plain-loop.mjs: read → extractReport → JSON.stringify → write, one thread), twice (A/A);
//   - `gov-report extract DIR --jobs 1`, twice (A/A), `--jobs 1 --out OUT` (compact JSON files), `--jobs 2`, and
//     no --jobs (the default for the machine and the batch).
// Then peak RSS of `extract --jobs 2` over 20,000 files (2,000 with --quick) to /dev/null, one run.
// Ratios are per round, of docs/s, between runs of the same round.
// BENCH_CLI=/path/to/gov-report.js measures another build of the CLI (e.g. main's, for a before/after).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, textCorpus } from '../lib/corpus.mjs';
import { cliPath, scratch } from '../lib/files.mjs';
import { emit, row } from '../lib/report.mjs';
import { budget, ratios, summary } from '../lib/stats.mjs';

const quick = process.argv.includes('--quick');
const count = quick ? 300 : 5000;
const rssCount = quick ? 2000 : 20_000;
const rounds = quick ? 2 : 3;
const bin = process.env.BENCH_CLI ? path.resolve(process.env.BENCH_CLI) : await cliPath(root);
const entry = path.join(root, 'dist/bundle/index.js');
const loop = path.join(root, 'bench/lib/plain-loop.mjs');
const usage = path.join(root, 'bench/lib/usage.mjs');
const dir = scratch('cli');

/** `n` files of varied report texts (up to 2,000 distinct ones, then repeated) in a new folder. */
function corpus(name, n) {
  let { docs } = textCorpus(Math.min(n, 2000) * 9_000);
  for (let seed = 1; docs.length < Math.min(n, 2000); seed++) docs = docs.concat(textCorpus(2000 * 9_000, seed).docs);
  const folder = path.join(dir, name);
  mkdirSync(folder);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = docs[i % Math.min(n, 2000, docs.length)];
    writeFileSync(path.join(folder, `r${String(i).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { folder, bytes };
}

const input = corpus('in', count);
const out = path.join(dir, 'out');
const devNull = openSync('/dev/null', 'w');

/**
 * Runs one process with stdout to /dev/null, under lib/usage.mjs.
 * @returns wall milliseconds, CPU milliseconds (all its threads), peak RSS in MB.
 */
function timed(args, label) {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', usage, ...args], {
    stdio: ['ignore', devNull, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${label} exited with ${result.status}: ${result.stderr.slice(-500)}`);
  const [, rss, cpu] = /bench-usage ([\d.]+) ([\d.]+)/.exec(result.stderr) ?? [];
  return { ms, cpu: Number(cpu), rss: Number(rss) };
}

const contenders = {
  loop: () => timed([loop, entry, input.folder], 'plain loop'),
  'loop (A/A)': () => timed([loop, entry, input.folder], 'plain loop'),
  'jobs 1': () => timed([bin, 'extract', input.folder, '--jobs', '1'], 'extract --jobs 1'),
  'jobs 1 (A/A)': () => timed([bin, 'extract', input.folder, '--jobs', '1'], 'extract --jobs 1'),
  'jobs 1 --out': () => {
    rmSync(out, { recursive: true, force: true });
    return timed([bin, 'extract', input.folder, '--jobs', '1', '--out', out], 'extract --out');
  },
  'jobs 2': () => timed([bin, 'extract', input.folder, '--jobs', '2'], 'extract --jobs 2'),
  default: () => timed([bin, 'extract', input.folder], 'extract'),
};
const names = Object.keys(contenders);
const times = Object.fromEntries(names.map((name) => [name, []]));
const cpu = Object.fromEntries(names.map((name) => [name, []]));
const loadBefore = os.loadavg()[0];
const clock = budget(quick ? 60_000 : 200_000);
for (let round = 0; round < rounds && (round < 2 || !clock.over()); round++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length];
    const run = contenders[name]();
    times[name].push(run.ms);
    cpu[name].push(run.cpu);
  }
}
const loadAfter = os.loadavg()[0];
const rate = (ms) => count / (ms / 1000);
// Ratio of docs/s of `a` to `b` in each round = b's time / a's time.
const faster = (a, b) => ratios(times[b], times[a]);
const pass = (ratio, least) => ratio.median >= least;

const aaLoop = faster('loop (A/A)', 'loop');
const aaCli = faster('jobs 1 (A/A)', 'jobs 1');
const cliVsLoop = faster('jobs 1', 'loop');
const outVsNull = faster('jobs 1 --out', 'jobs 1');
const defaultVsOne = faster('default', 'jobs 1');
const twoVsOne = faster('jobs 2', 'jobs 1');
// The same ratios in CPU time (all threads of each process): less moved by other work on the machine.
const cpuRatio = (a, b) => ratios(cpu[b], cpu[a]);
const cpuCliVsLoop = cpuRatio('jobs 1', 'loop');
const cpuOutVsNull = cpuRatio('jobs 1 --out', 'jobs 1');
const cpuAa = cpuRatio('jobs 1 (A/A)', 'jobs 1');

// Peak RSS, once: the many-file batch with two workers.
const big = corpus('rss', rssCount);
const rss = timed([bin, 'extract', big.folder, '--jobs', '2'], 'extract (peak RSS)');
const peak = rss.rss;
closeSync(devNull);
rmSync(dir, { recursive: true, force: true });

const stats = (name) => summary(times[name].map(rate));
emit(
  'cli',
  [
    row(`plain loop (read → extractReport → JSON.stringify → write), ${count} text files`, 'docs/s', stats('loop')),
    row('plain loop again (A/A control)', 'docs/s', stats('loop (A/A)'), {
      ratio: aaLoop,
      target: '0.85–1.15 (noise)',
      pass: aaLoop.median >= 0.85 && aaLoop.median <= 1.15,
    }),
    row('extract --jobs 1 (stdout to /dev/null) ÷ plain loop', 'docs/s', stats('jobs 1'), {
      ratio: cliVsLoop,
      target: '≥ 0.95×',
      pass: pass(cliVsLoop, 0.95),
    }),
    row('extract --jobs 1 again (A/A control)', 'docs/s', stats('jobs 1 (A/A)'), {
      ratio: aaCli,
      target: '0.85–1.15 (noise)',
      pass: aaCli.median >= 0.85 && aaCli.median <= 1.15,
    }),
    row('extract --jobs 1 --out (compact JSON files) ÷ to /dev/null', 'docs/s', stats('jobs 1 --out'), {
      ratio: outVsNull,
      target: '≥ 0.85×',
      pass: pass(outVsNull, 0.85),
    }),
    row(`extract (default --jobs on ${os.availableParallelism()} cores) ÷ --jobs 1`, 'docs/s', stats('default'), {
      ratio: defaultVsOne,
      target: '≥ 0.95× (not slower, within noise)',
      pass: pass(defaultVsOne, 0.95),
    }),
    row('extract --jobs 2 ÷ --jobs 1', 'docs/s', stats('jobs 2'), { ratio: twoVsOne }),
    row('CPU time (all threads): extract --jobs 1 A/A control', 'ms', summary(cpu['jobs 1 (A/A)']), {
      ratio: cpuAa,
      note: 'CPU ratios are of docs per CPU second',
    }),
    row('CPU time: extract --jobs 1 ÷ plain loop', 'ms', summary(cpu['jobs 1']), { ratio: cpuCliVsLoop }),
    row('CPU time: extract --jobs 1 --out ÷ to /dev/null', 'ms', summary(cpu['jobs 1 --out']), {
      ratio: cpuOutVsNull,
    }),
    row(
      `peak RSS, extract --jobs 2, ${rssCount} text files`,
      'MB',
      { median: peak, min: peak, max: peak },
      { target: '≤ 200 MB', pass: peak <= 200 },
    ),
  ],
  [
    `${times.loop.length} interleaved round(s) of whole processes over ${count} files (${(input.bytes / 1e6).toFixed(1)} MB; wall time, start-up included), ` +
      `stdout to /dev/null; ${bin === (await cliPath(root)) ? 'this build' : bin}; peak RSS: one run over ${rssCount} files (${rss.ms.toFixed(0)} ms); ` +
      `load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
  ],
);
