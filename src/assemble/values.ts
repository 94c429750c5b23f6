/** Table cell text → value. Numbers are kept as printed; empty marks become null. */
import { isEmptyMark } from '../vocabulary/empty-marks.js';
import { toHalfWidth } from '../vocabulary/width.js';
import { isUnitWord, UNIT_ALTERNATION, UNIT_WORDS } from '../vocabulary/units.js';
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

/**
 * Whether a cell whose first character is `code` may be read as a number or an empty mark: after full-width
 * folding, a digit, a sign, a dash, a slash, a backslash, *, ×, 无 / 無 / 空 or a blank (a cell the blanks
 * removal leaves starting elsewhere). Every other cell is text (a label: （一）…, (1)…, ①…), told without
 * folding it or running a pattern.
 * @param code The cell's first UTF-16 unit.
 * @returns False when the cell can only be text.
 */
export function mayStartValue(code: number): boolean {
  const c = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  if (c < 0x80)
    return (
      (c >= 0x30 && c <= 0x39) ||
      c === 0x2b ||
      c === 0x2d ||
      c === 0x2f ||
      c === 0x2a ||
      c === 0x5c ||
      c === 0x20 ||
      (c >= 0x09 && c <= 0x0d)
    );
  return (
    c === 0xd7 ||
    c === 0x65e0 ||
    c === 0x7121 ||
    c === 0x7a7a ||
    c === 0x2500 ||
    // Dashes (‐ – — ―, U+2010–2015) and the blanks of \s among U+2000–U+205F.
    (c >= 0x2000 && c <= 0x205f) ||
    c === 0xa0 ||
    c === 0x1680 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The first character of each unit word NUMBER accepts after a number. */
const UNIT_FIRST: ReadonlySet<number> = new Set(UNIT_WORDS.map((unit) => unit.charCodeAt(0)));

/**
 * A cell that starts with a digit is a number only when what follows its digits, separators and blanks starts a
 * unit word (1、… and 1.主动公开… are labels). Other cells (a sign, a dash, 无) are let through.
 * @param printed A non-empty cell as printed.
 * @returns False when the cell can only be text.
 */
function mayBeNumberAfterDigits(printed: string): boolean {
  if (!isDigit(halfWidthCode(printed.charCodeAt(0)))) return true;
  for (let i = 1; i < printed.length; i++) {
    const c = halfWidthCode(printed.charCodeAt(i));
    if (isDigit(c) || c === 0x2c || c === 0x2e || isBlankOfS(c)) continue;
    return UNIT_FIRST.has(c);
  }
  return true;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** One UTF-16 unit folded as toHalfWidth folds it. */
function halfWidthCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code === 0x3000 || code === 0xa0 ? 0x20 : code;
}

/** A blank of the pattern `\s` (which also holds U+00A0 and U+3000). */
function isBlankOfS(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const EMPTY: CellValue = Object.freeze({ kind: 'empty' });
const TEXT: CellValue = Object.freeze({ kind: 'text' });

/**
 * @param printed A cell as printed.
 * @returns A number, an empty mark, or unparsed text.
 */
export function readValue(printed: string): CellValue {
  const value = cellValue(printed);
  return value === undefined ? TEXT : value === null ? EMPTY : { kind: 'number', value };
}

/**
 * readValue without an object per cell (the table builder reads every value cell this way).
 * @param printed A cell as printed.
 * @returns The number, null for an empty mark (or an empty cell), undefined for unparsed text.
 */
export function cellValue(printed: string): number | null | undefined {
  if (printed === '') return null;
  const first = printed.charCodeAt(0);
  // A cell starting with a CJK ideograph is a label, unless it is 无/空/無 or a number with a unit after it cannot start so.
  if (first >= 0x4e00 && first <= 0x9fff && printed.length > 1) return undefined;
  if (isPlainInteger(printed)) return Number(printed);
  if (!mayStartValue(first) || !mayBeNumberAfterDigits(printed)) return undefined;
  // An empty mark as printed (——, －, ／, 无) folds to an empty mark: read without folding.
  if (isEmptyMark(printed)) return null;
  const half = toHalfWidth(printed);
  // Blanks between digits part values that ran together (a PDF cell holding "12 3 0 16"): never one number.
  if (DIGITS_APART.test(half)) return undefined;
  const text = half.replace(/[\s\u00a0]+/g, '');
  if (isEmptyMark(text)) return null;
  const match = NUMBER.exec(text);
  if (match) return Number(match[1]!.replace(/,/g, ''));
  return undefined;
}

/**
 * @param printed A value cell as printed.
 * @returns The unit printed after its number (`147230元` → 元), null for a number without one, undefined
 *   when the cell is not a number.
 */
export function valueUnit(printed: string): string | null | undefined {
  if (isPlainInteger(printed)) return null;
  if (typeof cellValue(printed) !== 'number') return undefined;
  return NUMBER.exec(toHalfWidth(printed).replace(/[\s\u00a0]+/g, ''))?.[2] ?? null;
}

/**
 * @param printed A cell as printed.
 * @returns Whether it holds a number (not an empty mark).
 */
export function isNumeric(printed: string): boolean {
  return typeof cellValue(printed) === 'number';
}

/**
 * @param printed A cell as printed.
 * @returns Whether it is a unit word or the heading-row dash.
 */
export const isUnit: (printed: string) => boolean = memoize((printed) => {
  const text = fold(printed).replace(/\s+/g, '');
  return isUnitWord(text) || (text !== '' && isEmptyMark(text));
});
