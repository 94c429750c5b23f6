#!/usr/bin/env node
// Cost of each stage of parseReportText against the floor (split('\n') then split('|')) on the same documents.
// Contenders are cumulative: each runs the pipeline from the raw text up to one more stage (normalise,
// + grammar (lexer, parser and the blocks it fills: src/pipeline/grammar.ts runGrammar), + assemble,
// + template, + validate), keeps nothing (every Report is dropped at once), and is
// timed in wall time in interleaved rounds (bench/lib/stats.mjs), with an A/A copy of the floor as control.
// A stage's own cost is the difference between two cumulative ratios.
//   npm run build && node bench/stages.mjs [--mb 3] [--rounds 9] [--dist DIR]
// `--dist` points at another compiled tree (e.g. a build of an older commit, with node_modules linked) to
// compare; run both and compare the ratios, never the absolute times.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, textCorpus } from './lib/corpus.mjs';
import { interleave, ratios } from './lib/stats.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const dist = path.resolve(option('--dist', path.join(root, 'dist')));
const mb = Number(option('--mb', 3));
const rounds = Number(option('--rounds', 9));
const load = (file) => import(pathToFileURL(path.join(dist, file)).href);

const { rebuildTables } = await load('src/normalise/tables/index.js');
const { runGrammar } = await load('src/pipeline/grammar.js');
const { buildReport } = await load('src/assemble/index.js');
const { PositionMapper } = await load('src/pipeline/source-map.js');
const { applyTemplateWithCells } = await load('src/templates/index.js');
const { validateReport } = await load('src/validate/index.js');
const { parseReportText } = await load('src/pipeline/index.js');

const { docs, bytes } = textCorpus(mb * 1e6);

/** Runs the stages up to `depth` (1 = normalise … 5 = validate) on one document; returns a small number. */
function upTo(depth, doc) {
  const prepared = rebuildTables(doc);
  if (depth === 1) return prepared.text.length;
  const { blocks } = runGrammar(prepared.text);
  if (depth === 2) return blocks.length + 1;
  const report = buildReport(blocks, new PositionMapper(prepared.text, doc, prepared.origins), {
    fileName: null,
    diagnostics: [],
  });
  if (depth === 3) return report.tables.length + 1;
  const { cells } = applyTemplateWithCells(report);
  if (depth === 4) return cells.length + 1;
  return validateReport(report, cells).length + 1;
}

const each = (f) => () => {
  let n = 0;
  for (const doc of docs) n += f(doc);
  return n;
};
const floor = (doc) => {
  let n = 0;
  for (const line of doc.split('\n')) n += line.split('|').length;
  return n;
};
const contenders = {
  floor: each(floor),
  'floor (A/A)': each(floor),
  normalise: each((doc) => upTo(1, doc)),
  '+ grammar': each((doc) => upTo(2, doc)),
  '+ assemble': each((doc) => upTo(3, doc)),
  '+ template': each((doc) => upTo(4, doc)),
  '+ validate': each((doc) => upTo(5, doc)),
  parseReportText: each((doc) => parseReportText(doc).tables.length + 1),
};

const times = interleave(contenders, { rounds, warmup: 1, minRounds: 3 });
console.log(
  `${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB, ${times.floor.length} interleaved rounds, wall time, cumulative stages, ${path.relative(process.cwd(), dist) || '.'}`,
);
console.log('| up to stage | × floor, median (min–max) | this stage alone, × floor |');
console.log('|---|---|---|');
let before = 0;
for (const name of Object.keys(contenders)) {
  const r = ratios(times[name], times.floor);
  const own = name.startsWith('+ ') || name === 'normalise' ? (r.median - before).toFixed(2) : '';
  if (own) before = r.median;
  console.log(`| ${name} | ${r.median.toFixed(2)} (${r.min.toFixed(2)}–${r.max.toFixed(2)}) | ${own} |`);
}
