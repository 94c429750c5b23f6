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
});
