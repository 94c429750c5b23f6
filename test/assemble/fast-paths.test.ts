/**
 * The assemble stage's fast paths (docs/performance.md) skip a pattern only where it cannot match: each is
 * checked here against the full reading, on the inputs it lets through and on those it turns away.
 */
import { describe, expect, it } from 'vitest';
import { draw } from '../helpers/draw.js';
import { findContact } from '../../src/assemble/contact.js';
import { isAsciiDigits } from '../../src/assemble/signature.js';
import { readValue, type CellValue } from '../../src/assemble/values.js';
import { isEmptyMark } from '../../src/vocabulary/empty-marks.js';
import { UNIT_ALTERNATION } from '../../src/vocabulary/units.js';
import { toHalfWidth } from '../../src/vocabulary/width.js';

/** Full-width folding one character at a time, as it was written before its fast path. */
function foldEachCharacter(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000 || code === 0xa0) out += ' ';
    else out += text[i];
  }
  return out;
}

const NUMBER = new RegExp(`^([-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|[-+]?\\d+(?:\\.\\d+)?)(${UNIT_ALTERNATION})?$`);

/** readValue's full reading, every pattern run on every cell (src/assemble/values.ts without its gates). */
function readValueFully(printed: string): CellValue {
  if (printed === '') return { kind: 'empty' };
  // A cell starting with an ideograph is a label, a lone 无 / 空 / 無 aside (a rule, not a fast path).
  const first = printed.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff && printed.length > 1) return { kind: 'text' };
  const half = foldEachCharacter(printed);
  if (/\d[\s\u00a0]+\d/.test(half)) return { kind: 'text' };
  const text = half.replace(/[\s\u00a0]+/g, '');
  if (isEmptyMark(text)) return { kind: 'empty' };
  const match = NUMBER.exec(text);
  return match ? { kind: 'number', value: Number(match[1]!.replace(/,/g, '')) } : { kind: 'text' };
}

/** Characters at the edges of the gates: digits, separators, signs, dashes, marks, blanks, units, label starts. */
const CELL_ALPHABET = [
  ...'0123456789０１２９,.，．+-＋－—–―─‐/／\\＼*＊×无無空',
  ' ',
  '\u3000',
  '\u00a0',
  '\u2003',
  '\t',
  ...'件条万元人次%％（()）一、是其中aＥ①',
];

describe('value cells', () => {
  it('should read every cell as the full reading does, whether its first characters let it through or not', () => {
    const cells = [
      ...draw(CELL_ALPHABET, 20000, 5, 15),
      ...[
        '（一）主动公开',
        '(1)申请',
        '1、政府网站',
        '1.主动公开',
        '12件',
        '1,234',
        '１２３',
        '12 3',
        ' 12',
        '1.5万元',
      ],
      ...['——', '－', '无', '空', '*', '×', '\\', '12%', '12％', '3套', 'Ａ', '①', '2019年度', '0 0'],
    ];
    const differing = cells.filter((cell) => JSON.stringify(readValue(cell)) !== JSON.stringify(readValueFully(cell)));
    expect(differing).toEqual([]);
  });
});

describe('full-width folding', () => {
  it('should fold as the one-character-at-a-time loop does', () => {
    const alphabet = [...'ａＺ０９！～，：（）＠\u3000\u00a0 a1,:政府信息公开𠀀\uff00\uff5f\uff01\uff5e'];
    const texts = draw(alphabet, 5000, 12, 7);
    expect(texts.filter((text) => toHalfWidth(text) !== foldEachCharacter(text))).toEqual([]);
  });

  it('should return the very string when nothing is folded', () => {
    const text = ['政府信息公开', '2019', ''].join('-');
    expect(Object.is(toHalfWidth(text), text)).toBe(true);
  });
});

describe('contact labels', () => {
  it('should find labels that end in a bracket, a Latin letter or a full-width form, blanks before their colon', () => {
    expect(findContact(['电话（传真）：0591-1234567'])).toEqual({ phone: '0591-1234567', fax: '0591-1234567' });
    expect(findContact(['E-MAIL ：info@example.gov.cn'])).toEqual({ email: 'info@example.gov.cn' });
    expect(findContact(['ｅｍａｉｌ：ａ＠ｂ．ｇｏｖ．ｃｎ'])).toEqual({ email: 'a@b.gov.cn' });
    expect(findContact(['联系电话\u3000：0591-1112222；传真号码:0591-7654321'])).toEqual({
      phone: '0591-1112222',
      fax: '0591-7654321',
    });
    expect(findContact(['网站地址：www.example.gov.cn；邮政编码：350001。'])).toEqual({
      website: 'www.example.gov.cn',
      postcode: '350001',
    });
    expect(findContact(['通讯地址：某市某路1号'])).toEqual({ address: '某市某路1号' });
  });

  it('should find the unlabelled number after 联系, and nothing in a text whose colons follow no label', () => {
    expect(findContact(['请联系：党政办  85390768。'])).toEqual({ phone: '85390768' });
    expect(findContact(['电话0591-1234567，说明：无。', '邮编350001'])).toEqual({});
  });
});

describe('date numbers', () => {
  it('should tell ASCII digits as /^\\d+$/ does', () => {
    const texts = [...draw([...'0123456789０９一〇a /:٣'], 5000, 6, 15_090), ''];
    expect(texts.filter((text) => isAsciiDigits(text) !== /^\d+$/.test(text))).toEqual([]);
    expect(texts.filter((text) => isAsciiDigits(text)).length).toBeGreaterThan(100);
  });
});
