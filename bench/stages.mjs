#!/usr/bin/env node
// Per-stage cost of parseReportText against the floor (split('\n') then split('|')) on the same documents:
// prepare (table rebuilding), grammar (lex + CST), build, templates (applyTemplate), validation
// (validateReport), the lexer alone, and the whole pipeline. Each stage runs over reports prepared by the
// stages before it, in interleaved rounds, timed by this process's CPU time (process.cpuUsage), which a busy
// shared machine disturbs far less than wall time. Ratios: per-round median, and min ÷ min of the floor.
//   npm run build && node bench/stages.mjs [--mb 3] [--rounds 9] [--dist DIR]
// `--dist` points at another compiled tree (e.g. a build of an older commit, with node_modules linked) to
// compare; run it twice and compare the ratios, never the absolute times.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, textCorpus } from './lib/corpus.mjs';
import { median } from './lib/stats.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const dist = path.resolve(option('--dist', path.join(root, 'dist')));
const mb = Number(option('--mb', 3));
const rounds = Number(option('--rounds', 9));
const load = (file) => import(pathToFileURL(path.join(dist, file)).href);

const { rebuildTables: prepareText } = await load('src/normalise/tables/index.js');
const { parseReportTextCst } = await load('grammars/report-text/index.js');
const { reportTextLexer } = await load('grammars/report-text/lexer.js');
const { buildReport } = await load('src/assemble/index.js');
const { PositionMapper } = await load('src/pipeline/source-map.js');
const { applyTemplate } = await load('src/templates/index.js');
const { validateReport } = await load('src/validate/index.js');
const { parseReportText } = await load('src/pipeline/index.js');

const { docs, bytes } = textCorpus(mb * 1e6);
const prepared = docs.map(prepareText);
const grammar = prepared.map((p) => parseReportTextCst(p.text));
const built = () =>
  docs.map((doc, i) =>
    buildReport(grammar[i].cst, prepared[i].text, new PositionMapper(prepared[i].text, doc, prepared[i].origins), {
      fileName: null,
      diagnostics: [],
    }),
  );
const reports = built();
for (const report of reports) applyTemplate(report);

const sum = (list, f) => list.reduce((n, x) => n + f(x), 0);
const stages = {
  floor: () => sum(docs, (doc) => sum(doc.split('\n'), (line) => line.split('|').length)),
  lexer: () => sum(docs, (doc) => reportTextLexer.tokenize(doc).tokens.length),
  prepare: () => sum(docs, (doc) => prepareText(doc).text.length),
  grammar: () => sum(prepared, (p) => parseReportTextCst(p.text).errors.length + 1),
  build: () => built().length,
  // applyTemplate on a report that already has keys sets them again to the same values: repeatable.
  templates: () => sum(reports, (report) => applyTemplate(report).length + 1),
  validation: () => sum(reports, (report) => validateReport(report).length + 1),
  parseReportText: () => sum(docs, (doc) => parseReportText(doc).tables.length + 1),
};

const names = Object.keys(stages);
const times = Object.fromEntries(names.map((name) => [name, []]));
let sink = 0;
for (const name of names) sink += stages[name](); // warm-up
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length];
    const start = process.cpuUsage();
    sink += stages[name]();
    const { user, system } = process.cpuUsage(start);
    times[name].push((user + system) / 1000);
  }
}
if (sink === -1) console.log('unreachable');

console.log(
  `${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB, ${rounds} interleaved rounds, CPU time, ${path.relative(process.cwd(), dist) || '.'}`,
);
console.log('| stage | ms per round (median) | × floor (median of rounds) | × floor (min ÷ min) |');
console.log('|---|---|---|---|');
for (const name of names) {
  const ratio = median(times[name].map((t, r) => t / times.floor[r]));
  const minRatio = Math.min(...times[name]) / Math.min(...times.floor);
  console.log(`| ${name} | ${median(times[name]).toFixed(1)} | ${ratio.toFixed(2)} | ${minRatio.toFixed(2)} |`);
}
