import fc from 'fast-check';
import { parseReportText } from '../../src/parse.js';
const markers = ['一、', '（一）', '1.', '（1）', '①'];
const shapes: Record<string, (s: number) => string> = {
  deep: (s) => Array.from({ length: 4000 * s }, (_, i) => `${markers[i % 5]}标题${i}`).join('\n'),
  ishi: (s) => '一、概述\n' + '一是加强。二是规范。三是完善。'.repeat(8000 * s),
  prose: (s) => '一、' + '政府信息公开工作'.repeat(100000 * s),
  uni: (s) => fc.sample(fc.string({ unit: 'binary', minLength: 1000, maxLength: 1000 }), { seed: 1, numRuns: 160 * s }).join('\n'),
};
const k = process.argv[2]!;
parseReportText(shapes[k]!(1)); parseReportText(shapes[k]!(1));
for (const s of [1, 2, 4, 8]) { const t = shapes[k]!(s); const r: number[] = []; for (let i = 0; i < 3; i++) { const t0 = performance.now(); parseReportText(t); r.push(performance.now() - t0); } r.sort((a, b) => a - b); console.log(k, s, t.length, Math.round(r[1]!), 'ms'); }
