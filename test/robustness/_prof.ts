import { readFileSync } from 'node:fs';
import { parseReportText } from '../../src/parse.js';
const one = readFileSync('/work/main/samples/quzhou-safety-2018.txt', 'utf8');
for (let i = 0; i < 20; i++) parseReportText(one);
let t0 = performance.now(); for (let i = 0; i < 50; i++) parseReportText(one); console.log('per doc ms', (performance.now() - t0) / 50);
t0 = performance.now(); parseReportText('\n'.repeat(50000)); console.log('50k empty', performance.now() - t0);
