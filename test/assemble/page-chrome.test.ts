/** Reports copied from a government web page with its chrome: breadcrumbs, toolbars, share bars, page headings, page dates. */
import { describe, expect, it } from 'vitest';
import { parseReportText, type Report } from '../../src/index.js';

const removed = (report: Report): string[] =>
  report.diagnostics.filter((d) => d.code === 'assemble-chrome-removed').map((d) => d.message);

describe('page chrome', () => {
  it('should not take a breadcrumb that names the column (…年报) for the title, and remove it', () => {
    const report = parseReportText(
      [
        '当前位置：首页 > 政务公开 > 政府信息公开 > 政府信息公开年报',
        '漳州市芗城区2018年政府信息公开工作年度报告',
        '本报告根据《中华人民共和国政府信息公开条例》编制。',
        '一、概述',
        '正文。',
      ].join('\n'),
    );
    expect(report.title).toBe('漳州市芗城区2018年政府信息公开工作年度报告');
    expect(report.agency).toBe('漳州市芗城区');
    expect(report.preamble.map((p) => p.text)).toEqual(['本报告根据《中华人民共和国政府信息公开条例》编制。']);
    expect(removed(report)).toEqual([
      'Removed web page chrome "当前位置：首页 > 政务公开 > 政府信息公开 > 政府信息公开年报".',
    ]);
  });

  it('should not join a toolbar line or a site column name into the title', () => {
    const toolbar = parseReportText(
      ['【字体：大 中 小】 打印 关闭', '2021年度城关镇政府信息公开工作年度报告', '一、总体情况', '正文。'].join('\n'),
    );
    expect(toolbar.title).toBe('2021年度城关镇政府信息公开工作年度报告');
    expect(toolbar.agency).toBe('城关镇');
    expect(removed(toolbar)).toEqual(['Removed web page chrome "【字体：大 中 小】 打印 关闭".']);

    const column = parseReportText(
      ['政府信息公开', '南平市建阳区2017年政府信息公开工作年度报告', '一、概述', '正文。'].join('\n'),
    );
    expect(column.title).toBe('南平市建阳区2017年政府信息公开工作年度报告');
    expect(column.agency).toBe('南平市建阳区');
    expect(removed(column)).toEqual(['Removed the page heading "政府信息公开" above the title.']);
  });

  it('should keep a line above a whole title that is no column name as a preamble paragraph of its own', () => {
    const report = parseReportText(
      [
        '德化县人民政府办公室文件',
        '德化县2018年政府信息公开工作年度报告',
        '根据条例编制本报告。',
        '一、概述',
        '正文。',
      ].join('\n'),
    );
    expect(report.title).toBe('德化县2018年政府信息公开工作年度报告');
    expect(report.agency).toBe('德化县');
    expect(report.preamble.map((p) => p.text)).toEqual(['德化县人民政府办公室文件', '根据条例编制本报告。']);
    expect(removed(report)).toEqual([]);
  });

  it('should cut chrome glued to a title or an agency line off it, and report what was cut', () => {
    const report = parseReportText(
      [
        '三明市永安市卫生健康局2020年政府信息公开工作年度报告 【字体：大 中 小】 【打印】',
        '一、总体情况',
        '正文。',
        '三明市永安市卫生健康局 【关闭】',
        '2021年1月20日',
      ].join('\n'),
    );
    expect(report.title).toBe('三明市永安市卫生健康局2020年政府信息公开工作年度报告');
    expect(report.signature.map((p) => p.text)).toEqual(['三明市永安市卫生健康局', '2021年1月20日']);
    expect(report.agency).toBe('三明市永安市卫生健康局');
    expect(report.publishedOn).toBe('2021-01-20');
    expect(removed(report)).toEqual([
      'Removed web page chrome "【字体：大 中 小】 【打印】".',
      'Removed web page chrome "【关闭】".',
    ]);
  });

  it('should take the title the document repeats below the page chrome, and its byline', () => {
    const report = parseReportText(
      [
        '您现在的位置：首页>信息公开>年度报告',
        '莆田市荔城区人民政府2015年度政府信息公开工作年度报告',
        '来源：区政府办 时间：2016-03-28 09:12 浏览次数：56',
        '分享到： 微信 微博 QQ空间',
        '莆田市荔城区',
        '2015年度政府信息公开工作年度报告',
        '莆田市荔城区人民政府办公室',
        '本报告依据《中华人民共和国政府信息公开条例》编制。',
        '一、概述',
        '正文。',
      ].join('\n'),
    );
    // The document's own title names 莆田市荔城区; the page heading above it is taken out.
    expect(report.title).toBe('莆田市荔城区2015年度政府信息公开工作年度报告');
    expect(report.agency).toBe('莆田市荔城区');
    expect(report.year).toBe(2015);
    expect(report.publishedOn).toBe('2016-03-28');
    expect(report.preamble.map((p) => p.text)).toEqual([
      '来源：区政府办 时间：2016-03-28 09:12 浏览次数：56',
      '莆田市荔城区人民政府办公室',
      '本报告依据《中华人民共和国政府信息公开条例》编制。',
    ]);
    expect(removed(report)).toEqual([
      'Removed web page chrome "您现在的位置：首页>信息公开>年度报告".',
      'Removed the page heading "莆田市荔城区人民政府2015年度政府信息公开工作年度报告" above the title.',
      'Removed web page chrome "分享到： 微信 微博 QQ空间".',
    ]);
  });

  it("should remove a navigation bar, a site header with the day's date, and an accessibility bar holding a pipe", () => {
    const report = parseReportText(
      [
        '首页 新闻中心 政务公开 办事服务 互动交流',
        '石家庄市裕华区人民政府 2021年3月2日星期二',
        '无障碍 | 简体 | 繁体 | 长者模式',
        '裕华区卫生健康局2020年度政府信息公开工作年度报告',
        '发布时间：2021-01-28 10:00',
        '一、总体情况',
        '正文。',
      ].join('\n'),
    );
    expect(report.title).toBe('裕华区卫生健康局2020年度政府信息公开工作年度报告');
    expect(report.agency).toBe('裕华区卫生健康局');
    // The header's date is the page's clock; the page information line gives the publication date.
    expect(report.publishedOn).toBe('2021-01-28');
    expect(report.tables).toEqual([]);
    expect(report.preamble.map((p) => p.text)).toEqual(['发布时间：2021-01-28 10:00']);
    expect(removed(report)).toEqual([
      'Removed web page chrome "首页 新闻中心 政务公开 办事服务 互动交流".',
      'Removed web page chrome "石家庄市裕华区人民政府 2021年3月2日星期二".',
      'Removed web page chrome "无障碍 | 简体 | 繁体 | 长者模式".',
    ]);
  });
});

describe('page dates', () => {
  it('should take the date of a page information line when the report prints no date line', () => {
    const cases: [string, string][] = [
      ['来源：区人民政府办公室 时间：2014-03-05 10:20', '2014-03-05'],
      ['发布日期：2019-01-28', '2019-01-28'],
      ['来源:原创     发布时间:2023-01-31 13:24    浏览次数:次', '2023-01-31'],
      ['发布时间：2020年02月03日', '2020-02-03'],
    ];
    for (const [line, date] of cases) {
      const report = parseReportText(['某县2019年政府信息公开工作年度报告', line, '一、总体情况', '正文。'].join('\n'));
      expect(report.publishedOn, line).toBe(date);
      expect(report.title).toBe('某县2019年政府信息公开工作年度报告');
    }
  });

  it("should prefer the report's own date line to the page's date", () => {
    const report = parseReportText(
      [
        '某县2013年政府信息公开工作年度报告',
        '来源：某县人民政府 时间：2014-01-10 00:00',
        '一、概述',
        '正文。',
        '某县人民政府',
        '二○一四年一月八日',
      ].join('\n'),
    );
    expect(report.publishedOn).toBe('2014-01-08');
  });

  it('should read a date line that opens an untitled text as its date', () => {
    const report = parseReportText(
      ['2016年3月25日', '引 言', '本年报由鼓楼区人民政府办公室编制。', '一、概 述', '2015年我区……'].join('\n'),
    );
    expect(report.publishedOn).toBe('2016-03-25');
    expect(report.title).toBeNull();
    expect(report.agency).toBe('鼓楼区人民政府');
    // The date line and the unnumbered heading are paragraphs of their own.
    expect(report.preamble.map((p) => p.text)).toEqual([
      '2016年3月25日',
      '引 言',
      '本年报由鼓楼区人民政府办公室编制。',
    ]);
  });
});

describe('page information lines in other shapes (corpus cases 29 and 32)', () => {
  it('should read the date of page information printed as list items, and remove a bulleted counter', () => {
    const report = parseReportText(
      [
        '政府信息公开年报',
        '某市人民政府2017年政府信息公开工作年度报告',
        '  • 信息来源:某市政府',
        '  • 发布日期:2018-02-28 08:56',
        '  • 浏览次数:',
        '',
        '根据条例，现公布某市人民政府2017年政府信息公开工作年度报告。',
        '一、主要工作概述',
        '正文。',
      ].join('\n'),
    );
    expect(report.agency).toBe('某市人民政府');
    expect(report.publishedOn).toBe('2018-02-28');
    expect(report.preamble.map((p) => p.text)).toEqual([
      '• 信息来源:某市政府',
      '• 发布日期:2018-02-28 08:56',
      '根据条例，现公布某市人民政府2017年政府信息公开工作年度报告。',
    ]);
    expect(removed(report)).toContain('Removed web page chrome "• 浏览次数:".');
  });

  it('should read a page information line holding a pipe as page information, not as a table', () => {
    const report = parseReportText(
      [
        '某街道办事处 2025年政府信息公开工作年度报告',
        '',
        '字号 :  | ',
        '更新时间:2026-01-15 发布时间: |  来源:某办',
        '',
        '一、总体情况',
        '正文。',
      ].join('\n'),
    );
    expect(report.agency).toBe('某街道办事处');
    expect(report.publishedOn).toBe('2026-01-15');
    expect(report.tables).toEqual([]);
    expect(report.preamble.map((p) => p.text)).toEqual(['更新时间:2026-01-15 发布时间: | 来源:某办']);
  });
});
