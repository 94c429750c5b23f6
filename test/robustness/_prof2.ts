import { parseReportText } from '../../src/parse.js';
const k = process.argv[2];
const t = k === 'wrapped' ? Array.from({ length: 10000 }, () => '我局通过门户网站主动公开政府信息共').join('\n') : Array.from({ length: 4000 }, () => '1            2            3           4').join('\n');
const t0 = performance.now(); parseReportText(t); console.log(k, performance.now() - t0);
