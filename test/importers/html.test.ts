import { describe, expect, it } from 'vitest';
import { declaredCharset, importHtml } from '../../src/importers/html.js';
import { cellsOf, errorCode, pipeRows } from './helpers.js';
import iconv from 'iconv-lite';

const page = (body: string, head = ''): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('importHtml', () => {
  it('should expand rowspan and colspan as empty cells and keep header rows', () => {
    const html = page(`<table>
      <thead><tr><th rowspan="2">指标</th><th colspan="2">法人或其他组织</th><th rowspan="2">总计</th></tr>
      <tr><th>商业企业</th><th>科研机构</th></tr></thead>
      <tbody><tr><td rowspan="2">三、本年度办理结果</td><td>1</td><td>2</td><td>3</td></tr><tr><td>4</td><td>5</td><td>9</td></tr></tbody>
    </table>`);
    expect(pipeRows(importHtml(html).text).map(cellsOf)).toEqual([
      ['指标', '法人或其他组织', '', '总计'],
      ['', '商业企业', '科研机构', ''],
      ['三、本年度办理结果', '1', '2', '3'],
      ['', '4', '5', '9'],
    ]);
  });

  it('should format rows as the grammar reads them, empty cells as bare pipes', () => {
    const html = page(
      '<table><tr><td colspan="3">政府信息公开情况统计表</td></tr><tr><td>其中:规范性文件数</td><td>条</td><td></td></tr></table>',
    );
    expect(pipeRows(importHtml(html).text)).toEqual(['政府信息公开情况统计表 | ||', '其中:规范性文件数 | 条 | |']);
    const captioned = page('<table><caption>第二十条第(一)项</caption><tr><td>规章</td><td>0</td></tr></table>');
    expect(importHtml(captioned).text).toBe('第二十条第(一)项\n规章 | 0 |');
  });

  it('should read a data table nested in a layout table, and the layout cells as blocks', () => {
    const html = page(
      `<table><tr><td><p>一、概述</p><table><tr><td>一、主动公开情况</td><td>——</td><td>502</td></tr></table><p>附件</p></td></tr></table>`,
    );
    expect(importHtml(html).text).toBe('一、概述\n一、主动公开情况 | —— | 502 |\n附件');
  });

  it('should join cell paragraphs and wrapped CJK source lines without spaces', () => {
    const html = page(
      `<p class="MsoNormal">按照《条例》要求，我局通过门户\n      网站主动公开&nbsp;502&nbsp;条。<o:p></o:p></p><table><tr><td><p>本年新</p><p>制作数量</p></td><td>row</td></tr></table>`,
    );
    expect(importHtml(html).text).toBe('按照《条例》要求，我局通过门户网站主动公开 502 条。\n本年新制作数量 | row |');
  });

  it('should drop scripts, styles, navigation, footers and hidden elements', () => {
    const html = page(`<nav><a href="/">首页</a></nav><script>document.write("2020年1月1日")</script><style>p{}</style>
      <div style="display: none">隐藏</div><p>一、概述</p><footer>网站标识码：1234</footer>`);
    expect(importHtml(html).text).toBe('一、概述');
  });

  it('should pick the known CMS container and add the page title and date the body lacks', () => {
    const html = page(
      `<div class="nav"><a href="/a">首页</a> <a href="/b">政务公开</a> <a href="/c">年度报告</a></div>
       <div class="content"><h1>某区2019年政府信息公开工作年度报告</h1><div class="info"><span>发布时间：</span><span>2020-01-15 09:30</span></div>
       <div class="TRS_Editor"><p>一、总体情况</p><p>本年度主动公开信息100条，其中政府网站公开80条。</p><p>附件</p><table><tr><td>a</td><td>1</td></tr></table></div></div>
       <div class="links">相关链接 <a href="/x">市政府</a></div>`,
      '<title>某区2019年政府信息公开工作年度报告_某区人民政府</title>',
    );
    const text = importHtml(html);
    expect(text.text).toBe(
      '某区2019年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开信息100条，其中政府网站公开80条。\n2020年1月15日\n附件\na | 1 |',
    );
    expect(text.diagnostics.map((d) => d.code)).toEqual(['import-metadata-from-page']);
  });

  it('should not add a title or date the body already has', () => {
    const html = page(`<h1>某区2019年政府信息公开工作年度报告</h1><p>发布日期：2020-02-01</p>
      <div id="zoom"><p>某区2019年政府信息公开工作年度报告</p><p>一、总体情况</p><p>某区人民政府</p><p>2020年1月20日</p></div>`);
    expect(importHtml(html).text).toBe('某区2019年政府信息公开工作年度报告\n一、总体情况\n某区人民政府\n2020年1月20日');
  });

  it('should find the report without a known container by its share of non-link text', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/n${i}">栏目链接名称${i}</a></li>`).join('');
    const html = page(
      `<div class="menu"><ul>${links}</ul></div><div class="wrap"><div class="main"><p>一、总体情况</p><p>${'本年度政府信息公开工作稳步推进。'.repeat(10)}</p></div><div class="copy">版权所有</div></div>`,
    );
    expect(importHtml(html).text.split('\n')[0]).toBe('一、总体情况');
    expect(importHtml(html).text).not.toContain('栏目链接名称');
  });

  it('should decode the meta charset, reading gb2312 as gb18030', () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>一、概述</p></body></html>';
    const bytes = iconv.encode(html, 'gbk');
    expect(declaredCharset(bytes)).toBe('gb2312');
    expect(importHtml(bytes)).toMatchObject({ text: '一、概述', encoding: 'gb18030' });
    expect(
      declaredCharset(
        iconv.encode('<?xml version="1.0" encoding="GBK"?><html><body><p>一、概述</p></body></html>', 'gbk'),
      ),
    ).toBe('GBK');
  });

  it('should refuse a page without text with IMPORT_EMPTY', async () => {
    expect(await errorCode(() => importHtml(page('<script>var a = 1;</script>')))).toBe('IMPORT_EMPTY');
  });
});
