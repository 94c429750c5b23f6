/**
 * `npm run fuzz` (issue #7): hostile and broken input must give a Report or a typed ReportError,
 * quickly, within 1 GB RSS.
 *
 * 1. parseReportText on 100,000 generated texts (report-like lines, random Unicode, pipe soup, deep
 *    numbering, mutated real samples), then eight extremes (1 MB lines, 100,000 empty lines,
 *    150,000 items of one kind). Each must return a well-formed Report that accounts for every
 *    non-blank line (test/robustness/helpers/accounted.ts). Failing inputs are saved for replay.
 * 2. Linear time: each pathological shape is parsed at n, 2n and 4n (median of 3); the ratio per
 *    doubling and the growth exponent log2(t4n/tn)/2 are printed, flagged above 1.5 (noise
 *    allowance on a shared 2-core machine; quadratic code shows 2). A throw counts as a failure.
 * 3. The broken-file corpus (scripts/make-broken-corpus.ts) through extractReport, one file at a
 *    time in a child process (this script bundled by esbuild, run by plain Node, importers warmed
 *    up on the seed fixtures first) watched by this one: more than 10 s or 1 GiB RSS kills the child
 *    and counts as a failure, as does any outcome other than a Report or a ReportError.
 *
 * Usage: tsx scripts/fuzz.ts [--cases N] [--seed S] [--corpus DIR] [--no-parse] [--no-linear]
 *        [--no-corpus] [--no-huge] [--only REGEX] [--timeout-ms 10000] [--max-rss-mb 1024]
 * Regenerate the corpus with `npm run make-broken-corpus` (the fuzz run makes it when missing).
 * Exit code 1 when anything failed.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { isReportError } from '../src/errors.js';
import { parseReportText } from '../src/pipeline/index.js';
import { reportShapeProblem, unaccountedLines } from '../test/robustness/helpers/accounted.js';
import { anyInput } from '../test/robustness/helpers/arbitraries.js';
import { applyMutations, mutations } from '../test/robustness/helpers/mutate.js';
import { defaultCorpusDir, makeBrokenCorpus } from './make-broken-corpus.js';

/** The repository root; the bundled corpus child gets it through the environment. */
const root = process.env['GOV_REPORT_ROOT'] ?? fileURLToPath(new URL('..', import.meta.url));

interface Options {
  cases: number;
  seed: number;
  corpus: string;
  parse: boolean;
  linear: boolean;
  corpusRun: boolean;
  huge: boolean;
  timeoutMs: number;
  maxRssMb: number;
  /** Corpus files whose name matches (default: all). */
  only: RegExp;
}

function readOptions(argv: string[]): Options {
  const value = (name: string, fallback: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
  };
  return {
    cases: Number(value('--cases', '100000')),
    seed: Number(value('--seed', '20261128')),
    corpus: value('--corpus', defaultCorpusDir),
    parse: !argv.includes('--no-parse'),
    linear: !argv.includes('--no-linear'),
    corpusRun: !argv.includes('--no-corpus'),
    huge: !argv.includes('--no-huge'),
    timeoutMs: Number(value('--timeout-ms', '10000')),
    maxRssMb: Number(value('--max-rss-mb', '1024')),
    only: new RegExp(value('--only', '')),
  };
}

// ---------------------------------------------------------------- 1. parseReportText

function loadSamples(): string[] {
  const dir = join(root, 'samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

interface ParseStats {
  cases: number;
  reports: number;
  typedErrors: number;
  other: number;
  slowest: { ms: number; length: number; head: string };
  failures: string[];
}

/**
 * Parses one case and counts it: a Report of the right shape that accounts for every line, a typed
 * error, or anything else (the returned problem).
 * @param text The input.
 * @param head How to name the case if it is the slowest.
 * @param stats Counters, updated in place.
 * @returns The problem, or null.
 */
function checkCase(text: string, head: string, stats: ParseStats): string | null {
  stats.cases++;
  const t0 = performance.now();
  let problem: string | null;
  try {
    const report = parseReportText(text);
    problem = reportShapeProblem(report);
    if (!problem) {
      const missing = unaccountedLines(text, report);
      if (missing.length > 0) problem = `lines not accounted for: ${missing.slice(0, 10).join(', ')}`;
    }
    if (!problem) stats.reports++;
  } catch (error) {
    if (isReportError(error)) stats.typedErrors++;
    problem = `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
  const ms = performance.now() - t0;
  if (ms > stats.slowest.ms) stats.slowest = { ms, length: text.length, head };
  return problem;
}

function fuzzParse(options: Options): ParseStats {
  const samples = loadSamples();
  const mutatedSample = fc.tuple(fc.nat({ max: samples.length - 1 }), mutations).map(([i, list]) =>
    applyMutations(samples[i]!, list)
      .map((l) => l.text)
      .join('\n'),
  );
  const input = fc.oneof({ weight: 4, arbitrary: anyInput }, { weight: 1, arbitrary: mutatedSample });
  const stats: ParseStats = {
    cases: 0,
    reports: 0,
    typedErrors: 0,
    other: 0,
    slowest: { ms: 0, length: 0, head: '' },
    failures: [],
  };
  const failDir = join(tmpdir(), 'gov-report-fuzz-failures');
  const started = performance.now();
  fc.assert(
    fc.property(input, (text) => {
      const problem = checkCase(text, JSON.stringify(text.slice(0, 60)), stats);
      if (problem) {
        stats.other++;
        if (stats.failures.length < 20) {
          mkdirSync(failDir, { recursive: true });
          const file = join(failDir, `case-${stats.cases}.txt`);
          writeFileSync(file, text);
          stats.failures.push(`${problem} (input saved to ${file})`);
        }
      }
      if (stats.cases % 10_000 === 0)
        process.stderr.write(`  ${stats.cases} cases, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
      return true;
    }),
    { seed: options.seed, numRuns: options.cases },
  );
  // Extremes no generator reaches: a 1 MB line, 100,000 empty lines, >120,000 items of one kind
  // (past V8's argument limit for `f(...array)`), 5,000 nested headings.
  const markers = ['一、', '（一）', '1.', '（1）', '①'];
  const extremes: [string, () => string][] = [
    ['1 MB prose line', () => '一、' + '政府信息公开'.repeat(170_000)],
    ['1 MB pipe line', () => '1 | '.repeat(250_000)],
    ['100,000 empty lines', () => '\n'.repeat(100_000)],
    ['150,000 inline 一是 items', () => '一、概述\n' + '一是加强。'.repeat(150_000)],
    [
      '150,000 table rows',
      () => '统计指标 | 单位 | 数 |\n' + Array.from({ length: 150_000 }, (_, i) => `项目${i} | 件 | ${i} |`).join('\n'),
    ],
    ['150,000 paragraphs', () => '一、概述\n' + Array.from({ length: 150_000 }, () => '我局公开信息。').join('\n')],
    ['150,000 page-furniture lines', () => Array.from({ length: 150_000 }, (_, i) => `- ${i} -`).join('\n')],
    ['5,000 nested headings', () => Array.from({ length: 5_000 }, (_, i) => `${markers[i % 5]}标题${i}`).join('\n')],
  ];
  for (const [name, make] of extremes) {
    const problem = checkCase(make(), name, stats);
    if (problem) {
      stats.other++;
      stats.failures.push(`${name}: ${problem}`);
    }
  }
  return stats;
}

// ---------------------------------------------------------------- 2. linear time

/** Fastest of three runs: on a shared machine, interference only ever adds time. */
function timeParse(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    try {
      parseReportText(text);
    } catch {
      return Number.NaN;
    }
    runs.push(performance.now() - t0);
  }
  return Math.min(...runs);
}

function linearTime(): {
  name: string;
  sizes: number[];
  ms: number[];
  ratios: number[];
  exponent: number;
  ok: boolean;
}[] {
  const samples = loadSamples().join('\n');
  const markers = ['一、', '（一）', '1.', '（1）', '①'];
  const shapes: { name: string; make: (scale: number) => string }[] = [
    { name: 'samples concatenated', make: (s) => Array.from({ length: 4 * s }, () => samples).join('\n') },
    { name: 'one long prose line', make: (s) => '一、' + '政府信息公开工作'.repeat(100_000 * s) },
    { name: 'one long pipe line', make: (s) => '1 | '.repeat(50_000 * s) },
    { name: 'empty lines', make: (s) => '\n'.repeat(50_000 * s) },
    {
      name: 'deep numbering',
      make: (s) => Array.from({ length: 4_000 * s }, (_, i) => `${markers[i % 5]}标题${i}`).join('\n'),
    },
    {
      name: 'table rows',
      make: (s) =>
        '统计指标 | 单位 | 年度累计数 |\n' +
        Array.from({ length: 5_000 * s }, (_, i) => `${i}.项目 | 件 | ${i} |`).join('\n'),
    },
    {
      name: 'random unicode',
      make: (s) =>
        fc
          .sample(fc.string({ unit: 'binary', minLength: 1000, maxLength: 1000 }), { seed: 1, numRuns: 160 * s })
          .join('\n'),
    },
    {
      name: 'wrapped prose lines',
      make: (s) => Array.from({ length: 2_500 * s }, () => '我局通过门户网站主动公开政府信息共').join('\n'),
    },
    {
      name: 'space-aligned columns',
      make: (s) => Array.from({ length: 2_000 * s }, () => '1            2            3           4').join('\n'),
    },
    {
      name: 'many 其中 rows',
      make: (s) =>
        '统计指标 | 单位 | 数 |\n一、总 | 件 | 1 |\n' +
        Array.from({ length: 3_000 * s }, (_, i) => `其中:项目${i} | 件 | ${i} |`).join('\n'),
    },
    { name: 'one-cell rows', make: (s) => Array.from({ length: 5_000 * s }, (_, i) => `${i} |`).join('\n') },
    { name: 'inline 一是 items', make: (s) => '一、概述\n' + '一是加强。二是规范。三是完善。'.repeat(8_000 * s) },
    {
      name: 'page furniture',
      make: (s) => Array.from({ length: 3_000 * s }, (_, i) => `第 ${i} 页 共 9 页\n- ${i} -`).join('\n'),
    },
  ];
  const measure = (
    name: string,
    make: (scale: number) => string,
    scales: number[],
  ): { name: string; sizes: number[]; ms: number[]; ratios: number[]; exponent: number; ok: boolean } => {
    const texts = scales.map(make);
    timeParse(texts[0]!); // warm-up
    const ms = texts.map(timeParse);
    if (ms.some((m) => Number.isNaN(m)))
      return {
        name,
        sizes: texts.map((t) => t.length),
        ms,
        ratios: [Number.NaN, Number.NaN],
        exponent: Number.NaN,
        ok: false,
      };
    const ratios = [ms[1]! / ms[0]!, ms[2]! / ms[1]!];
    // Growth exponent over the whole 4x: 1 = linear, 2 = quadratic. Under 200 ms, timer noise dominates.
    const exponent = Math.log2(ms[2]! / ms[0]!) / 2;
    return { name, sizes: texts.map((t) => t.length), ms, ratios, exponent, ok: exponent <= 1.5 || ms[2]! < 200 };
  };
  return shapes.map(({ name, make }) => {
    const first = measure(name, make, [1, 2, 4]);
    if (first.ok) return first;
    // One retry at twice the size before calling it: other processes on a shared machine make single runs jumpy.
    const second = measure(`${name} (retry 2×)`, make, [2, 4, 8]);
    return second.exponent < first.exponent ? second : first;
  });
}

// ---------------------------------------------------------------- 3. broken-file corpus

interface FileOutcome {
  file: string;
  outcome: 'report' | 'typed-error' | 'other' | 'timeout' | 'rss-exceeded' | 'crashed';
  code?: string;
  detail?: string;
  ms: number;
  peakRssMb: number;
}

/** Child side: read one path per message, answer with the outcome. */
async function runChild(): Promise<void> {
  const { extractReport } = (await import('../src/extract.js')) as {
    extractReport: (input: string, options?: { fileName?: string }) => Promise<unknown>;
  };
  // Warm up every importer on the seed fixtures first, so the 10 s budget measures the hostile
  // file, not loading pdf.js or mammoth (cold start is a separate, measured cost: bench/).
  const t0 = performance.now();
  for (const name of ['report.pdf', 'report.docx', 'report.doc', 'report.html', 'report.utf8.txt']) {
    await extractReport(join(root, 'test', 'fixtures', 'seed', name)).catch(() => undefined);
  }
  const warmUpMs = performance.now() - t0;
  process.on('message', async (message: { file: string }) => {
    const t0 = performance.now();
    let reply: Omit<FileOutcome, 'peakRssMb'>;
    try {
      const report = await extractReport(message.file, { fileName: basename(message.file) });
      const problem = reportShapeProblem(report);
      const r = report as { diagnostics: { code: string; severity: string }[] };
      reply = problem
        ? { file: message.file, outcome: 'other', detail: `malformed Report: ${problem}`, ms: performance.now() - t0 }
        : {
            file: message.file,
            outcome: 'report',
            detail: [...new Set(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))].join(','),
            ms: performance.now() - t0,
          };
    } catch (error) {
      reply = isReportError(error)
        ? { file: message.file, outcome: 'typed-error', code: error.code, ms: performance.now() - t0 }
        : {
            file: message.file,
            outcome: 'other',
            detail: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error),
            ms: performance.now() - t0,
          };
    }
    (globalThis as { gc?: () => void }).gc?.();
    process.send!(reply);
  });
  process.send!({ ready: true, warmUpMs });
}

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Bundles this script with esbuild (packages external) so the corpus child runs under plain Node:
 * under tsx's loader, pdf.js's 2 MB modules are transformed on load, which makes every PDF ~10×
 * slower and the process ~500 MB bigger than what users of the built library see.
 * @returns Path of the bundle, inside node_modules/.cache so that packages resolve.
 */
async function bundleChild(): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = join(root, 'node_modules', '.cache', 'gov-report-fuzz', 'fuzz.mjs');
  await build({
    entryPoints: [fileURLToPath(import.meta.url)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

async function runCorpus(files: string[], options: Options): Promise<FileOutcome[]> {
  const results: FileOutcome[] = [];
  const childScript = await bundleChild();
  const warmUps: number[] = [];
  let child: ChildProcess | null = null;
  const startChild = async (): Promise<ChildProcess> => {
    const c = fork(childScript, ['--child'], {
      execArgv: ['--expose-gc', '--max-old-space-size=4096'],
      env: { ...process.env, GOV_REPORT_ROOT: root },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    await new Promise<void>((resolve, reject) => {
      c.once('message', (m: { warmUpMs?: number }) => {
        warmUps.push(m.warmUpMs ?? 0);
        resolve();
      });
      c.once('exit', (code) => reject(new Error(`fuzz child exited during start-up (code ${code})`)));
      setTimeout(() => reject(new Error('fuzz child did not warm up within 120 s')), 120_000).unref();
    });
    c.removeAllListeners('exit');
    return c;
  };
  for (const file of files) {
    child ??= await startChild();
    const current: ChildProcess = child;
    const t0 = performance.now();
    let peak = rssMb(current.pid!);
    const outcome = await new Promise<FileOutcome>((resolve) => {
      const finish = (o: FileOutcome): void => {
        clearInterval(sampler);
        clearTimeout(timer);
        current.removeAllListeners('message');
        current.removeAllListeners('exit');
        resolve(o);
      };
      const kill = (kind: 'timeout' | 'rss-exceeded'): void => {
        current.kill('SIGKILL');
        child = null;
        finish({ file, outcome: kind, ms: performance.now() - t0, peakRssMb: peak });
      };
      const sampler = setInterval(() => {
        peak = Math.max(peak, rssMb(current.pid!));
        if (peak > options.maxRssMb) kill('rss-exceeded');
      }, 25);
      const timer = setTimeout(() => kill('timeout'), options.timeoutMs);
      current.once('message', (reply: Omit<FileOutcome, 'peakRssMb'>) => {
        peak = Math.max(peak, rssMb(current.pid!));
        finish({ ...reply, peakRssMb: peak, ...(peak > options.maxRssMb ? { outcome: 'rss-exceeded' as const } : {}) });
      });
      current.once('exit', (code, signal) => {
        child = null;
        finish({
          file,
          outcome: 'crashed',
          detail: `exit ${code ?? signal}`,
          ms: performance.now() - t0,
          peakRssMb: peak,
        });
      });
      current.send({ file });
    });
    results.push(outcome);
    if (results.length % 50 === 0) process.stderr.write(`  ${results.length}/${files.length} files\n`);
  }
  (child as ChildProcess | null)?.kill();
  console.log(
    `  child processes ${warmUps.length}; importer warm-up ${warmUps.map((m) => `${m.toFixed(0)} ms`).join(', ')}`,
  );
  return results;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  let failed = false;

  if (options.parse) {
    console.log(`parseReportText: ${options.cases} generated cases + 8 extremes, seed ${options.seed}`);
    const s = fuzzParse(options);
    console.log(`  cases ${s.cases} · reports ${s.reports} · typed errors ${s.typedErrors} · anything else ${s.other}`);
    console.log(`  slowest case ${s.slowest.ms.toFixed(1)} ms (${s.slowest.length} chars, starts ${s.slowest.head})`);
    for (const f of s.failures) console.log(`  FAIL ${f}`);
    if (s.other > 0) failed = true;
  }

  if (options.linear) {
    console.log(
      'linear time (parse time at n, 2n, 4n; ratio per doubling; growth exponent, flagged above 1.5; NaN = threw):',
    );
    for (const r of linearTime()) {
      console.log(
        `  ${r.ok ? 'ok  ' : 'SLOW'} ${r.name.padEnd(22)} ${r.sizes.map((n) => `${(n / 1e6).toFixed(2)}M`).join(' / ')} chars: ${r.ms.map((m) => `${m.toFixed(0)} ms`).join(' / ')}; ratios ${r.ratios.map((x) => x.toFixed(2)).join(', ')}; exponent ${r.exponent.toFixed(2)}`,
      );
      if (!r.ok) failed = true;
    }
  }

  if (options.corpusRun) {
    if (!existsSync(join(root, 'src', 'extract.ts')) && !existsSync(join(root, 'src', 'extract.js'))) {
      console.log('broken-file corpus: skipped, src/extract.ts (extractReport) does not exist yet');
    } else {
      if (!existsSync(options.corpus) || readdirSync(options.corpus).length === 0) {
        console.log(`broken-file corpus: generating in ${options.corpus}`);
        await makeBrokenCorpus(options.corpus, options.huge);
      }
      const files = readdirSync(options.corpus)
        .filter((f) => (options.huge || !/^(huge|large)-/.test(f)) && options.only.test(f))
        .sort()
        .map((f) => join(options.corpus, f));
      console.log(
        `broken-file corpus: ${files.length} files through extractReport (limits ${options.timeoutMs / 1000} s, ${options.maxRssMb} MiB RSS)`,
      );
      const results = await runCorpus(files, options);
      const count = (o: FileOutcome['outcome']): number => results.filter((r) => r.outcome === o).length;
      const bad = results.filter((r) => !['report', 'typed-error'].includes(r.outcome));
      const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a), results[0]!);
      const passed = results.filter((r) => r.outcome === 'report' || r.outcome === 'typed-error');
      const slowestPassed = passed.reduce((a, b) => (b.ms > a.ms ? b : a), passed[0] ?? slowest);
      const fattest = results.reduce((a, b) => (b.peakRssMb > a.peakRssMb ? b : a), results[0]!);
      console.log(
        `  files ${results.length} · reports ${count('report')} · typed errors ${count('typed-error')} · anything else ${bad.length} (timeouts ${count('timeout')}, over RSS ${count('rss-exceeded')}, crashes ${count('crashed')}, untyped ${count('other')})`,
      );
      console.log(
        `  slowest ${basename(slowest.file)} ${slowest.ms.toFixed(0)} ms (slowest answered: ${basename(slowestPassed.file)} ${slowestPassed.ms.toFixed(0)} ms) · peak RSS ${fattest.peakRssMb.toFixed(0)} MiB (${basename(fattest.file)})`,
      );
      const codes = new Map<string, number>();
      for (const r of results) if (r.outcome === 'typed-error') codes.set(r.code!, (codes.get(r.code!) ?? 0) + 1);
      console.log(
        `  error codes: ${[...codes]
          .sort((a, b) => b[1] - a[1])
          .map(([c, n]) => `${c} ${n}`)
          .join(', ')}`,
      );
      const named = results.filter((r) => !/\.(trunc|flip)-/.test(basename(r.file)));
      for (const r of named)
        console.log(
          `  ${basename(r.file).padEnd(34)} ${r.outcome}${r.code ? ` ${r.code}` : ''}${r.detail ? ` ${r.detail}` : ''} · ${r.ms.toFixed(0)} ms · ${r.peakRssMb.toFixed(0)} MiB`,
        );
      for (const r of bad.slice(0, 30))
        console.log(
          `  FAIL ${basename(r.file)}: ${r.outcome}${r.detail ? ` ${r.detail}` : ''} (${r.ms.toFixed(0)} ms, ${r.peakRssMb.toFixed(0)} MiB)`,
        );
      if (bad.length > 0) failed = true;
    }
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv.includes('--child')) await runChild();
else await main();
