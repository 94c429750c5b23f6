/**
 * Tables printed with their labels and headers only, one cell per line (a scraped page with a blank line
 * between cells): no value cell has content, so no line is printed for it. Each label is a row whose
 * values are all empty (null, never 0), also at the end of a table; the text after the table is not a row.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';

const cells = (...lines: string[]): string[] => lines.flatMap((line) => [line, '']);

const text = [
  '2022年度某镇政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '',
  '2022年以来,某镇认真做好政府信息公开工作,主动公开政务文件11份。',
  '',
  '二、主动公开政府信息情况',
  '',
  ...cells('第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '行政规范性文件'),
  ...cells('第二十条第(五)项', '信息内容', '本年处理决定数量', '行政许可'),
  ...cells('第二十条第(八)项', '信息内容', '本年收费金额(单位:万元)', '行政事业性收费'),
  ...cells(
    '三、收到和处理政府信息公开申请情况',
    '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)',
    '申请人情况',
    '自然人',
    '法人或其他组织',
    '总计',
    '商业企业',
    '科研机构',
    '社会公益组织',
    '法律服务机构',
    '其他',
    '一、本年新收政府信息公开申请数量',
    '二、上年结转政府信息公开申请数量',
    '三、本年度办理结果',
    '(一)予以公开',
    '(三)不予公开',
    '1.属于国家秘密',
    '四、结转下年度继续办理',
  ),
  '四、政府信息公开行政复议、行政诉讼情况',
  '',
  '本年度未发生政府信息公开行政复议、行政诉讼。',
].join('\n');

describe('tables printed without any value, one cell per line', () => {
  const report = parseReportText(text);
  const rowsOf = (k: number) => report.tables[k]!.rows.map((r) => [r.marker, r.label, r.values]);

  it('should read every clause table with its rows, values null', () => {
    expect(report.tables.map((t) => [t.clause, t.columns])).toEqual([
      ['第二十条第(一)项', ['本年制发件数', '本年废止件数', '现行有效件数']],
      ['第二十条第(五)项', ['本年处理决定数量']],
      ['第二十条第(八)项', ['本年收费金额(单位:万元)']],
      [null, expect.any(Array)],
    ]);
    expect(rowsOf(0)).toEqual([
      [null, '规章', [null, null, null]],
      [null, '行政规范性文件', [null, null, null]],
    ]);
    expect(rowsOf(1)).toEqual([[null, '行政许可', [null]]]);
    expect(rowsOf(2)).toEqual([[null, '行政事业性收费', [null]]]);
  });

  it('should read the matrix rows with their hierarchy and stop before the next section', () => {
    const none = new Array<null>(7).fill(null);
    expect(report.tables[3]!.columns).toHaveLength(7);
    expect(rowsOf(3)).toEqual([
      ['一、', '本年新收政府信息公开申请数量', none],
      ['二、', '上年结转政府信息公开申请数量', none],
      // Group rows (rows under them, nothing of their own printed) get no values.
      ['三、', '本年度办理结果', []],
      ['(一)', '予以公开', none],
      ['(三)', '不予公开', []],
      ['1.', '属于国家秘密', none],
      ['四、', '结转下年度继续办理', none],
    ]);
    expect(report.tables[3]!.rows.map((r) => r.parent)).toEqual([null, null, null, 2, 2, 4, null]);
    expect(report.sections.map((s) => s.marker + s.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
    expect(report.sections[3]!.paragraphs.map((p) => p.text)).toEqual(['本年度未发生政府信息公开行政复议、行政诉讼。']);
    expect(report.diagnostics.map((d) => d.code)).not.toContain('normalise-rows-unreadable');
  });
});
