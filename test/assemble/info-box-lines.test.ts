import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/pipeline/index.js';

/**
 * A CMS information box flattened into lines of its own, one or two labels a line, the labels letter-spaced to line
 * them up (索 引 号:, 名  称:, 文  号:): every line is page information, the date after 发文日期 is the page's date,
 * and the 名称 line is no title. Agency and date read by hand from the texts below.
 */
const body = [
  '',
  '某市2015年政府信息公开工作年度报告',
  '',
  '根据《中华人民共和国政府信息公开条例》,某市人民政府编制了2015年政府信息公开工作年度报告。',
  '',
  '一、概述',
  '',
  '2015年,某市政府信息公开工作认真贯彻落实《条例》。',
].join('\n');

describe('a page information box flattened into lines with letter-spaced labels', () => {
  it('reads 发文日期 after 发布机构 and takes the title below, not the 名称 line', () => {
    const text = [
      '索 引 号: 00817804-9/2016-08749 分类: 信息公开年度报告   ',
      '发布机构: 市政府办公厅 发文日期: 2016年02月26日',
      '名  称: 某市2015年政府信息公开工作年度报告',
      '文  号: 主 题 词:',
      '',
      body,
    ].join('\n');
    const report = parseReportText(text);
    expect(report.agency).toBe('某市');
    expect(report.year).toBe(2015);
    expect(report.publishedOn).toBe('2016-02-26');
  });

  it('reads a 发文机关 / 发文日期 line without letter-spacing the same way', () => {
    const text = [
      '发文机关:某市人民政府办公室 发文日期:2016-03-01',
      '名称:某市2015年政府信息公开工作年度报告',
      body,
    ].join('\n');
    const report = parseReportText(text);
    expect(report.agency).toBe('某市');
    expect(report.publishedOn).toBe('2016-03-01');
  });
});
