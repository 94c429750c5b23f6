import { parseReportText } from '../../src/parse.js';
const shapes: Record<string, (s: number) => string> = {
  wrapped: (s) => Array.from({ length: 5000 * s }, () => '我局通过门户网站主动公开政府信息共').join('\n'),
  qizhong: (s) => '统计指标 | 单位 | 数 |\n一、总 | 件 | 1 |\n' + Array.from({ length: 3000 * s }, (_, i) => `其中:项目${i} | 件 | ${i} |`).join('\n'),
  samelevel: (s) => Array.from({ length: 3000 * s }, (_, i) => `（${i}）标题${i}`).join('\n'),
  onecell: (s) => Array.from({ length: 5000 * s }, (_, i) => `${i} |`).join('\n'),
  wideheader: (s) => Array.from({ length: 200 * s }, () => Array.from({ length: 60 }, (_, j) => `列${j}`).join(' | ')).join('\n'),
  nested: (s) => Array.from({ length: 3000 * s }, (_, i) => `${'一、（一）1.（1）①'.slice(0, 1 + (i % 10))}x`).join('\n'),
  ishi: (s) => '一、概述\n' + Array.from({ length: 2000 * s }, (_, i) => `一是加强。二是规范。三是完善。`).join(''),
  spaces: (s) => Array.from({ length: 2000 * s }, () => '1            2            3           4').join('\n'),
  pagefurn: (s) => Array.from({ length: 3000 * s }, (_, i) => `第 ${i} 页 共 9 页\n- ${i} -`).join('\n'),
};
const warm = shapes[process.argv[2]!]!(1); parseReportText(warm); parseReportText(warm);
for (const s of [1, 2, 4, 8]) { const t = shapes[process.argv[2]!]!(s); const t0 = performance.now(); parseReportText(t); const t1 = performance.now(); parseReportText(t); const t2 = performance.now(); console.log(process.argv[2], s, t.length, Math.round(Math.min(t1 - t0, t2 - t1)), 'ms'); }
