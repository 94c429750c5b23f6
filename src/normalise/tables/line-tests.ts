/**
 * Character-loop tests on one line, for the scans that look at every line of a table block or of the
 * text: no regular expression, no trimmed or compacted copy unless something is cut. Each function
 * states the regular expression it stands for; test/normalise/line-tests.test.ts checks them against
 * it on every UTF-16 code unit.
 */
import { furnitureKind } from '../../vocabulary/page-furniture.js';
import { isWhiteSpace } from '../../vocabulary/white-space.js';

/** `|` or the full-width `｜`. */
export const isPipe = (code: number): boolean => code === 0x7c || code === 0xff5c;

/**
 * @param line A line.
 * @returns `line.trim() === ''`, without the trimmed copy.
 */
export function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isWhiteSpace(line.charCodeAt(i))) return false;
  return true;
}

/**
 * @param line A line.
 * @returns `/^\s*[|｜][\s|｜]*$/.test(line)`: a line of pipes only.
 */
export function isPipesOnly(line: string): boolean {
  let pipe = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (isPipe(code)) pipe = true;
    else if (!isWhiteSpace(code)) return false;
  }
  return pipe;
}

/**
 * Start of the blanks and pipes that end a line, when they hold a pipe.
 * @param line A line.
 * @returns The offset where `/\s*[|｜][\s|｜]*$/` matches, or -1.
 */
function trailingPipesAt(line: string): number {
  let pipe = false;
  let i = line.length;
  for (; i > 0; i--) {
    const code = line.charCodeAt(i - 1);
    if (isPipe(code)) pipe = true;
    else if (!isWhiteSpace(code)) break;
  }
  return pipe ? i : -1;
}

/**
 * @param line A line.
 * @returns `/[|｜][\s|｜]*$/.test(line)`: the line ends in a pipe, maybe with blanks and pipes after it.
 */
export function endsInPipe(line: string): boolean {
  return trailingPipesAt(line) >= 0;
}

/**
 * @param line A line.
 * @returns `/[|｜]\s*$/.test(line)`: the line's last character other than blanks is a pipe.
 */
export function endsInPipeThenBlanks(line: string): boolean {
  for (let i = line.length - 1; i >= 0; i--) {
    const code = line.charCodeAt(i);
    if (!isWhiteSpace(code)) return isPipe(code);
  }
  return false;
}

/**
 * @param text A text.
 * @returns `text.replace(/\s*[|｜][\s|｜]*$/, '')`: the text without the blanks and pipes that end it.
 */
export function withoutTrailingPipes(text: string): string {
  const at = trailingPipesAt(text);
  return at < 0 ? text : text.slice(0, at);
}

/**
 * @param text Any text.
 * @returns `text.replace(/[\s\u00a0\u3000|｜]+/g, '')`: the text without white space and pipes; the same
 *   string when it holds none.
 */
export function withoutBlanksAndPipes(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isWhiteSpace(code) && !isPipe(code)) continue;
    if (i > from) out += text.slice(from, i);
    from = i + 1;
  }
  if (from === 0) return text;
  return from < text.length ? out + text.slice(from) : out;
}

/**
 * @param line A line.
 * @param prefix A compact text.
 * @returns `withoutBlanksAndPipes(line).startsWith(prefix)`, without the compact copy.
 */
export function compactStartsWith(line: string, prefix: string): boolean {
  let k = 0;
  for (let i = 0; i < line.length && k < prefix.length; i++) {
    const code = line.charCodeAt(i);
    if (isWhiteSpace(code) || isPipe(code)) continue;
    if (code !== prefix.charCodeAt(k)) return false;
    k++;
  }
  return k === prefix.length;
}

/**
 * @param line A line.
 * @param text A compact text.
 * @returns `withoutBlanksAndPipes(line) === text`, without the compact copy.
 */
export function compactEquals(line: string, text: string): boolean {
  let k = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (isWhiteSpace(code) || isPipe(code)) continue;
    if (k >= text.length || code !== text.charCodeAt(k)) return false;
    k++;
  }
  return k === text.length;
}

/**
 * Characters page furniture can start with (src/vocabulary/page-furniture.ts): 第 and 共 (第 2 页, 共 5 页),
 * dashes (- 3 -, -- 3 of 5 --), digits (3/5, 3 of 5) and p (Page 3 of 5).
 */
function mayStartFurniture(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    code === 0x7b2c || // 第
    code === 0x5171 || // 共
    code === 0x2d || // -
    code === 0x2014 || // —
    code === 0x2013 || // –
    code === 0xff0d || // －
    code === 0x70 || // p
    code === 0x50 // P
  );
}

/**
 * `furnitureKind` behind a test of the line's first character: most lines of a table are rows, and none
 * of them starts the way page furniture does.
 * @param line A line.
 * @returns As `furnitureKind(line)`.
 */
export function furnitureOf(line: string): string | null {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (isWhiteSpace(code)) continue;
    if (code >= 0x30 && code <= 0x39) return numberThenOfOrSlash(line, i) ? furnitureKind(line) : null;
    return mayStartFurniture(code) ? furnitureKind(line) : null;
  }
  return furnitureKind(line);
}

/**
 * Furniture that starts with a digit is `3 of 5` or `3/5` (src/vocabulary/page-furniture.ts): after the
 * digits and blanks comes o, O, / or ／. A value cell (`12`, `2846 |`) has none, and is not tried against
 * the patterns.
 * @param line A line.
 * @param at Where its first digit is.
 * @returns Whether the digits and blanks from `at` are followed by one of those.
 */
function numberThenOfOrSlash(line: string, at: number): boolean {
  let i = at;
  while (i < line.length && line.charCodeAt(i) >= 0x30 && line.charCodeAt(i) <= 0x39) i++;
  while (i < line.length && isWhiteSpace(line.charCodeAt(i))) i++;
  const code = line.charCodeAt(i); // NaN past the end
  return code === 0x6f || code === 0x4f || code === 0x2f || code === 0xff0f; // o O / ／
}

/** Characters a row marker starts with: brackets, Chinese numerals, ASCII and full-width digits, ①–⑳. */
const isMarkerStart = (code: number): boolean =>
  code === 0xff08 || // （
  code === 0x28 || // (
  isChineseNumeral(code) ||
  isDigitCode(code) ||
  (code >= 0x2460 && code <= 0x2473); // ①–⑳

/** 一二三四五六七八九十. */
const isChineseNumeral = (code: number): boolean =>
  code === 0x4e00 ||
  code === 0x4e8c ||
  code === 0x4e09 ||
  code === 0x56db ||
  code === 0x4e94 ||
  code === 0x516d ||
  code === 0x4e03 ||
  code === 0x516b ||
  code === 0x4e5d ||
  code === 0x5341;

/** An ASCII or a full-width digit. */
const isDigitCode = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

/**
 * A pipe row whose first label is unmarked text and whose next cell starts with a row marker
 * (`|不予公开 | 2.其他… |`), read in place.
 * @param text A text.
 * @param from Where the line starts.
 * @param to Where it ends (exclusive).
 * @returns `/^[|｜\s]*[^|｜\s（(一二三四五六七八九十0-9０-９①-⑳][^|｜]*[|｜][|｜\s]*(?:[（(][一二三四五六七八九十]|[0-9０-９]+[.．、])/`
 *   tested on `text.slice(from, to)`.
 */
export function unmarkedThenMarked(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && (isPipe(text.charCodeAt(i)) || isWhiteSpace(text.charCodeAt(i)))) i++;
  if (i >= to || isMarkerStart(text.charCodeAt(i))) return false;
  // the rest of the first cell, up to its pipe
  i++;
  while (i < to && !isPipe(text.charCodeAt(i))) i++;
  if (i >= to) return false;
  i++;
  while (i < to && (isPipe(text.charCodeAt(i)) || isWhiteSpace(text.charCodeAt(i)))) i++;
  if (i >= to) return false;
  const code = text.charCodeAt(i);
  if (code === 0xff08 || code === 0x28) return i + 1 < to && isChineseNumeral(text.charCodeAt(i + 1));
  if (!isDigitCode(code)) return false;
  while (i < to && isDigitCode(text.charCodeAt(i))) i++;
  if (i >= to) return false;
  const after = text.charCodeAt(i);
  return after === 0x2e || after === 0xff0e || after === 0x3001; // . ． 、
}
