import { parseReportText } from '../../src/parse.js';
import { unaccountedLines } from './helpers/accounted.js';
const cases: [string, string][] = [
  ['1MB line', '一、'.repeat(1) + '政府信息公开'.repeat(170_000)],
  ['1MB pipes line', '1 | '.repeat(250_000)],
  ['100k empty lines', '\n'.repeat(100_000)],
  ['100k CRLF lines', '一、a\r\n'.repeat(20_000)],
  ['deep numbering', Array.from({length: 5000}, (_, i) => ['一、','（一）','1.','（1）','①'][i%5] + '标题' + i).join('\n')],
  ['10k table rows', '统计指标 | 单位 | 年度累计数 |\n' + Array.from({length: 10000}, (_, i) => `${i}.项目 | 件 | ${i} |`).join('\n')],
];
for (const [name, text] of cases) {
  const t0 = performance.now();
  try { const r = parseReportText(text); const ms = performance.now() - t0; console.log(name, text.length, Math.round(ms), 'ms', 'unacc', unaccountedLines(text, r).length, 'diags', r.diagnostics.length); }
  catch (e) { console.log(name, 'THROW', String(e).slice(0, 300)); }
}
