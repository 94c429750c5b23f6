import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseReportText } from '../../src/parse.js';
import { reportShapeProblem, unaccountedLines } from './helpers/accounted.js';
import { applyMutations, mutations, undamagedLines } from './helpers/mutate.js';
const dir = '/work/main/samples/';
const samples = readdirSync(dir).filter(f => f.endsWith('.txt') && !f.startsWith('render-')).map(name => { const text = readFileSync(dir + name, 'utf8'); return { name, text, report: parseReportText(text) }; });
let checked = 0, lost = 0; const lostEx: string[] = [];
const seed = Number(process.argv[2] ?? 7);
const res = fc.check(fc.property(fc.nat({ max: samples.length - 1 }), mutations, (i, list) => {
  const s = samples[i]!; const lines = applyMutations(s.text, list); const text = lines.map(l => l.text).join('\n');
  const r = parseReportText(text);
  const p = reportShapeProblem(r); if (p) throw new Error(p);
  const u = unaccountedLines(text, r); if (u.length) throw new Error('unacc ' + u);
  const intact = undamagedLines(lines, s.text.split('\n').length);
  const found = new Set(r.tables.flatMap(t => t.rows.map(x => JSON.stringify(x.cells))));
  for (const t of s.report.tables) for (const row of t.rows) {
    const a = row.position.start.line, b = row.position.end.column === 1 && row.position.end.line > a ? row.position.end.line - 1 : row.position.end.line;
    let ok = true; for (let l = a; l <= b; l++) if (!intact.has(l)) ok = false;
    if (!ok) continue; checked++;
    if (!found.has(JSON.stringify(row.cells))) { lost++; if (lostEx.length < 5) lostEx.push(`${s.name} line ${a} ${row.cells.join('|')} after ${JSON.stringify(list)}`); }
  }
}), { seed, numRuns: 3000 });
console.log(res.failed ? fc.defaultReportMessage(res).slice(0, 2000) : 'ok', 'checked', checked, 'lost', lost, lostEx);
