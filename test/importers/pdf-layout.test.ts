import { describe, expect, it } from 'vitest';
import { layoutPdf } from '../../src/importers/pdf-layout.js';
import { removeCjkSpacing, type PdfItem } from '../../src/importers/pdf-lines.js';
import type { PdfPage } from '../../src/importers/pdf-source.js';

const SIZE = 12;

/** Column starts of the synthetic tables. */
const COLUMNS = [50, 600, 680];

/** Items of one visual line: CJK is 1 em per character, Latin ½ em; `  ` (two spaces) moves to the next column. */
function line(y: number, text: string): PdfItem[] {
  return text.split('  ').map((part, i) => ({
    str: part,
    x: COLUMNS[i]!,
    y,
    width: [...part].reduce((sum, ch) => sum + (/[\x20-\x7e]/.test(ch) ? SIZE / 2 : SIZE), 0),
    size: SIZE,
  }));
}

function page(number: number, lines: PdfItem[][], tables: PdfPage['tables'] = []): PdfPage {
  return { number, height: 800, items: lines.flat(), tables, fallbacks: [] };
}

/** A full-width line: 45 CJK characters from x = 50 to 590. */
const full = (prefix: string): string => prefix + '政'.repeat(45 - [...prefix].length);

describe('layoutPdf', () => {
  it('should join justified lines broken inside words, numbers and URLs, but not after a short line or before a marker', () => {
    const first = full('一是公开');
    const { sink } = layoutPdf([
      page(1, [
        line(100, '一、总体情况'),
        line(120, `${full('我局').slice(0, 44)}2`),
        line(140, '016年主动公开信息。'),
        line(160, first.slice(0, 39) + 'www.pingtan.'),
        line(180, 'gov.cn上公开。'),
        line(200, full('二是')),
        line(220, '(一)强化责任'),
      ]),
    ]);
    expect(sink.lines).toEqual([
      '一、总体情况',
      `${full('我局').slice(0, 44)}2016年主动公开信息。`,
      `${first.slice(0, 39)}www.pingtan.gov.cn上公开。`,
      full('二是'),
      '(一)强化责任',
    ]);
  });

  it('should drop page numbers and running headers, and carry a paragraph over the page break', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [
        line(30, '某局2019年政府信息公开工作年度报告'),
        line(100, n === 2 ? '的说明。' : full(`第${n}页正文`)),
        line(770, n === 1 ? `第 ${n} 页 共 3 页` : n === 2 ? `- ${n} -` : `${n}/3`),
      ]),
    );
    const { sink, diagnostics } = layoutPdf(pages);
    expect(sink.lines).toEqual([`${full('第1页正文')}的说明。`, full('第3页正文')]);
    expect(sink.pages).toEqual([1, 3]);
    expect(diagnostics.map((d) => d.code)).toEqual(['import-continuation-furniture-removed']);
  });

  it('should place a ruled table in the flow and merge its continuation without the repeated header', () => {
    const header = ['统计指标', '单位', '年度累计数'];
    const { sink, diagnostics } = layoutPdf([
      page(
        1,
        [line(100, '附件')],
        [{ top: 150, bottom: 700, left: 50, right: 500, rows: [header, ['一、主动公开情况', '——', '502']] }],
      ),
      page(
        2,
        [line(750, '某市某局')],
        [{ top: 40, bottom: 300, left: 50, right: 500, rows: [header, ['(一)主动公开政府信息数', '条', '502']] }],
      ),
    ]);
    expect(sink.lines).toEqual([
      '附件',
      '统计指标 | 单位 | 年度累计数 |',
      '一、主动公开情况 | —— | 502 |',
      '(一)主动公开政府信息数 | 条 | 502 |',
      '某市某局',
    ]);
    expect(sink.pages).toEqual([1, 1, 1, 2, 2]);
    expect(diagnostics.map((d) => d.code)).toEqual(['import-continuation-table-joined']);
  });

  it('should rebuild a table without rulings from text positions, with empty cells and wrapped labels', () => {
    const { sink, diagnostics } = layoutPdf([
      page(1, [
        line(90, '  计量'),
        line(100, '统计指标  单位  年度累计数'),
        line(120, '一、主动公开情况  ——  502'),
        line(140, '其中:主动公开规范性文件数  条'),
        line(160, '(四)政府信息公开专项经费(不包括用于政府公报  万元  0'),
        line(180, '编辑管理等方面的经费)'),
        line(220, '以上数据截至2018年12月31日。'),
      ]),
    ]);
    expect(sink.lines).toEqual([
      '统计指标 | 计量单位 | 年度累计数 |',
      '一、主动公开情况 | —— | 502 |',
      '其中:主动公开规范性文件数 | 条 | |',
      '(四)政府信息公开专项经费(不包括用于政府公报编辑管理等方面的经费) | 万元 | 0 |',
      '以上数据截至2018年12月31日。',
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(['import-table-reconstructed']);
  });
});

describe('removeCjkSpacing', () => {
  it('should remove the spaces typesetting puts between CJK and digits or Latin, and keep the others', () => {
    expect(removeCjkSpacing('至 2018 年底共 502 条')).toBe('至2018年底共502条');
    expect(removeCjkSpacing('统 计 指 标')).toBe('统 计 指 标');
    expect(removeCjkSpacing('网站 (www. safety.qz.gov.cn/)')).toBe('网站 (www. safety.qz.gov.cn/)');
  });
});
