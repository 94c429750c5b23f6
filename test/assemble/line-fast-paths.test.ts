/**
 * The gates before the line patterns of the head, the tail and the table gaps (docs/performance.md, "The assemble
 * stage"): a line is read by its first characters before any pattern runs; each gate is checked here against the
 * patterns it guards, on lines drawn at its edges.
 */
import { describe, expect, it } from 'vitest';
import { draw } from '../helpers/draw.js';
import { isChromeLine, isPageInfoLine, matchesChromeLine, matchesPageInfo } from '../../src/assemble/chrome.js';
import { isFurniture, matchesFurniture } from '../../src/assemble/merge-blocks.js';

/** Blanks of every kind the gates skip, and the characters around them. */
const BLANKS = [' ', '\u3000', '\u00a0', '\t', '\f', '\u2003', '\ufeff'];

describe('page furniture', () => {
  const pieces = [
    ...BLANKS,
    ...'第共页,，/／、-—–－―3３pPｐ【】[［打关返收分扫字号大中小政xo',
    'of',
    'age',
    '打印本页',
    '关闭窗口',
    '分享到：',
    '扫一扫在手机打开当前页',
  ];

  it('should give what the patterns give on every line drawn at the gate’s edges', () => {
    const lines = [...draw(pieces, 30000, 8, 21), ...draw(pieces, 3000, 20, 22)];
    expect(lines.filter((line) => isFurniture(line) !== matchesFurniture(line))).toEqual([]);
    // The draw reaches both answers, and lines the gate turns away for their length alone.
    expect(lines.some((line) => matchesFurniture(line))).toBe(true);
    expect(lines.some((line) => line.trim().length > 24)).toBe(true);
  });

  it('should keep a blank line with a form feed as a page break', () => {
    expect(isFurniture(' \f ')).toBe(true);
    expect(isFurniture('\u3000第 2 页 共 5 页\u3000')).toBe(true);
    expect(isFurniture('－３－')).toBe(true);
    expect(isFurniture('ｐａｇｅ 3')).toBe(true);
  });
});

describe('chrome lines', () => {
  const pieces = [
    ...BLANKS,
    ...'【】[]［］|｜/／·•丨:：当您所首>＞页位置字体号大中小我要打印关闭收藏返回保存分享纠错登录注册EeQqＥＱ政府-',
    'English',
    'ENGLISH',
    'QQ空间',
    'ＱＱ',
    '扫一扫',
    '手机版',
    '全真版',
    '文字版',
    '相关链接',
    '微信',
    '朋友圈',
    '新浪微博',
    '腾讯微博',
    '人人网',
    '豆瓣',
    '浏览次数：',
    '阅读量:',
    '访问数',
    '点击数：',
    '12',
    '-->',
    '无障碍',
    '长者模式',
    '适老化',
    '繁體',
    '简体',
    '首页 政务公开 政务资讯 新闻',
    '当前位置：',
  ];

  it('should give what the patterns give on every line drawn at the gate’s edges', () => {
    const lines = draw(pieces, 30000, 6, 31);
    const within = lines.filter((line) => line.length <= 80);
    expect(within.filter((line) => isChromeLine(line) !== matchesChromeLine(line))).toEqual([]);
    expect(within.filter((line) => matchesChromeLine(line)).length).toBeGreaterThan(100);
  });

  it('should find chrome whose first word is 我要…, English or QQ in any case, after gaps', () => {
    expect(isChromeLine('【我要打印】【关闭】')).toBe(true);
    expect(isChromeLine('｜ english ｜ 简体')).toBe(true);
    expect(isChromeLine('［ｑｑ空间］ 微博')).toBe(true);
    expect(isChromeLine('-->')).toBe(true);
  });
});

describe('page information lines', () => {
  const pieces = [
    ...BLANKS,
    ...'•·●▪■◆:：2０-1 信息文章稿件来源发布表更新上传时间日期作者编辑责任点击浏览次数索引号机构关名称公开目录主题分类成标题政府',
    '2023-01-16 16:50:00 ',
    '２０２３-０１-１６ ',
    '发布机构',
    '索 引 号',
    '名  称',
    ' 某市政府 ',
    '来源：',
    '发布日期：',
    '作者:',
    '点击：',
  ];

  it('should give what the patterns give on every line drawn at the gate’s edges', () => {
    const lines = draw(pieces, 30000, 8, 41);
    const within = lines.filter((line) => line.length <= 120);
    expect(within.filter((line) => isPageInfoLine(line) !== matchesPageInfo(line))).toEqual([]);
    expect(within.filter((line) => matchesPageInfo(line)).length).toBeGreaterThan(100);
  });

  it('should find page information after blanks, a bullet or a date stamp, in full-width forms', () => {
    expect(isPageInfoLine('\u3000来源：某市政府')).toBe(true);
    expect(isPageInfoLine('• 发布日期:2023-01-16')).toBe(true);
    expect(isPageInfoLine('２０２３-０１-１６ 10:20 来源：某市政府')).toBe(true);
    expect(isPageInfoLine('公开目录 县区政府信息公开年度报告 发布日期 2021-02-20 09:00')).toBe(true);
    expect(isPageInfoLine('标  题 某县2021年政府信息公开工作年度报告')).toBe(true);
  });
});
