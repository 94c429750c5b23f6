/**
 * Header recognition: which known header (header-data.ts) starts at a given line, and where it ends.
 *
 * Works on the lines' text with whitespace and pipes removed, so the same matcher reads a pipe row,
 * a TSV row, space-aligned words split by PDF extraction (`统 计 指 标`, `年度累计` / `数`) and one
 * header cell per line. Words may come in any order (PDF text puts a rowspan cell on any line of its
 * span); every character must belong to a word, so narrative never matches.
 */
import { memoize } from '../../memo.js';
import { NOTE_SOURCE, headerSpecs, type HeaderSpec } from './header-data.js';
import { columnTexts, isColumnLaid } from './wrapped-header.js';
import { isPipe, withoutBlanksAndPipes } from './line-tests.js';
import { isWhiteSpace } from '../../vocabulary/white-space.js';

/** A whole header without spaces is short (the matrix with its corner note is about 80 characters). */
const LONGEST_HEADER_TEXT = 600;

/**
 * Removes whitespace (including no-break and ideographic spaces) and pipes.
 * @param text Any text.
 * @returns The compact text.
 */
export function compact(text: string): string {
  return withoutBlanksAndPipes(text);
}

interface CompiledWord {
  key: string;
  re: RegExp;
  /** Spellings, for "is the rest of the line the start of this word" checks. */
  variants: readonly string[];
  optional: boolean;
  /** How many times the layout uses the word. */
  count: number;
}

/** A spec with its words compiled to sticky regular expressions. */
export interface CompiledSpec {
  spec: HeaderSpec;
  words: CompiledWord[];
  /** Characters a header of this spec can start with (a cheap test before any regular expression runs). */
  firstChars: ReadonlySet<string>;
  /** `matchCompact` for this spec, cached: every report of a template and rendering has the same header text. */
  match: (text: string) => CompactMatch;
  /** `matchCompact` of header lines read one after another, cached line by line (`matchLine`). */
  lines: LineMatches;
}

/**
 * `matchCompact` of a header's lines run together, cached as a tree of lines: the node reached by the
 * compact lines c1, c2 … holds the match of c1 + c2 + …. Reading one more line is one lookup of that
 * line's text, not of the whole text so far (a cache keyed by the growing text hashes it again at each line).
 */
interface LineMatches {
  root: LineMatchNode;
  /** Nodes in the tree, to start it again past `LINE_MATCH_NODES`. */
  size: number;
}

interface LineMatchNode {
  match: CompactMatch | null;
  next: Map<string, LineMatchNode> | null;
}

/** Nodes kept per spec before its tree starts again (bounds memory on odd input). */
const LINE_MATCH_NODES = 4096;

/**
 * @param compiled A compiled spec.
 * @param node The node of the lines read so far (the root before the first).
 * @param line The compact text of the next line.
 * @param text The lines so far and this one, run together.
 * @returns The node of the lines with this one: its match is `matchCompact(compiled, text)`.
 */
function matchLine(compiled: CompiledSpec, node: LineMatchNode, line: string, text: string): LineMatchNode {
  let child = node.next?.get(line);
  if (child) return child;
  const cache = compiled.lines;
  if (cache.size >= LINE_MATCH_NODES) {
    cache.root = { match: null, next: null };
    cache.size = 0;
  }
  child = { match: matchCompact(compiled, text), next: null };
  (node.next ??= new Map()).set(line, child);
  cache.size++;
  return child;
}

/** First characters of a word: its spellings', or a pattern word's `starts` (else digits, Chinese numerals and brackets). */
const PATTERN_FIRST = [...'0123456789〇○零一二三四五六七八九（('];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * @param spec A known header (src/forms/).
 * @returns Its words as matchers, and the compact-text matcher of the whole header.
 */
export function compileSpec(spec: HeaderSpec): CompiledSpec {
  const counts = new Map<string, number>();
  for (const row of spec.layout) for (const key of row) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  const words = spec.words.map((word) => {
    const alternatives = [...word.variants].sort((a, b) => b.length - a.length).map(escape);
    const body = word.pattern ?? `(?:${alternatives.join('|')})`;
    return {
      key: word.key,
      re: new RegExp(word.pattern ? body : body + NOTE_SOURCE, 'y'),
      variants: word.variants,
      optional: word.optional === true,
      count: counts.get(word.key) ?? 1,
    };
  });
  const firstChars = new Set(
    spec.words.flatMap((word) =>
      word.pattern ? [...(word.starts ?? PATTERN_FIRST)] : word.variants.map((v) => v[0]!),
    ),
  );
  const compiled: CompiledSpec = {
    spec,
    words,
    firstChars,
    match: memoize((text) => matchCompact(compiled, text), { entries: 512, longestKey: LONGEST_HEADER_TEXT }),
    lines: { root: { match: null, next: null }, size: 0 },
  };
  return compiled;
}

/**
 * @param line A line.
 * @returns The first character of its compact text, without building the compact text.
 */
export function firstChar(line: string): string {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (
      code === 32 ||
      code === 9 ||
      code === 0xa0 ||
      code === 0x3000 ||
      code === 124 ||
      code === 0xff5c ||
      (code >= 10 && code <= 13)
    )
      continue;
    return line[i]!;
  }
  return '';
}

/** Every known header, compiled once per process. */
export const compiledSpecs: readonly CompiledSpec[] = headerSpecs.map(compileSpec);

/** Every spelling of every header word. */
const ALL_VARIANTS: readonly string[] = [
  ...new Set(headerSpecs.flatMap((spec) => spec.words.flatMap((word) => word.variants))),
];

/** Every header word of every spec (and parenthetical notes), to test whether a line is made of header words. */
const ALL_WORDS = new RegExp(
  [
    ...new Set(
      headerSpecs.flatMap((spec) =>
        spec.words.flatMap((word) => (word.pattern ? [word.pattern] : word.variants.map(escape))),
      ),
    ),
  ]
    .sort((a, b) => b.length - a.length)
    .join('|') + '|[（(][^（()）]*[）)]',
);

/** A year alone, the start of a year column's name wrapped in its column (`2013` over `年度`). */
const BARE_YEAR = /^(?:(?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})$/;
const isPrefix = (piece: string): boolean =>
  ALL_VARIANTS.some((v) => v.startsWith(piece)) || /^[（(][^）)]*$/.test(piece) || BARE_YEAR.test(piece);
const isSuffix = (piece: string): boolean =>
  ALL_VARIANTS.some((v) => v.endsWith(piece)) || /^[^（(]*[）)]$/.test(piece);

/**
 * Cheap test before the matcher: is the line made of header words? Only the first piece may be
 * the end of a word begun on the line before, and the last piece the start of a word continued on
 * the next line (`本年新`, `数`); narrative (`五、行政复议和诉讼情况`) leaves other text.
 * @param line A line.
 * @returns Whether a header may run through this line.
 */
export const mostlyHeaderWords: (line: string) => boolean = memoize((line) => headerWordsOnly(line));

/** Runs of blanks between the cells of a space-aligned line. */
const CELL_GAP = /(?: {2,}|\u3000)+/;
/** The middle of a note wrapped over three lines or more: short, no bracket, no full stop, not a number. */
const NOTE_MIDDLE = /^(?![\d,.．+\-−]+$)[^（()）。]{1,40}$/;

/**
 * The cheap test for a space-aligned line whose header cells are wrapped inside their columns: each cell
 * is made of header words as `mostlyHeaderWords` reads them (`本年新`, `制作数量`), or is the middle of a
 * wrapped note (`项加第二项之和，等于第三项`), and one cell at least holds header words.
 * @param line A line.
 * @returns Whether a header read column by column may run through this line.
 */
export const columnHeaderWords: (line: string) => boolean = memoize((line) => columnCells(line) !== 'none');

/**
 * @param line A line.
 * @returns Whether a header read column by column may start on it: one of its cells at least is a piece of
 *   a wrapped cell (`本年新`, `计量`, `2019`, the start of a note), not whole header words only.
 */
export const startsWrappedHeader: (line: string) => boolean = memoize((line) => columnCells(line) === 'wrapped');

/**
 * What the cells of a space-aligned line are: 'none' when one is neither header words nor the middle of a
 * note (or none holds header words), 'words' when each is whole header words, else 'wrapped'.
 */
function columnCells(line: string): 'none' | 'words' | 'wrapped' {
  if (!isColumnLaid(line)) return 'none';
  let words = false;
  let wrapped = false;
  for (const cell of line.trim().split(CELL_GAP)) {
    if (headerWordsOnly(cell)) {
      words = true;
      const c = compact(cell);
      const pieces = c.split(ALL_WORDS);
      if (pieces[0] || pieces.at(-1)) wrapped = true;
    } else if (NOTE_MIDDLE.test(cell)) wrapped = true;
    else return 'none';
  }
  return !words ? 'none' : wrapped ? 'wrapped' : 'words';
}

const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isOpenBracket = (code: number): boolean => code === 0xff08 || code === 0x28; // （ (
const isCloseBracket = (code: number): boolean => code === 0xff09 || code === 0x29; // ） )
/** Chinese digits of a year, as code units: `BARE_YEAR` starts with one of the first five, then any. */
const YEAR_NUMERALS: readonly number[] = [...'〇○零一二三四五六七八九'].map((ch) => ch.charCodeAt(0));

/**
 * A sufficient condition for `headerWordsByPattern(line)` to be false, read in place without the compact copy
 * and without the header words' pattern (a table row's values, every line of a data row that a header
 * search passes over): the compact text holds an ASCII digit that no header word, note or piece can hold.
 * No spelling of a header word holds an ASCII digit; the patterns hold them only in a year followed by 年
 * (`2019年度`) or in a bracketed note; a piece holds them only after an open bracket, before a close
 * bracket, or as a bare year ending the text. So a digit with no open bracket before it, no close bracket
 * and no 年 after it, in a text that does not end in a bare year, leaves a piece that is not header words.
 * `test/normalise/header-words.test.ts` checks it against `headerWordsByPattern` on drawn lines.
 * @param line A line.
 * @returns true when the line is not header words; false when it may be.
 */
export function hasStrayDigit(line: string): boolean {
  let digit = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (!digit) {
      if (isOpenBracket(code)) return false;
      digit = isAsciiDigit(code);
    } else if (isCloseBracket(code) || code === 0x5e74) return false; // 年
  }
  return digit && !endsInBareYear(line);
}

/** Whether the last four characters of the line's compact text are a `BARE_YEAR`. */
function endsInBareYear(line: string): boolean {
  // the four characters, last first: d, c, b, a
  let a = -1;
  let b = -1;
  let c = -1;
  let d = -1;
  for (let i = line.length - 1; i >= 0 && a < 0; i--) {
    const code = line.charCodeAt(i);
    if (isWhiteSpace(code) || isPipe(code)) continue;
    if (d < 0) d = code;
    else if (c < 0) c = code;
    else if (b < 0) b = code;
    else a = code;
  }
  if (a < 0) return false;
  if (isAsciiDigit(a))
    return ((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30)) && isAsciiDigit(c) && isAsciiDigit(d);
  const first = YEAR_NUMERALS.indexOf(a);
  return first >= 0 && first < 5 && YEAR_NUMERALS.includes(b) && YEAR_NUMERALS.includes(c) && YEAR_NUMERALS.includes(d);
}

/** `headerWordsByPattern` behind the cheap test of `hasStrayDigit`. */
function headerWordsOnly(line: string): boolean {
  return !hasStrayDigit(line) && headerWordsByPattern(line);
}

/**
 * @param line A line.
 * @returns Whether its compact text is header words, read by the header words' pattern.
 */
export function headerWordsByPattern(line: string): boolean {
  const c = compact(line);
  if (!c) return false;
  const pieces = c.split(ALL_WORDS);
  if (pieces.length === 1) return isPrefix(c) || isSuffix(c);
  for (let i = 1; i < pieces.length - 1; i++) if (pieces[i]) return false;
  const first = pieces[0]!;
  const last = pieces.at(-1)!;
  return (!first || isSuffix(first)) && (!last || isPrefix(last));
}

/** Anchor strings of all specs, for the cheap pre-scan. */
export const allAnchors: readonly string[] = [...new Set(headerSpecs.flatMap((s) => s.anchors))];

type Status = 'complete' | 'partial' | 'fail';

/** Result of matching compact text against one spec (shared through the cache: never mutate one). */
interface CompactMatch {
  status: Status;
  /** Printed text of each matched word, per key, in order of appearance. */
  texts: ReadonlyMap<string, readonly string[]>;
}

const OPEN_NOTE = /[（(][^）)]*$/;

/** Whether the unmatched end of the text is the start of a word still to come (split over lines). */
function isOpenTail(compiled: CompiledSpec, remaining: readonly number[], tail: string): boolean {
  for (let i = 0; i < compiled.words.length; i++) {
    if (remaining[i]! <= 0) continue;
    for (const v of compiled.words[i]!.variants)
      if (v.startsWith(tail) || (tail.startsWith(v) && OPEN_NOTE.test(tail))) return true;
  }
  return false;
}

/**
 * Consumes `text` with the spec's words in any order, longest word first.
 * @param compiled The compiled spec.
 * @param text Compact header text.
 * @returns complete (every required word found, nothing left), partial (could go on with more lines) or fail.
 */
function matchCompact(compiled: CompiledSpec, text: string): CompactMatch {
  const remaining = compiled.words.map((word) => word.count);
  const texts = new Map<string, string[]>();
  let pos = 0;
  while (pos < text.length) {
    let best = -1;
    let bestText = '';
    const words = compiled.words;
    for (let i = 0; i < words.length; i++) {
      if (remaining[i]! <= 0) continue;
      const re = words[i]!.re;
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m && m[0].length > bestText.length) {
        best = i;
        bestText = m[0];
      }
    }
    if (best < 0) return { status: isOpenTail(compiled, remaining, text.slice(pos)) ? 'partial' : 'fail', texts };
    remaining[best]! -= 1;
    const key = compiled.words[best]!.key;
    const list = texts.get(key) ?? [];
    list.push(bestText);
    texts.set(key, list);
    pos += bestText.length;
  }
  const done = compiled.words.every((word, i) => word.optional || remaining[i]! <= 0);
  return { status: done ? 'complete' : 'partial', texts };
}

/** A header found in the text. */
export interface HeaderMatch {
  compiled: CompiledSpec;
  /** First and last line (0-based, inclusive) of the header. */
  start: number;
  end: number;
  /** Printed text of each word, per key, in order of appearance. */
  texts: ReadonlyMap<string, readonly string[]>;
  /** Number of words matched (for choosing between specs). */
  size: number;
}

const MAX_HEADER_LINES = 40;
/** Lines a header read column by column may span (a cell wrapped over three lines, and one more). */
const MAX_COLUMN_LINES = 4;
/** Header lines are short; longer lines are never compacted. */
const LONGEST_HEADER_LINE = 400;

/** Compact text per line, computed once per document (keyed by the lines array). */
const compactCache = new WeakMap<readonly string[], (string | undefined)[]>();

/**
 * @param lines The text's lines.
 * @param i A line index.
 * @returns The line's compact text, cached.
 */
export function compactLine(lines: readonly string[], i: number): string {
  let cache = compactCache.get(lines);
  if (!cache) {
    cache = new Array<string | undefined>(lines.length);
    compactCache.set(lines, cache);
  }
  return (cache[i] ??= compact(lines[i]!));
}

/**
 * Finds a known header that starts exactly at line `start`: read line by line, or, when no header is found
 * so and the first line holds pieces of wrapped cells, column by column (wrapped-header.ts).
 * @param lines The text's lines.
 * @param start 0-based line index where the header would start.
 * @param specs Specs to try.
 * @param limit First line index the header may not reach.
 * @returns The longest complete match, or null.
 */
export function matchHeaderAt(
  lines: readonly string[],
  start: number,
  specs: readonly CompiledSpec[],
  limit = lines.length,
): HeaderMatch | null {
  if (start >= limit || lines[start]!.length > LONGEST_HEADER_LINE) return null;
  const first = firstChar(lines[start]!);
  if (!first) return null;
  let best: HeaderMatch | null = null;
  for (const compiled of specs) {
    if (!compiled.firstChars.has(first)) continue;
    const found = matchByLines(lines, start, compiled, limit);
    if (found && (!best || found.size > best.size)) best = found;
  }
  if (best || !startsWrappedHeader(lines[start]!)) return best;
  let texts: (string | null)[] | null = null;
  for (const compiled of specs) {
    if (!compiled.firstChars.has(first)) continue;
    texts ??= columnHeaderTexts(lines, start, limit);
    const found = matchByColumns(start, compiled, texts);
    if (found && (!best || found.size > best.size)) best = found;
  }
  return best;
}

/** A complete match as a header found at `start`…`end`. */
function headerFound(compiled: CompiledSpec, start: number, end: number, m: CompactMatch): HeaderMatch {
  let size = 0;
  for (const list of m.texts.values()) size += list.length;
  return { compiled, start, end, texts: m.texts, size };
}

/** The longest header of one spec at `start`, its lines' texts run together. */
function matchByLines(
  lines: readonly string[],
  start: number,
  compiled: CompiledSpec,
  limit: number,
): HeaderMatch | null {
  let text = '';
  let node = compiled.lines.root;
  let found: HeaderMatch | null = null;
  for (let e = start; e < limit && e - start < MAX_HEADER_LINES; e++) {
    if (lines[e]!.length > LONGEST_HEADER_LINE) break;
    const c = compactLine(lines, e);
    if (!c) continue;
    text += c;
    if (text.length > LONGEST_HEADER_TEXT) break;
    node = matchLine(compiled, node, c, text);
    const m = node.match!;
    if (m.status === 'fail') break;
    if (m.status === 'complete') found = headerFound(compiled, start, e, m);
  }
  return found;
}

/** The longest header of one spec at `start`, read column by column over a few lines. */
function matchByColumns(start: number, compiled: CompiledSpec, texts: readonly (string | null)[]): HeaderMatch | null {
  let found: HeaderMatch | null = null;
  for (let k = 0; k < texts.length; k++) {
    const text = texts[k] ?? null;
    if (text === null) continue;
    const m = compiled.match(text);
    if (m.status === 'complete') found = headerFound(compiled, start, start + k, m);
  }
  return found;
}

/**
 * The compact column texts `matchByColumns` reads, the same for every spec: one per line from `start`, over
 * at most `MAX_COLUMN_LINES` lines, up to a line too long for a header.
 * @returns Per line, the compact text of lines `start`…that line read column by column; null for a blank line.
 */
function columnHeaderTexts(lines: readonly string[], start: number, limit: number): (string | null)[] {
  let last = start - 1;
  for (let e = start; e < limit && e - start < MAX_COLUMN_LINES; e++) {
    if (lines[e]!.length > LONGEST_HEADER_LINE) break;
    last = e;
  }
  return columnTexts(lines, start, last).map((text, k) => (compactLine(lines, start + k) ? compact(text) : null));
}

/**
 * The header rows in the pipe convention, filled with the printed words.
 * @param match A header match.
 * @returns One cell array per header row.
 */
export function headerRows(match: HeaderMatch): string[][] {
  const used = new Map<string, number>();
  return match.compiled.spec.layout.map((row) =>
    row.map((key) => {
      if (!key) return '';
      const n = used.get(key) ?? 0;
      used.set(key, n + 1);
      return match.texts.get(key)?.[n] ?? '';
    }),
  );
}
