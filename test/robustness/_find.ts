import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { parseReportText } from '../../src/parse.js';
const lines = fc.sample(fc.string({ unit: 'binary', minLength: 1000, maxLength: 1000 }), { seed: 1, numRuns: 1280 });
const fails = (ls: string[]) => { try { parseReportText(ls.join('\n')); return false; } catch (e) { return String(e).includes('Pipe') || String(e).includes("reading 'map'"); } };
console.log('full fails', fails(lines));
for (const [i, l] of lines.entries()) if (fails([l])) { console.log('single line', i); }
// delta-minimise
let cur = lines;
let chunk = Math.ceil(cur.length / 2);
while (chunk >= 1) {
  let changed = false;
  for (let i = 0; i < cur.length; i += chunk) { const cand = [...cur.slice(0, i), ...cur.slice(i + chunk)]; if (cand.length && fails(cand)) { cur = cand; changed = true; i -= chunk; } }
  if (!changed) chunk = Math.floor(chunk / 2);
}
console.log('lines left', cur.length);
// now minimise characters
let text = cur.join('\n');
let step = Math.ceil(text.length / 2);
const f2 = (t: string) => { try { parseReportText(t); return false; } catch (e) { return String(e).includes("reading 'map'"); } };
while (step >= 1) { let ch = false; for (let i = 0; i < text.length; i += step) { const c = text.slice(0, i) + text.slice(i + step); if (f2(c)) { text = c; ch = true; i -= step; } } if (!ch) step = Math.floor(step / 2); }
console.log(JSON.stringify(text), [...text].map(c => c.codePointAt(0)!.toString(16)));
writeFileSync('/tmp/pipe-crash.txt', text);
