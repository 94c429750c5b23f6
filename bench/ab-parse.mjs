#!/usr/bin/env node
// parseReportText of two compiled trees (e.g. a build of main and one of a branch), A/B in one process: CPU time
// (process.cpuUsage) in interleaved rounds over the bench corpus, with the floor (split('\n') then split('|')) and an
// A/A copy of A in the same rounds. On a machine shared with other work, CPU time moves less than wall time
// (bench/stages.mjs); the ratio B ÷ A is the figure to read, beside its A/A control. The tree loaded second (B) read
// 5–20% slower than the first whichever tree it was (docs/performance.md, "The parse end to end"): run both orders
// and take the geometric mean of B ÷ A and 1 ÷ (A ÷ B).
//   node bench/ab-parse.mjs --a DIR --b DIR [--mb 2] [--rounds 9]
// Each DIR is a `dist` (`npm run build`, or `npx tsc -p tsconfig.build.json`) with node_modules reachable from it.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, textCorpus } from './lib/corpus.mjs';
import { median } from './lib/stats.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const load = async (dir) =>
  (await import(pathToFileURL(path.join(path.resolve(dir), 'src/pipeline/index.js')).href)).parseReportText;
const parseA = await load(option('--a', path.join(root, 'dist')));
const parseB = await load(option('--b', path.join(root, 'dist')));
const rounds = Number(option('--rounds', 9));
const { docs, bytes } = textCorpus(Number(option('--mb', 2)) * 1e6);

const floor = (doc) => {
  let n = 0;
  for (const line of doc.split('\n')) n += line.split('|').length;
  return n;
};
const contenders = {
  floor,
  A: (doc) => parseA(doc).tables.length,
  'A (A/A)': (doc) => parseA(doc).tables.length,
  B: (doc) => parseB(doc).tables.length,
};
const names = Object.keys(contenders);
let sink = 0;
for (const name of names) for (const doc of docs) sink += contenders[name](doc); // warm-up
const cpu = Object.fromEntries(names.map((name) => [name, []]));
// A fixed rotation leaves each contender after the same neighbour in every round (the one after a parse of the whole
// corpus pays for its garbage): the order is shuffled per round instead, with a seeded generator (mulberry32).
let seed = 15;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
for (let round = 0; round < rounds; round++) {
  const order = [...names];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const name of order) {
    const f = contenders[name];
    const start = process.cpuUsage();
    for (const doc of docs) sink += f(doc);
    const used = process.cpuUsage(start);
    cpu[name].push(used.user + used.system);
  }
}
if (sink === -1) console.error('unreachable');
const ratio = (a, b) => {
  const r = cpu[a].map((t, i) => t / cpu[b][i]);
  return `${median(r).toFixed(2)} (${Math.min(...r).toFixed(2)}–${Math.max(...r).toFixed(2)})`;
};
console.log(`${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB, ${rounds} interleaved rounds, CPU time`);
console.log(
  `A ÷ floor ${ratio('A', 'floor')} | B ÷ floor ${ratio('B', 'floor')} | B ÷ A ${ratio('B', 'A')} | A/A ${ratio('A (A/A)', 'A')}`,
);
