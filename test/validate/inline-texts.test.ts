import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/pipeline/index.js';

/** A 2021-form report: section 二 clause tables, section 三 matrix, section 四 row. */
const gov2021 = (natural: { new: number; total: number }, narrative: string) =>
  [
    '某县司法局2022年政府信息公开工作年度报告',
    '一、总体情况',
    narrative,
    '二、主动公开政府信息情况',
    '第二十条第（一）项 | |||',
    '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
    '规章 | 0 | 0 | 0 |',
    '行政规范性文件 | 2 | 1 | 9 |',
    '第二十条第（五）项 | |||',
    '信息内容 | 本年处理决定数量 | ||',
    '行政许可 | 14 | ||',
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | || 申请人情况 | ||||||',
    '自然人 | 法人或其他组织 | |||| 总计 |',
    '商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |',
    `一、本年新收政府信息公开申请数量 | || ${natural.new} | 1 | 0 | 0 | 0 | 0 | ${natural.new + 1} |`,
    '二、上年结转政府信息公开申请数量 | || 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    `三、本年度办理结果 | （一）予以公开 | ${natural.total} | 1 | 0 | 0 | 0 | 0 | ${natural.total + 1} |`,
    `（七）总计 | ${natural.total} | 1 | 0 | 0 | 0 | 0 | ${natural.total + 1} |`,
    '四、结转下年度继续办理 | || 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议 | |||| 行政诉讼 | |||||||||',
    '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | |||| 复议后起诉 | ||||',
    '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
    '1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '五、存在的主要问题及改进情况',
    '无。',
  ].join('\n');

const lineOf = (text: string, start: string): number => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('validation through parseReportText', () => {
  it('should read a consistent 2021 report without arithmetic or narrative warnings', () => {
    const text = gov2021(
      { new: 3, total: 3 },
      '全年新收政府信息公开申请4件，办结4件，结转下年度继续办理0件。因政府信息公开被申请行政复议1件。',
    );
    const report = parseReportText(text);
    expect(report.template).toBe('gov-2021');
    expect(report.indicators).toMatchObject({
      'apply.new.naturalPerson': 3,
      'apply.new.total': 4,
      'active.normativeDocs.issued': 2,
      'active.licensing.decisions': 14,
      'review.total': 1,
    });
    expect(report.diagnostics.filter((d) => d.severity === 'warning' && d.origin === 'validate')).toEqual([]);
  });

  it('should report the 自然人 column that does not balance, at the 一、本年新收 row, and the narrative that disagrees', () => {
    const text = gov2021({ new: 3, total: 2 }, '全年新收政府信息公开申请5件。');
    const report = parseReportText(text);
    const balance = report.diagnostics.filter((d) => d.code === 'validate-balance-mismatch');
    expect(balance.map((d) => [d.note?.split(':')[0], d.actual, d.expected])).toEqual([
      ['apply.balance.naturalPerson', 3, 2],
      ['apply.balance.total', 4, 3],
    ]);
    expect(balance[0]!.position!.start.line).toBe(lineOf(text, '一、本年新收'));
    const narrative = report.diagnostics.filter((d) => d.code === 'validate-narrative-mismatch');
    expect(narrative.map((d) => [d.actual, d.expected, d.position!.start.line])).toEqual([[5, 4, 3]]);
  });
});
