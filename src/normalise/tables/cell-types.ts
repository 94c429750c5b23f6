/**
 * Column typing: what a cell token can be (a number, an empty mark, a unit word or label text),
 * and tokenising a space-aligned line with display columns.
 */
import { DASH_CHARACTERS, EMPTY_WORDS, isEmptyMark, isHeadingDash } from '../../vocabulary/empty-marks.js';
import { isUnitWord, UNIT_ALTERNATION, UNIT_WORDS } from '../../vocabulary/units.js';
import { startsWithMarker } from '../../vocabulary/markers.js';

/** What a token can be. `dash` (——) is a unit column's heading mark or an empty value. */
export type CellKind = 'number' | 'empty' | 'dash' | 'unit' | 'text';

const NUMBER = new RegExp(`^[+\\-−]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?(?:％|${UNIT_ALTERNATION})?$`);
const INNER_SPACES = /[\u00a0\u2009\u202f]/g;

/**
 * An empty mark is a run of dashes or one of `EMPTY_WORDS` (src/vocabulary/empty-marks.ts): a longer cell that
 * does not start with a dash is neither, and is not hashed to look it up among the words.
 */
const LONGEST_EMPTY_WORD = Math.max(...EMPTY_WORDS.map((word) => word.length));
const DASH_CODES: ReadonlySet<number> = new Set([...DASH_CHARACTERS].map((ch) => ch.charCodeAt(0)));
/** Nor is a cell longer than every unit word looked up among them. */
const LONGEST_UNIT_WORD = Math.max(...UNIT_WORDS.map((word) => word.length));

/**
 * @param token A trimmed cell token.
 * @param unitColumn Whether the table has a unit column (unit words are text otherwise).
 * @returns The token's kind.
 */
export function cellKind(token: string, unitColumn: boolean): CellKind {
  if (isDigitsOnly(token)) return 'number';
  const t = hasInnerSpace(token) ? token.replace(INNER_SPACES, '') : token;
  if (t === '') return 'empty';
  if (mayStartNumber(t.charCodeAt(0)) && NUMBER.test(t)) return 'number';
  // label text (most cells that get here): no dash first and longer than a mark word, so neither mark
  if (t.length <= LONGEST_EMPTY_WORD || DASH_CODES.has(t.charCodeAt(0))) {
    if (isHeadingDash(t)) return 'dash';
    if (isEmptyMark(t)) return 'empty';
  }
  if (unitColumn && t.length <= LONGEST_UNIT_WORD && isUnitWord(t)) return 'unit';
  return 'text';
}

const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Whether a text is ASCII digits only (a number, the most common cell of a table) without the patterns. */
function isDigitsOnly(text: string): boolean {
  if (text === '') return false;
  for (let i = 0; i < text.length; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false;
  return true;
}

/** Whether a text holds a character of `INNER_SPACES`. */
function hasInnerSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xa0 || code === 0x2009 || code === 0x202f) return true;
  }
  return false;
}

/** Characters `NUMBER` can start with: a sign, an ASCII or a full-width digit. */
const mayStartNumber = (code: number): boolean =>
  isAsciiDigit(code) || (code >= 0xff10 && code <= 0xff19) || code === 0x2b || code === 0x2d || code === 0x2212;

/** Whether a kind can fill a value or unit cell. */
export const isTyped = (kind: CellKind): boolean => kind !== 'text';

/**
 * @param text A label.
 * @returns Whether it opens more brackets than it closes (a label wrapped onto the next line).
 */
export function unclosed(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '（' || ch === '《' || ch === '“') depth++;
    else if (ch === ')' || ch === '）' || ch === '》' || ch === '”') depth--;
  }
  return depth > 0;
}

/** A signature date line, `2019年1月7日` or `2019 年 1 月 7 日` (PDF text), never a table row. */
const DATE_LINE =
  /^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?\s*$/;

/**
 * Whether a line reads as narrative rather than a table row: a full stop anywhere, or a comma or
 * semicolon outside brackets (table labels keep their commas inside notes; `2,069` is a number), or a
 * signature date.
 * @param text A line.
 * @returns true for narrative.
 */
export function isNarrative(text: string): boolean {
  // A character loop (it runs on every line of every table block): the date pattern only when no
  // full stop, comma or semicolon decided it.
  let depth = 0;
  // DATE_LINE needs a 年: without one, the pattern is not tried
  let year = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3002) return true; // 。
    if (code === 0x5e74) year = true; // 年
    if (code === 0x28 || code === 0xff08 || code === 0x300a || code === 0x201c)
      depth++; // ( （ 《 “
    else if (code === 0x29 || code === 0xff09 || code === 0x300b || code === 0x201d)
      depth = depth > 0 ? depth - 1 : 0; // ) ） 》 ”
    else if (
      depth === 0 &&
      (code === 0xff0c || // ，
        code === 0xff1b || // ；
        code === 0x3b || // ;
        (code === 0x2c && !isAsciiDigit(text.charCodeAt(i + 1)))) // , not a thousands separator
    )
      return true;
  }
  return year && DATE_LINE.test(text);
}

/** A whitespace-separated token with its display columns (a CJK character is two columns wide). */
export interface Token {
  text: string;
  /** Offset in the line. */
  offset: number;
  /** Display columns [from, to). */
  from: number;
  to: number;
}

/**
 * @param code A UTF-16 code unit.
 * @returns Display width of the character.
 */
function width(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
    ? 2
    : 1;
}

/**
 * Splits a line at runs of spaces, tabs and ideographic spaces (no-break spaces stay inside tokens).
 * @param line One line.
 * @returns Its tokens with display columns.
 */
export function tokenise(line: string): Token[] {
  const tokens: Token[] = [];
  let col = 0;
  let start = -1;
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    const code = i < line.length ? line.charCodeAt(i) : 32;
    const space = code === 32 || code === 9 || code === 0x3000;
    if (space) {
      if (start >= 0) {
        tokens.push({ text: line.slice(start, i), offset: start, from, to: col });
        start = -1;
      }
      col += code === 9 ? 8 - (col % 8) : code === 0x3000 ? 2 : 1;
    } else {
      if (start < 0) {
        start = i;
        from = col;
      }
      col += width(code);
    }
  }
  return tokens;
}

/**
 * Splits a label run of a matrix row into label cells where a token starts with a row marker:
 * `三、本年度办理结果 （一）予以公开` → two cells.
 * @param line The line.
 * @param tokens The label's tokens.
 * @returns The label cells, as printed.
 */
export function splitLabelCells(line: string, tokens: readonly Token[]): string[] {
  const cells: string[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || startsWithMarker(tokens[i]!.text)) {
      const a = tokens[first]!;
      const b = tokens[i - 1]!;
      cells.push(line.slice(a.offset, b.offset + b.text.length));
      first = i;
    }
  }
  return cells;
}

const isPipe = (code: number): boolean => code === 124 || code === 0xff5c;
const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 0xa0 || code === 0x3000;

/**
 * A pipe row: a cell, a pipe, another cell (one-cell-per-line text ends its lines in ` |` only).
 * A character loop: this runs on every row of a pipe table.
 * @param line A line.
 * @returns Whether the line is a pipe row.
 */
export function hasInnerPipe(line: string): boolean {
  // most lines asked about have no pipe at all (every line of a table rebuilt from another rendering,
  // narrative): two searches, no loop
  if (line.indexOf('|') === -1 && line.indexOf('｜') === -1) return false;
  let content = false;
  let pipe = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (isPipe(code)) pipe = content;
    else if (!isBlank(code)) {
      if (pipe) return true;
      content = true;
    }
  }
  return false;
}
