import { parseReportText } from '../../src/parse.js';
const tryIt = (name: string, t: string) => { const t0 = performance.now(); try { const r = parseReportText(t); console.log(name, 'ok', Math.round(performance.now() - t0), 'ms', r.diagnostics.length); } catch (e) { console.log(name, 'THROW', String(e).slice(0, 100), (e as Error).stack?.split('\n')[1]); } };
const n = Number(process.argv[3] ?? 130000);
const which = process.argv[2];
if (which === 'rows') tryIt('rows', '统计指标 | 单位 | 数 |\n' + Array.from({ length: n }, (_, i) => `项目${i} | 件 | ${i} |`).join('\n'));
if (which === 'paras') tryIt('paras', '一、概述\n' + Array.from({ length: n }, () => '我局公开信息。').join('\n'));
if (which === 'furn') tryIt('furn', Array.from({ length: n }, (_, i) => `- ${i} -`).join('\n'));
if (which === 'tables') tryIt('tables', Array.from({ length: n }, (_, i) => `a | b |\n说明${i}。`).join('\n'));
if (which === 'sections') tryIt('sections', Array.from({ length: n }, (_, i) => `（${i}）标题`).join('\n'));
