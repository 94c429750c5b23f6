import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/pipeline/index.js';

// A scraped page that prints every table cell on its own line and a lone `|` line after every cell
// (not once per row, as row openers do). Two `|` lines in a row hold an empty cell. Values read by hand.
const cells = (...xs: string[]): string => xs.map((x) => `${x}\n|\n`).join('');
const text = [
  '二、主动公开政府信息情况\n',
  '该部分以表格形式报告。表格如下:\n',
  cells('第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数'),
  cells('规章', '1', '0', '6', '行政规范性文件', '3', '2', '9'),
  cells('第二十条第(五)项', '信息内容', '本年处理决定数量', '行政许可', '17'),
  cells('第二十条第(六)项', '信息内容', '本年处理决定数量', '行政处罚', '4', '行政强制'),
  '|\n',
  cells('第二十条第(八)项', '信息内容', '本年收费金额(单位:万元)', '行政事业性收费', '0.5'),
  '三、收到和处理政府信息公开申请情况\n',
].join('');

describe('one cell per line with a lone | line after every cell', () => {
  const report = parseReportText(text);

  it('reads each cell into its column', () => {
    expect(report.indicators['active.regulations.issued']).toBe(1);
    expect(report.indicators['active.regulations.repealed']).toBe(0);
    expect(report.indicators['active.regulations.inForce']).toBe(6);
    expect(report.indicators['active.normativeDocs.issued']).toBe(3);
    expect(report.indicators['active.normativeDocs.repealed']).toBe(2);
    expect(report.indicators['active.normativeDocs.inForce']).toBe(9);
    expect(report.indicators['active.licensing.decisions']).toBe(17);
    expect(report.indicators['active.penalties.decisions']).toBe(4);
    expect(report.indicators['active.fees.amount']).toBe(0.5);
  });

  it('reads two | lines in a row as an empty cell (null, not 0)', () => {
    expect(report.indicators['active.enforcement.decisions'] ?? null).toBeNull();
  });
});
