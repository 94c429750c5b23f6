/**
 * A `|` inside a narrative sentence (a WeChat article series named 《我为群众办实事|…》) makes the grammar read
 * the line as a pipe row; a lone row of sentences, without a value or a header word, stays narrative.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';

const SENTENCE =
  '（三）聚焦民生领域。截至2022年12月31日，我局通过官方微信公众号发布365篇《我为群众办实事|食用农产品快速检测结果天天报》系列文章，累计共抽检25291批次农产品。';

const text = [
  '某市市场监督管理局2022年度政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开。全年主动公开政府信息498条。',
  '（二）依申请公开。全年新收申请3件。',
  SENTENCE,
  '（四）政府信息管理。严格落实保密审查。',
  '二、主动公开政府信息情况',
  '第二十条第（五）项',
  '信息内容 | 本年处理决定数量 |',
  '行政许可 | 7 |',
].join('\n');

describe('a narrative line with a | inside', () => {
  const report = parseReportText(text);

  it('should stay a subsection with its run-in paragraph, the | kept', () => {
    const overall = report.sections[0]!;
    expect(overall.children.map((s) => s.marker + s.heading)).toEqual([
      '（一）主动公开',
      '（二）依申请公开',
      '（三）聚焦民生领域',
      '（四）政府信息管理',
    ]);
    expect(overall.children[2]!.paragraphs.map((p) => p.text)).toEqual([
      '截至2022年12月31日，我局通过官方微信公众号发布365篇《我为群众办实事|食用农产品快速检测结果天天报》系列文章，累计共抽检25291批次农产品。',
    ]);
  });

  it('should still read the one-row clause table after it', () => {
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]!.rows.map((r) => [r.label, r.values])).toEqual([['行政许可', [7]]]);
  });

  it('should keep a lone pipe row with a value as a table', () => {
    const one = parseReportText(['某局2022年度政府信息公开工作年度报告', '一、总体情况', '行政许可 | 7 |'].join('\n'));
    expect(one.tables).toHaveLength(1);
  });
});
