import { readdirSync, readFileSync } from 'node:fs';
import { parseReportText } from '../../src/parse.js';
const dir = '/work/main/samples/';
const kind = process.argv[2]!; const scale = Number(process.argv[3]);
const samples = readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => readFileSync(dir + f, 'utf8')).join('\n');
const one = readFileSync(dir + 'quzhou-safety-2018.txt', 'utf8');
const make: Record<string, () => string> = {
  samples: () => Array.from({ length: 4 * scale }, () => samples).join('\n'),
  quzhou: () => Array.from({ length: 10 * scale }, () => one).join('\n'),
  empty: () => '\n'.repeat(50_000 * scale),
  pipes: () => '1 | '.repeat(50_000 * scale),
};
const text = make[kind]!();
parseReportText(one);
const t0 = performance.now(); const r = parseReportText(text); const ms = performance.now() - t0;
console.log(kind, scale, text.length, Math.round(ms), 'ms', 'tables', r.tables.length, 'diags', r.diagnostics.length, 'rss', Math.round(process.memoryUsage().rss / 1e6));
