/** Small text helpers shared by the builders. */
import { toHalfWidth } from '../../grammars/shared/numerals.js';
import { traditionalToSimplified } from '../templates/traditional.js';

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const CJK_SPACE = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0\\u3000]+(?=[${CJK}])`, 'g');
const MULTI_SPACE = /[ \t\u00a0\u3000]+/g;

/**
 * Removes blanks between CJK characters (`统 计 指 标` → `统计指标`, `本年度办 理结果`)
 * and folds other runs of blanks to one space.
 * @param text Printed text.
 * @returns Tidy text.
 */
const HAS_BLANK = /[ \t\u00a0\u3000]/;

export function tidy(text: string): string {
  if (!HAS_BLANK.test(text)) return text;
  return text.replace(CJK_SPACE, '').replace(MULTI_SPACE, ' ').trim();
}

/** A line that ends a sentence: 。！？!? optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[。！？!?…][”’"'）)】」』]*$/;

/**
 * @param text A line of narrative.
 * @returns Whether the line ends a sentence (so the next line starts a new paragraph).
 */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/**
 * Joins a line broken mid-sentence to the next one: no space between CJK or
 * between a CJK character and Latin text; one space between two Latin words.
 * @param left Text so far.
 * @param right The next line.
 * @returns The joined text.
 */
export function joinLines(left: string, right: string): string {
  if (/[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right)) return `${left} ${right}`;
  return left + right;
}

/** Run-in heading end: the first 。 ： or : (TEMPLATES.md "run-in headings"). */
const RUN_IN_END = /[。：:]/;

/**
 * Splits a marker line into heading and run-in paragraph.
 * @param text The line after its marker.
 * @returns `heading` without its closing punctuation, and `rest` (maybe empty) with its offset in `text`.
 */
export function splitRunIn(text: string): { heading: string; rest: string; restIndex: number } {
  const match = RUN_IN_END.exec(text);
  if (!match) return { heading: text, rest: '', restIndex: text.length };
  let restIndex = match.index + 1;
  while (restIndex < text.length && /[ \t\u00a0\u3000]/.test(text[restIndex]!)) restIndex++;
  return { heading: text.slice(0, match.index).trim(), rest: text.slice(restIndex), restIndex };
}

/**
 * Folds text for matching (never for output): full-width → half-width,
 * traditional → simplified characters, blanks between CJK removed.
 * @param text Printed text.
 * @returns The folded text.
 */
export function fold(text: string): string {
  const half = toHalfWidth(text);
  let out = '';
  let changed = false;
  for (const ch of half) {
    const simplified = traditionalToSimplified.get(ch);
    if (simplified !== undefined) changed = true;
    out += simplified ?? ch;
  }
  return tidy(changed ? out : half);
}
