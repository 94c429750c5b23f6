import { readFileSync, readdirSync } from 'node:fs';
import { parseReportText } from '../../src/parse.js';
import { unaccountedLines, reportShapeProblem } from './helpers/accounted.js';
for (const f of readdirSync('/work/main/samples').filter(f=>f.endsWith('.txt'))) {
  const text = readFileSync('/work/main/samples/'+f,'utf8');
  try {
    const r = parseReportText(text, {fileName:f});
    const un = unaccountedLines(text, r);
    console.log(f, r.template, r.year, r.agency, r.publishedOn, 'sections', r.sections.length, 'tables', r.tables.length, 'rows', r.tables.reduce((a,t)=>a+t.rows.length,0), 'diags', r.diagnostics.length, 'unacc', un.slice(0,5), reportShapeProblem(r));
  } catch (e) { console.log(f, 'THROW', e); }
}
