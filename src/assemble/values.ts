/** Table cell text → value. Numbers are kept as printed; empty marks become null. */
import { isEmptyMark } from '../vocabulary/empty-marks.js';
import { toHalfWidth } from '../vocabulary/width.js';
import { isUnitWord, UNIT_ALTERNATION } from '../vocabulary/units.js';
import { memoize } from '../memo.js';
import { fold } from './text.js';

/** A number, maybe with thousands separators, a sign and a trailing unit (251000元, 1.5万元, 12%). */
const NUMBER = new RegExp(`^([-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|[-+]?\\d+(?:\\.\\d+)?)(${UNIT_ALTERNATION})?$`);

/** What a value cell says. */
export type CellValue = { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'text' };

/** Two digits with blanks between them. */
const DIGITS_APART = /\d[\s\u00a0]+\d/;

/** One to fifteen ASCII digits (`/^\d{1,15}$/`), read with a character loop: most value cells are plain integers. */
function isPlainInteger(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > 15) return false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

const EMPTY: CellValue = Object.freeze({ kind: 'empty' });
const TEXT: CellValue = Object.freeze({ kind: 'text' });

/**
 * @param printed A cell as printed.
 * @returns A number, an empty mark, or unparsed text.
 */
export function readValue(printed: string): CellValue {
  if (printed === '') return EMPTY;
  const first = printed.charCodeAt(0);
  // A cell starting with a CJK ideograph is a label, unless it is 无/空/無 or a number with a unit after it cannot start so.
  if (first >= 0x4e00 && first <= 0x9fff && printed.length > 1) return TEXT;
  if (isPlainInteger(printed)) return { kind: 'number', value: Number(printed) };
  const half = toHalfWidth(printed);
  // Blanks between digits part values that ran together (a PDF cell holding "12 3 0 16"): never one number.
  if (DIGITS_APART.test(half)) return TEXT;
  const text = half.replace(/[\s\u00a0]+/g, '');
  if (isEmptyMark(text)) return EMPTY;
  const match = NUMBER.exec(text);
  if (match) return { kind: 'number', value: Number(match[1]!.replace(/,/g, '')) };
  return TEXT;
}

/**
 * @param printed A value cell as printed.
 * @returns The unit printed after its number (`147230元` → 元), null for a number without one, undefined
 *   when the cell is not a number.
 */
export function valueUnit(printed: string): string | null | undefined {
  if (isPlainInteger(printed)) return null;
  if (readValue(printed).kind !== 'number') return undefined;
  return NUMBER.exec(toHalfWidth(printed).replace(/[\s\u00a0]+/g, ''))?.[2] ?? null;
}

/**
 * @param printed A cell as printed.
 * @returns Whether it holds a number (not an empty mark).
 */
export function isNumeric(printed: string): boolean {
  return readValue(printed).kind === 'number';
}

/**
 * @param printed A cell as printed.
 * @returns Whether it is a unit word or the heading-row dash.
 */
export const isUnit: (printed: string) => boolean = memoize((printed) => {
  const text = fold(printed).replace(/\s+/g, '');
  return isUnitWord(text) || (text !== '' && isEmptyMark(text));
});
