/**
 * Header cells wrapped inside their columns, as `pdftotext -layout` prints a table with narrow columns
 * (`本年新` over `制作数量`, `计量` over `单位`, a year over `年度`, the 本列数据 note over three lines, 商业 over
 * 企业 under the spanning 法人或其他组织). Read line by line the words come apart; read column by column the
 * header is found, and the table is rebuilt with the form's column names.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';

const clauses = [
  '某区某局2019年政府信息公开工作年度报告',
  '一、总体情况',
  '2019年，我局依法做好政府信息公开工作。',
  '二、主动公开政府信息情况',
  '第二十条第（一）项',
  '信息内容     本年新       本年新       对外公开',
  '             制作数量     公开数量     总数量',
  '规章          0            0            0',
  '规范性文件    2            2            15',
  '第二十条第（五）项',
  '             上一年       本年增/减    处理决定',
  '信息内容     项目数量                  数量',
  '行政许可      12           -1           340',
  '三、收到和处理政府信息公开申请情况',
  '本年度未收到政府信息公开申请。',
].join('\n');

const legacyAndMatrix = [
  '某县2019年政府信息公开工作年度报告',
  '一、概述',
  '全年主动公开信息120条。',
  '二、统计情况',
  '                         计量     2019       历年',
  '指 标 名 称              单位     年度       累计',
  '主动公开信息数            条       120        900',
  '其中：1、政府网站公开数   条       100        800',
  '行政复议数                件         0          1',
  '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一             申请人情况',
  '项加第二项之和，等于第三项       自然人    法人或其他组织                                   总计',
  '加第四项之和）                             商业     科研     社会公益   法律服务   其他',
  '                                           企业     机构     组织       机构',
  '一、本年新收政府信息公开申请数量         10         2       0        0          0          0        12',
  '二、上年结转政府信息公开申请数量          1         0       0        0          0          0         1',
  '四、政府信息公开行政复议、行政诉讼情况',
  '本年度无。',
].join('\n');

describe('header cells wrapped inside their columns (space-aligned PDF text)', () => {
  it('should read the clause tables, a one-line cell printed on either line', () => {
    const report = parseReportText(clauses);
    expect(report.tables.map((t) => [t.clause, t.columns, t.rows.map((r) => [r.label, r.values])])).toEqual([
      [
        '第二十条第（一）项',
        ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
        [
          ['规章', [0, 0, 0]],
          ['规范性文件', [2, 2, 15]],
        ],
      ],
      ['第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'], [['行政许可', [12, -1, 340]]]],
    ]);
    expect(report.sections[1]!.tables).toEqual([0, 1]);
  });

  it('should read the provincial table and the applicant matrix with its note over three lines', () => {
    const report = parseReportText(legacyAndMatrix);
    const [provincial, matrix] = report.tables;
    expect(provincial!.columns).toEqual(['2019年度', '历年累计']);
    expect(provincial!.rows.map((r) => [r.label, r.unit, r.values])).toEqual([
      ['主动公开信息数', '条', [120, 900]],
      ['政府网站公开数', '条', [100, 800]],
      ['行政复议数', '件', [0, 1]],
    ]);
    expect(matrix!.columns).toEqual([
      '申请人情况/自然人',
      ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((c) => `申请人情况/法人或其他组织/${c}`),
      '申请人情况/总计',
    ]);
    expect(matrix!.rows.map((r) => [r.marker, r.label, r.values])).toEqual([
      ['一、', '本年新收政府信息公开申请数量', [10, 2, 0, 0, 0, 0, 12]],
      ['二、', '上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1]],
    ]);
    expect(report.sections.map((s) => s.marker + s.heading)).toEqual([
      '一、概述',
      '二、统计情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
  });
});
