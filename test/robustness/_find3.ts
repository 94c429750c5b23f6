import { parseReportText } from '../../src/parse.js';
const tryIt = (name: string, t: string) => { try { parseReportText(t); console.log(name, 'ok'); } catch (e) { console.log(name, 'THROW', String(e).slice(0, 120)); } };
tryIt('pipe + x', '|\nx');
tryIt('pipe + 一', '|\n一');
tryIt('row + ctrl', '统计指标 | 单位 | 数 |\n\u0001');
tryIt('ishi 130k', '一、概述\n' + '一是加强。'.repeat(130000));
tryIt('ishi 200k', '一、概述\n' + '一是加强。'.repeat(200000));
