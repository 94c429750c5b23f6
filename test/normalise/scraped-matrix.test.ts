/**
 * The 2021 section 三 and 四 tables as a browser copy of a government page gives them (TSV): the clause
 * cell (本列数据的勾稽关系为…) at the head of the applicant header, header words split over header rows
 * (商业 / 企业: a line break inside a cell), rowspan labels only on the first row of their group, the three
 * header rows of section 四, and empty cells left after the values by an extra column of the page's table.
 * The same rows come out of the pipe rendering with filler pipes after the values.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';
import type { Report } from '../../src/types.js';

const HEAD = [
  '某县市场监督管理局2022年度政府信息公开工作年度报告',
  '一、总体情况',
  '2022年，我局全年新收政府信息公开申请12件，均按期答复。',
  '三、收到和处理政府信息公开申请情况',
];
const MATRIX_HEADER = [
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
  '自然人\t法人或其他组织\t总计',
  '商业',
  '企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
];
/** Label cells, then the seven values; the 2021 form, shortened to the rows that matter here. */
const MATRIX_ROWS: [string[], number[]][] = [
  [['一、本年新收政府信息公开申请数量'], [10, 2, 0, 0, 0, 0, 12]],
  [['二、上年结转政府信息公开申请数量'], [1, 0, 0, 0, 0, 0, 1]],
  [
    ['三、本年度办理结果', '（一）予以公开'],
    [6, 1, 0, 0, 0, 0, 7],
  ],
  [['（二）部分公开（区分处理的，只计这一情形，不计其他情形）'], [1, 0, 0, 0, 0, 0, 1]],
  [
    ['（三）不予公开', '1.属于国家秘密'],
    [0, 0, 0, 0, 0, 0, 0],
  ],
  [['2.其他法律行政法规禁止公开'], [0, 0, 0, 0, 0, 0, 0]],
  [
    ['（四）无法提供', '1.本机关不掌握相关政府信息'],
    [3, 1, 0, 0, 0, 0, 4],
  ],
  [['（七）总计'], [10, 2, 0, 0, 0, 0, 12]],
  [['四、结转下年度继续办理'], [1, 0, 0, 0, 0, 0, 1]],
];
const REVIEW = [
  '四、政府信息公开行政复议、行政诉讼情况',
  '行政复议\t行政诉讼',
  '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉',
  '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
];
const REVIEW_VALUES = [1, 0, 0, 1, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0];
const TAIL = ['五、存在的主要问题及改进情况', '一是公开内容还不够全面。', '某县市场监督管理局', '2023年1月16日'];

/** The report as TSV, with `extra` empty cells after the values of every data row. */
function tsvReport(extra: number): string {
  const pad = '\t'.repeat(extra);
  return [
    ...HEAD,
    ...MATRIX_HEADER,
    ...MATRIX_ROWS.map(([labels, values]) => [...labels, ...values].join('\t') + pad),
    ...REVIEW,
    REVIEW_VALUES.join('\t') + pad,
    ...TAIL,
  ].join('\n');
}

/** What must be read whatever the rendering: row labels, values and keys of both tables. */
function essence(report: Report) {
  return report.tables.map((t) => ({
    columns: t.columns,
    rows: t.rows.map((r) => [r.marker, r.label, r.values, r.key]),
  }));
}

const MATRIX_COLUMNS = [
  '申请人情况/自然人',
  ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((c) => `申请人情况/法人或其他组织/${c}`),
  '申请人情况/总计',
];

describe('the 2021 section 三 and 四 tables copied from a page (TSV)', () => {
  it('should read the matrix under its clause cell and split header words, and the 15 numbers of section 四', () => {
    const report = parseReportText(tsvReport(0));
    const [matrix, review] = essence(report);
    expect(matrix!.columns).toEqual(MATRIX_COLUMNS);
    expect(matrix!.rows).toEqual([
      ['一、', '本年新收政府信息公开申请数量', [10, 2, 0, 0, 0, 0, 12], 'apply.new'],
      ['二、', '上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1], 'apply.carriedOver'],
      ['三、', '本年度办理结果', [], 'apply.outcome'],
      ['（一）', '予以公开', [6, 1, 0, 0, 0, 0, 7], 'apply.outcome.open'],
      ['（二）', '部分公开', [1, 0, 0, 0, 0, 0, 1], 'apply.outcome.partial'],
      ['（三）', '不予公开', [], 'apply.outcome.refused'],
      ['1.', '属于国家秘密', [0, 0, 0, 0, 0, 0, 0], 'apply.outcome.refused.stateSecret'],
      ['2.', '其他法律行政法规禁止公开', [0, 0, 0, 0, 0, 0, 0], 'apply.outcome.refused.lawForbidden'],
      ['（四）', '无法提供', [], 'apply.outcome.unavailable'],
      ['1.', '本机关不掌握相关政府信息', [3, 1, 0, 0, 0, 0, 4], 'apply.outcome.unavailable.notHeld'],
      ['（七）', '总计', [10, 2, 0, 0, 0, 0, 12], 'apply.outcome.total'],
      ['四、', '结转下年度继续办理', [1, 0, 0, 0, 0, 0, 1], 'apply.carriedForward'],
    ]);
    expect(review!.columns).toHaveLength(15);
    expect(review!.columns[0]).toBe('行政复议/结果维持');
    expect(review!.columns[14]).toBe('行政诉讼/复议后起诉/总计');
    expect(review!.rows.map((r) => r[2])).toEqual([REVIEW_VALUES]);
  });

  for (const extra of [1, 2])
    it(`should read the same values with ${extra} empty cell(s) after the values of every row`, () => {
      const report = parseReportText(tsvReport(extra));
      expect(essence(report)).toEqual(essence(parseReportText(tsvReport(0))));
      expect(report.diagnostics.map((d) => d.code)).not.toContain('assemble-value-unparsed');
    });

  it('should read the same values from pipe rows with filler pipes after the values', () => {
    const pipe = [
      ...HEAD,
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | 申请人情况 | | | | | | |',
      '| | | 自然人 | 法人或其他组织 | | | | | 总计 |',
      '| | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |',
      ...MATRIX_ROWS.map(([labels, values]) => `${[...labels, ...values].join(' | ')} | | |`),
      ...TAIL,
    ].join('\n');
    const [matrix] = essence(parseReportText(pipe));
    expect(matrix).toEqual(essence(parseReportText(tsvReport(0)))[0]);
  });

  it('should name the columns when header words are split over two pipe header rows (商业 over 企业)', () => {
    const pipe = [
      ...HEAD,
      '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | 申请人情况 | | | | | | |',
      '| | | | 自然人 | 法人或其他组织 | | | | | 总计 |',
      '| | | | | 商业 | 科研 | 社会公益 | 法律服务 | 其他 | |',
      '| | | | | 企业 | 机构 | 组织 | 机构 | | |',
      '| 一、本年新收政府信息公开申请数量 | | | 10 | 2 | 0 | 0 | 0 | 0 | 12 |',
      ...TAIL,
    ].join('\n');
    const table = parseReportText(pipe).tables[0]!;
    expect(table.columns).toEqual(MATRIX_COLUMNS);
    expect(table.rows.map((r) => [r.label, r.values])).toEqual([
      ['本年新收政府信息公开申请数量', [10, 2, 0, 0, 0, 0, 12]],
    ]);
  });
});
