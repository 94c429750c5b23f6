/** Chinese, full-width and circled numerals → numbers. Shared by the grammar API and the builder. */
import { toHalfWidth } from './width.js';

const HAN_DIGITS: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  O: 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The place words of a Han numeral and their values. */
const HAN_PLACES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Han digits, both zeros (U+3007 〇 and U+25CB ○) included. */
export const HAN_DIGIT_CLASS = '〇○零一二三四五六七八九十百';

/**
 * Parses a Han numeral: 一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105, 一千二百 → 1200,
 * and digit-by-digit forms such as 二〇一九 → 2019.
 * @param text Han numeral characters only.
 * @returns The number, or null when the text is not a Han numeral.
 */
export function parseHanNumber(text: string): number | null {
  if (text.length === 0) return null;
  if (!text.includes('十') && !text.includes('百') && !text.includes('千')) {
    let value = 0;
    for (const ch of text) {
      const digit = HAN_DIGITS[ch];
      if (digit === undefined) return null;
      value = value * 10 + digit;
    }
    return value;
  }
  let total = 0;
  let current = 0;
  for (const ch of text) {
    const place = HAN_PLACES[ch];
    if (place !== undefined) {
      total += (current || 1) * place;
      current = 0;
    } else {
      const digit = HAN_DIGITS[ch];
      if (digit === undefined) return null;
      current = digit;
    }
  }
  return total + current;
}

const DIGITS = /\d+/;
const HAN_RUN = new RegExp(`[${HAN_DIGIT_CLASS}]+`);

/**
 * The number a section or row marker stands for.
 * @param marker '一、' '（三）' '㈢' '12.' '(4)' '②' '三是' '第二部分' …
 * @returns Its ordinal, or 0 when it has none (其中).
 */
export function markerOrdinal(marker: string): number {
  const half = toHalfWidth(marker);
  const circled = half.codePointAt(0) ?? 0;
  if (circled >= 0x2460 && circled <= 0x2473) return circled - 0x2460 + 1;
  if (circled >= 0x3220 && circled <= 0x3229) return circled - 0x3220 + 1;
  const digits = DIGITS.exec(half);
  if (digits) return Number(digits[0]);
  const han = HAN_RUN.exec(half);
  return han ? (parseHanNumber(han[0]) ?? 0) : 0;
}
