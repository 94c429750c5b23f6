#!/usr/bin/env node
// `npm run bench`: builds, then runs each scenario in its own process (no JIT or heap state shared
// between scenarios: see docs/performance.md, "V8 pretenuring trap"), and prints one table.
//   node bench/run.mjs [--quick] [--only parse,stream,cold-start,jobs,pdf,cli,load] [--no-build] [--markdown FILE]
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const all = ['parse', 'stream', 'cold-start', 'jobs', 'pdf', 'cli', 'load'];
const only = value('--only')?.split(',') ?? all;
const started = performance.now();

if (!flag('--no-build')) {
  process.stderr.write('bench: npm run build\n');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) process.stderr.write('bench: the build reported errors; measuring what was emitted\n');
}

const results = [];
for (const scenario of only) {
  if (!all.includes(scenario)) throw new Error(`unknown scenario ${scenario}; known: ${all.join(', ')}`);
  process.stderr.write(`bench: ${scenario} …`);
  const t0 = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', path.join(here, 'scenarios', `${scenario}.mjs`), ...(flag('--quick') ? ['--quick'] : [])],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  try {
    results.push(JSON.parse(last));
  } catch {
    results.push({
      scenario,
      rows: [{ figure: 'scenario crashed', unit: '', median: NaN, min: NaN, max: NaN, target: 'runs', pass: false }],
      notes: [(child.stderr || child.stdout).trim().split('\n').slice(-8).join(' | ')],
    });
  }
}

const fmt = (n) =>
  Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2)) : '–';
const lines = [
  '| scenario | figure | unit | median | min | max | ratio (median, min–max) | target | result |',
  '|---|---|---|---:|---:|---:|---|---|---|',
];
for (const { scenario, rows } of results) {
  for (const r of rows) {
    const ratio = r.ratio ? `${fmt(r.ratio.median)}× (${fmt(r.ratio.min)}–${fmt(r.ratio.max)})` : '';
    const result = r.pass === undefined || r.pass === null ? '' : r.pass ? 'PASS' : '**FAIL**';
    const figure = (r.note ? `${r.figure} (${r.note})` : r.figure).replaceAll('|', '\\|');
    lines.push(
      `| ${scenario} | ${figure} | ${r.unit} | ${fmt(r.median)} | ${fmt(r.min)} | ${fmt(r.max)} | ${ratio} | ${r.target ?? ''} | ${result} |`,
    );
  }
}
// Headline targets, each beside its scenario's A/A control: a ratio means little when the A/A is off.
const headlines = results.flatMap(({ scenario, rows }) => {
  const aa = rows.find((r) => r.figure.startsWith('A/A control'));
  return rows
    .filter((r) => r.headline && r.ratio)
    .map((r) => {
      const control = aa?.ratio
        ? `A/A ${fmt(aa.ratio.median)}× (${fmt(aa.ratio.min)}–${fmt(aa.ratio.max)})${aa.pass ? '' : ': too noisy, rerun'}`
        : 'no A/A control';
      return `- ${r.pass ? 'PASS' : '**FAIL**'} ${scenario}: ${r.figure}: ${fmt(r.ratio.median)}× (${fmt(r.ratio.min)}–${fmt(r.ratio.max)}), target ${r.target}; ${control}`;
    });
});
if (headlines.length > 0) lines.push('', ...headlines);
const notes = results.flatMap(({ scenario, notes }) => notes.map((note) => `- ${scenario}: ${note}`));
const seconds = (performance.now() - started) / 1000;
const text = `${lines.join('\n')}\n\n${notes.join('\n')}\n- node ${process.version}, ${(await import('node:os')).availableParallelism()} cores, whole run ${seconds.toFixed(0)} s\n`;
process.stdout.write(`\n${text}`);
const markdown = value('--markdown');
if (markdown) writeFileSync(path.resolve(markdown), text);
const failed = results.flatMap((r) => r.rows).filter((r) => r.pass === false).length;
process.stderr.write(
  `bench: ${failed === 0 ? 'all targets met' : `${failed} target(s) not met`} in ${seconds.toFixed(0)} s\n`,
);
