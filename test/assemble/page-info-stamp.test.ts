import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/pipeline/index.js';

// Page information lines that do not start with their label. Dates read by hand.
const body = [
  '一、总体情况',
  '(一)主动公开情况',
  '2022年全年主动公开信息120条。',
  '二、主动公开政府信息情况',
  '本年度未制发规章。',
].join('\n');

describe('page information lines that do not start with their label', () => {
  it('reads the date stamp that opens a line before 来源:', () => {
    const text = [
      '某县2022年政府信息公开工作年度报告',
      '2023-01-16 16:50:00 来源: 某县人民政府办公室 浏览次数:',
      body,
    ].join('\n');
    expect(parseReportText(text).publishedOn).toBe('2023-01-16');
  });

  it('reads 发文日期 from an information box run into one line after 索引号:', () => {
    const text = [
      '2008年度某市政府信息公开工作年度报告',
      '',
      '索引号:430S00/2009-69063 公开方式:政府网站 发文日期:2009-03-31 00:00:00',
      '',
      body,
    ].join('\n');
    expect(parseReportText(text).publishedOn).toBe('2009-03-31');
  });
  it('reads 发布日期 from an information box run into lines without colons, and keeps the title above it', () => {
    const text = [
      '当前位置: 网站首页 -> 政务公开 -> 政府信息公开年报 -> 正文',
      '某县人民政府2020年政府信息公开工作年度报告',
      '索 引 号 01606072-9-30/2021-0223010 发布机构 市政府办',
      '公开目录 县区政府信息公开年度报告 发布日期 2021-02-22 10:30',
      '名  称 某县人民政府2020年政府信息公开工作年度报告',
      '',
      body,
    ].join('\n');
    const report = parseReportText(text);
    expect(report.publishedOn).toBe('2021-02-22');
    expect(report.agency).toBe('某县人民政府');
    expect(report.year).toBe(2020);
  });
});
