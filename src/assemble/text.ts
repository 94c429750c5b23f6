/** Small text helpers shared by the builders. */
import { toHalfWidth } from '../vocabulary/width.js';
import { memoize } from '../memo.js';
import { simplifiedCharacters } from '../vocabulary/traditional.js';

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const CJK_SPACE = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0\\u3000]+(?=[${CJK}])`, 'g');
const MULTI_SPACE = /[ \t\u00a0\u3000]+/g;

/** Whether `text` holds a blank, tab, no-break space or ideographic space (`/[ \t\u00a0\u3000]/`, read by character code). */
function hasBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000) return true;
  }
  return false;
}

/**
 * Removes blanks between CJK characters (`统 计 指 标` → `统计指标`, `本年度办 理结果`)
 * and folds other runs of blanks to one space.
 * @param text Printed text.
 * @returns Tidy text.
 */
export function tidy(text: string): string {
  if (!hasBlank(text)) return text;
  return text.replace(CJK_SPACE, '').replace(MULTI_SPACE, ' ').trim();
}

/** Sentence ends 。！？!?… and the closing quotes or brackets that may follow them, as UTF-16 units (read without making one-character strings). */
const SENTENCE_ENDS = new Set([...'。！？!?…'].map((char) => char.charCodeAt(0)));
const CLOSERS = new Set([...'”’"\'）)】」』'].map((char) => char.charCodeAt(0)));

/**
 * Read from the end: an end-anchored regexp would scan the whole line from its start.
 * @param text A line of narrative.
 * @returns Whether the line ends a sentence (。！？!?… maybe followed by closing quotes or brackets), so the next line starts a new paragraph.
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= 0 && SENTENCE_ENDS.has(text.charCodeAt(i));
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Joins a line broken mid-sentence to the next one: no space between CJK or
 * between a CJK character and Latin text; one space between two Latin words.
 * @param left Text so far.
 * @param right The next line.
 * @returns The joined text.
 */
export function joinLines(left: string, right: string): string {
  return left + lineJoint(left, right) + right;
}

/**
 * @param left Text so far.
 * @param right The next line.
 * @returns What joinLines puts between them: one space between two Latin words, else nothing.
 */
export function lineJoint(left: string, right: string): string {
  return isLatinLetter(left.charCodeAt(left.length - 1)) && isLatinLetter(right.charCodeAt(0)) ? ' ' : '';
}

/** A blank after a run-in heading: blank, tab, no-break space, ideographic space. */
function isRunInBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
}

/** Run-in heading end: the first 。 ： or : (docs/forms.md, "Real-world quirks"). */
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
  while (restIndex < text.length && isRunInBlank(text.charCodeAt(restIndex))) restIndex++;
  return { heading: text.slice(0, match.index).trim(), rest: text.slice(restIndex), restIndex };
}

/**
 * Folds text for matching (never for output): full-width → half-width,
 * traditional → simplified characters, blanks between CJK removed.
 * @param text Printed text.
 * @returns The folded text.
 */
export const fold: (text: string) => string = memoize(foldText);

function foldText(text: string): string {
  return tidy(simplifiedCharacters(toHalfWidth(text)));
}
