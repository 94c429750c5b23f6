#!/usr/bin/env node
// `npm run bench:profile`: a CPU profile (node --cpu-prof) of parseReportText over the bench corpus,
// summarised as the top self-time functions and files. The .cpuprofile is kept for Chrome DevTools.
//   node bench/profile.mjs [--mb 4] [--top 25]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);

if (argv[0] === '--child') {
  const { textCorpus, root } = await import('./lib/corpus.mjs');
  const { parseReportText } = await import(path.join(root, 'dist/src/pipeline/index.js'));
  const { docs } = textCorpus(Number(argv[1]) * 1e6);
  for (const doc of docs.slice(0, 200)) parseReportText(doc); // warm-up, as in the bench
  let n = 0;
  for (let round = 0; round < 3; round++) for (const doc of docs) n += parseReportText(doc).tables.length;
  process.stdout.write(`${n}\n`);
  process.exit(0);
}

const dir = path.join(os.tmpdir(), 'gov-report-bench', 'profile');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const child = spawnSync(
  process.execPath,
  [
    '--cpu-prof',
    '--cpu-prof-dir',
    dir,
    '--cpu-prof-interval',
    '200',
    fileURLToPath(import.meta.url),
    '--child',
    String(option('--mb', 4)),
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
if (child.status !== 0) process.exit(child.status ?? 1);
const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfTime = new Map();
profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const byFunction = new Map();
const byFile = new Map();
const short = (url) => url.replace(/^file:\/\//, '').replace(/^.*\/(dist|node_modules)\//, '$1/');
for (const [id, us] of selfTime) {
  const { callFrame } = nodes.get(id);
  const where = short(callFrame.url) || '(native)';
  const fn = `${callFrame.functionName || '(anonymous)'}  ${where}:${callFrame.lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  const area = where.startsWith('node_modules/') ? where.split('/').slice(0, 2).join('/') : where;
  byFile.set(area, (byFile.get(area) ?? 0) + us);
}
const total = [...selfTime.values()].reduce((a, b) => a + b, 0);
const top = option('--top', 25);
const print = (title, map, n) => {
  console.log(`\n${title}`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`);
};
console.log(`profile: ${path.join(dir, file)} (${(total / 1e6).toFixed(1)} s sampled)`);
print('self time by file', byFile, 12);
print('self time by function', byFunction, top);
