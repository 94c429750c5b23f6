import fc from 'fast-check';
import { parseReportText } from '../../src/parse.js';
import { unaccountedLines, reportShapeProblem } from './helpers/accounted.js';
import { anyInput, anyUnicode } from './helpers/arbitraries.js';
const n = Number(process.argv[2] ?? 2000);
for (const [name, arb] of [['anyInput', anyInput], ['anyUnicode', anyUnicode]] as const) {
  const r = fc.check(fc.property(arb, (text) => {
    const rep = parseReportText(text);
    const p = reportShapeProblem(rep); if (p) throw new Error(p);
    const u = unaccountedLines(text, rep); if (u.length) throw new Error('unaccounted ' + u.join(','));
  }), { seed: 1, numRuns: n });
  console.log(name, r.failed ? fc.defaultReportMessage(r).slice(0, 3000) : 'ok');
}
