/**
 * Marks printed in a table cell that holds no value: a dash or a run of dashes (——, which is also the
 * unit of a heading row), a slash, 无 / 空 (無), * and ×. The one list for every stage: .doc table rows
 * (src/importers/doc-rows.ts), table rebuilding (src/normalise/tables/cell-types.ts), the builder
 * (src/assemble/values.ts, and tables.ts for values run together), row and column matching
 * (src/templates/labels.ts, columns.ts) and validation's heading units (src/validate/sanity.ts).
 */

/** Dash characters: hyphen-minus, full-width hyphen, em and en dash, horizontal bar, box rule, hyphen. */
export const DASH_CHARACTERS = '-－—–―─‐';

/** Single marks other than dashes. */
export const EMPTY_WORDS: readonly string[] = ['/', '／', '\\', '无', '無', '空', '*', '×'];

const DASH_SET = new Set(DASH_CHARACTERS);

const escapeClass = (chars: string): string => chars.replace(/[\\\]^-]/g, '\\$&');
const escapeText = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One empty mark (not the empty cell) as regular-expression source, for patterns of whole cells or tokens. */
export const EMPTY_MARK_SOURCE = `(?:[${escapeClass(DASH_CHARACTERS)}]+|${EMPTY_WORDS.map(escapeText).join('|')})`;
const WORD_SET = new Set(EMPTY_WORDS);

/**
 * @param text A cell without blanks.
 * @returns Whether it is one or more dash characters.
 */
export function isDashRun(text: string): boolean {
  if (text === '') return false;
  for (const ch of text) if (!DASH_SET.has(ch)) return false;
  return true;
}

/**
 * @param text A cell without blanks.
 * @returns Whether it means "no value": empty, a dash run, or one of `EMPTY_WORDS`.
 */
export function isEmptyMark(text: string): boolean {
  return text === '' || WORD_SET.has(text) || isDashRun(text);
}

/** A lone hyphen, minus or en dash: an empty value, never the —— of a heading row. */
const SHORT_DASHES = new Set(['-', '－', '–', '‐']);

/**
 * @param text A cell without blanks.
 * @returns Whether it is the dash of a heading row's unit cell (——, —, ――): a dash run other than a lone
 *   hyphen, minus or en dash.
 */
export function isHeadingDash(text: string): boolean {
  return isDashRun(text) && !(text.length === 1 && SHORT_DASHES.has(text));
}
