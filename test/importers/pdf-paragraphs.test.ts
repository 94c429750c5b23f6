import { describe, expect, it } from 'vitest';
import { layoutPdf, removeLetterSpacing } from '../../src/importers/pdf-layout.js';
import type { PdfItem } from '../../src/importers/pdf-lines.js';
import type { PdfPage } from '../../src/importers/pdf-source.js';

/**
 * Paragraph lines of Word/LibreOffice PDFs, as the round-trip bench met them
 * (test/fixtures/roundtrip/*.pdf, test/roundtrip/roundtrip.test.ts).
 */
const SIZE = 12;
const LEFT = 50;
/** Width of a text: CJK 1 em per character, ASCII ½ em. */
const width = (text: string): number =>
  [...text].reduce((sum, ch) => sum + (/[\x20-\x7e]/.test(ch) ? SIZE / 2 : SIZE), 0);
/** One item of text starting at x. */
const at = (y: number, text: string, x = LEFT): PdfItem => ({ str: text, x, y, width: width(text), size: SIZE });
/** One item ending at the right margin (590). */
const right = (y: number, text: string): PdfItem => at(y, text, 590 - width(text));
/** A full-width line: 45 CJK characters from x = 50 to 590. */
const full = (prefix: string, fill = '政'): string => prefix + fill.repeat(45 - [...prefix].length);
const page = (items: PdfItem[]): PdfPage => ({ number: 1, height: 800, items, tables: [], fallbacks: [] });

describe('PDF paragraph lines', () => {
  it('should not run a right-aligned signature line into the date line under it', () => {
    const { sink } = layoutPdf([
      page([
        at(100, full('本年度收取信息处理费0元')),
        at(120, '。'),
        right(160, '宁乡市花明楼镇人民政府'),
        at(180, '2024年1月'),
      ]),
    ]);
    expect(sink.lines).toEqual([`${full('本年度收取信息处理费0元')}。`, '宁乡市花明楼镇人民政府', '2024年1月']);
  });

  it('should continue a paragraph whose wrapped line starts with 二是 after a semicolon, not after a full stop', () => {
    const semicolon = `${full('主要问题:一是基层工作人员多为兼职').slice(0, 44)};`;
    const stop = `${full('改进措施:一是加强业务培训').slice(0, 44)}。`;
    const { sink } = layoutPdf([
      page([
        at(100, semicolon),
        at(120, '二是部分信息公开不够及时。'),
        at(140, stop),
        at(160, '二是建立信息公开台账。'),
      ]),
    ]);
    expect(sink.lines).toEqual([`${semicolon}二是部分信息公开不够及时。`, stop, '二是建立信息公开台账。']);
  });

  it('should join an e-mail address wrapped after its ＠, and not read 126.com as a numbered heading', () => {
    // The address did not fit: the line ends early, after ＠.
    const before = `${full('如对本报告有疑问,请与办公室联系(电子邮箱:').slice(0, 38)}tzzrzyj＠`;
    const { sink } = layoutPdf([page([at(100, before), at(120, '126.com)。'), at(140, '一、总体情况')])]);
    expect(sink.lines).toEqual([`${before}126.com)。`, '一、总体情况']);
  });

  it('should join a large title wrapped onto a centred line, but not a centred line of body text', () => {
    const big = (y: number, text: string, x = LEFT): PdfItem => ({
      str: text,
      x,
      y,
      width: (width(text) * 22) / SIZE,
      size: 22,
    });
    const title = '莱阳市市场监督管理局2022年政府信息公开工作年度报'; // 22 ideographs and 4 digits at 22 pt: 528 pt, 50 → 578
    const body = [100, 120, 140].map((y) => at(y + 60, full(`本报告第${y}行`)));
    const { sink } = layoutPdf([page([big(40, title), big(70, '告', 320 - 11), ...body, at(230, '附件', 320 - SIZE)])]);
    expect(sink.lines[0]).toBe(`${title}告`);
    expect(sink.lines.at(-1)).toBe('附件');
  });

  it('should take out the spaces pdf.js writes into a justified line spread out, keeping a single one', () => {
    expect(removeLetterSpacing('市 椒 江 区 市 府 大 道358号;邮 编:318000')).toBe('市椒江区市府大道358号;邮编:318000');
    expect(removeLetterSpacing('本报 告根 据《 中华 人民 共和 国政 府信 息公 开条 例》 （以 下简 称《 条例》）')).toBe(
      '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）',
    );
    expect(removeLetterSpacing('地址:衢州市江郎中路2号;邮 编:324000')).toBe('地址:衢州市江郎中路2号;邮 编:324000');
    expect(removeLetterSpacing('www. safety.qz.gov.cn/ 上下载')).toBe('www. safety.qz.gov.cn/ 上下载');
    const { sink } = layoutPdf([
      page([
        at(100, '地址:台州市 椒 江 区 市 府 大 道'),
        at(100, '358号', LEFT + width('地址:台州市 椒 江 区 市 府 大 道')),
      ]),
    ]);
    expect(sink.lines).toEqual(['地址:台州市椒江区市府大道358号']);
  });
});
