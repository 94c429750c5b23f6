/**
 * Tokens of report text: UTF-8 text, LF lines, tables as pipe-delimited rows
 * (see README "Report text format"). Numbering markers are tokens only at the
 * start of a line or of a table cell; anywhere else they are plain text.
 *
 * Marker families (docs/forms.md "Numbering markers seen in the narrative"):
 *   第一部分 / 第一章 · 一、 · (一) （一） · 1. 1、 １． · (1) （1） · ① · 一是 · 第一，第二、 · 其中: · 附件 附表
 *
 * Between markers, a line is read in runs (docs/performance.md, "Grammar stage"): a run is the text of a
 * line from where it starts up to the line feed, across pipes and cells, stopping early only before a
 * cell that begins with a marker. A run that reaches the line feed is LineRun, which holds it; one that
 * stops before (at a cell's marker or the end of the text) is Run. A run carries the offsets of its
 * pipes as its token's payload (none: undefined), so nothing reads its characters twice.
 */
import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';

const HAN = '〇○零一二三四五六七八九十百';
const DIGIT = '0-9０-９';

/** Characters that may stand between the start of a line or cell and a marker. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * One to three digits, then ) ） . ． or 、: what every marker that starts with a digit begins with
 * (DigitParenMarker's `1)`, DigitDotMarker's `1.`).
 */
function digitsThenMarkerEnd(text: string, offset: number): boolean {
  const after = afterDigits(text, offset, 3);
  return after === 0x29 || after === 0xff09 || after === 0x2e || after === 0xff0e || after === 0x3001;
}

/** A quick necessary test of a marker at `offset` (its first character is known to be a start character). */
type QuickTest = (text: string, offset: number) => boolean;

/** A marker family (docs/forms.md "Numbering markers seen in the narrative"): what nesting reads. */
export type MarkerFamily =
  | 'part'
  | 'ordinal'
  | 'enumeration'
  | 'han'
  | 'han-paren'
  | 'digit-paren'
  | 'digit'
  | 'circled'
  | 'of-which'
  | 'appendix';

/**
 * A marker family's regexp written as a character loop: the end (exclusive) of its marker at `offset`, or -1.
 * Its first character is known to be one of the family's start characters.
 */
type MarkerScan = (text: string, offset: number) => number;

/**
 * How one marker family is read: its sticky regexp and its optional quick test, or, for the most frequent
 * families, a character loop that reads what the regexp reads (test/grammars/marker-scans.test.ts).
 */
interface MarkerRule {
  family: MarkerFamily;
  regexp: RegExp;
  quick: QuickTest | null;
  scan: MarkerScan | null;
}

/** Character → one bit per marker family that may begin with it, bit i for `MARKER_RULES[i]` (16 at most). */
const MARKER_STARTS = new Uint16Array(0x10000);

/** The marker families, in matching order: where two could match, the first one is read. */
const MARKER_RULES: MarkerRule[] = [];

// The last offset `readMarker` looked at, and what it found there: a run that stops before a cell's marker
// has already read it, and the Marker token tried next at that offset takes the answer.
// (It keeps a reference to the last text lexed until the next one.)
let markerText = '';
let markerOffset = -1;
let markerIndex = -1;
/** Where the marker found ends (exclusive). */
let markerEnd = -1;

/**
 * Reads the marker at `offset`, the first of `bits` whose quick test and regexp match there, and keeps
 * the answer for the Marker token tried next at the same offset.
 * @param bits The families to try (bits of `MARKER_STARTS`), 0 for none.
 * @returns Its index in `MARKER_RULES`, or -1.
 */
function readMarker(text: string, offset: number, bits: number): number {
  markerText = text;
  markerOffset = offset;
  markerIndex = -1;
  // Most cells of a table start with a digit and hold a number: one look past its digits turns them away.
  if (isDigit(text.charCodeAt(offset)) && !digitsThenMarkerEnd(text, offset)) return -1;
  for (let index = 0; bits !== 0; index++, bits >>= 1) {
    if ((bits & 1) === 0) continue;
    const rule = MARKER_RULES[index]!;
    if (rule.scan !== null) {
      const end = rule.scan(text, offset);
      if (end < 0) continue;
      markerIndex = index;
      markerEnd = end;
      break;
    }
    if (rule.quick !== null && !rule.quick(text, offset)) continue;
    const regexp = rule.regexp;
    regexp.lastIndex = offset;
    // `test` rather than `exec`: the end is all the token needs, without a match array.
    if (regexp.test(text)) {
      markerIndex = index;
      markerEnd = regexp.lastIndex;
      break;
    }
  }
  return markerIndex;
}

/** @returns Whether `offset` starts a line or a table cell, after optional blanks. */
function isCellStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  const before = text.charCodeAt(i);
  return before === 0x0a || before === 0x7c || before === 0xff5c;
}

/**
 * @returns The index in `MARKER_RULES` of the marker at `offset`, or -1: a marker is read only at the start
 *   of a line or cell.
 */
function markerAt(text: string, offset: number): number {
  if (offset === markerOffset && text === markerText) return markerIndex;
  const bits = MARKER_STARTS[text.charCodeAt(offset)];
  return readMarker(text, offset, bits !== undefined && bits !== 0 && isCellStart(text, offset) ? bits : 0);
}

/** Characters any marker may begin with: the Marker token's `start_chars_hint`. */
const MARKER_START_CHARS = new Set<string>();

/**
 * Adds a marker family, read after those added before it.
 * @param family Its family, the Marker token's payload.
 * @param source Its regexp source.
 * @param starts The characters it may begin with.
 * @param quick A cheap necessary condition for a match, checked before the regexp.
 * @param scan Reads what the regexp reads, without it (then no quick test is needed).
 */
function markerRule(
  family: MarkerFamily,
  source: string,
  starts: readonly string[],
  quick?: QuickTest | null,
  scan?: MarkerScan,
): void {
  const index = MARKER_RULES.length;
  MARKER_RULES.push({ family, regexp: new RegExp(source, 'y'), quick: quick ?? null, scan: scan ?? null });
  for (const ch of starts) {
    MARKER_STARTS[ch.charCodeAt(0)]! |= 1 << index;
    MARKER_START_CHARS.add(ch);
  }
}

const HAN_CODES = new Uint8Array(0x10000);
for (const ch of HAN) HAN_CODES[ch.charCodeAt(0)] = 1;

/** The first character after the run of digits at `offset` (NaN at the end), looking at most `max` digits far. */
function afterDigits(text: string, offset: number, max: number): number {
  let i = offset;
  while (i - offset < max && isDigit(text.charCodeAt(i))) i++;
  return text.charCodeAt(i);
}

/** The first character after the run of Han numerals at `offset` (NaN at the end). */
function afterHanNumerals(text: string, offset: number): number {
  let i = offset;
  while (HAN_CODES[text.charCodeAt(i)] === 1) i++;
  return text.charCodeAt(i);
}

/** 1) or 1） after one or two digits: the only form of DigitParenMarker that starts with a digit. */
const digitThenParen: QuickTest = (text, offset) => {
  if (!isDigit(text.charCodeAt(offset))) return true;
  const after = afterDigits(text, offset, 2);
  return after === 0x29 || after === 0xff09;
};

/** Han numerals, then 是. */
const hanThenIs: QuickTest = (text, offset) => afterHanNumerals(text, offset) === 0x662f;

/** 第, Han numerals, then ， , or 、: 第一，主动公开 (not 第一部分, 第二十条, 第一次). */
const ordinalThenComma: QuickTest = (text, offset) => {
  const after = afterHanNumerals(text, offset + 1);
  return after === 0xff0c || after === 0x2c || after === 0x3001;
};

/** The blanks a marker may hold: space, NBSP, ideographic space (`[ \u00a0\u3000]` in the regexps). */
function isMarkerBlank(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x3000;
}

/** `[HAN]+[ \u00a0\u3000]*[、.．]` (the sets are disjoint: no backtracking to mimic). */
const hanScan: MarkerScan = (text, offset) => {
  let i = offset;
  let code = text.charCodeAt(i);
  while (HAN_CODES[code] === 1) code = text.charCodeAt(++i);
  if (i === offset) return -1;
  while (isMarkerBlank(code)) code = text.charCodeAt(++i);
  return code === 0x3001 || code === 0x2e || code === 0xff0e ? i + 1 : -1;
};

/** `[(（][ \u00a0\u3000]*[HAN]+[ \u00a0\u3000]*[)）]|[㈠-㈩]`. */
const hanParenScan: MarkerScan = (text, offset) => {
  let code = text.charCodeAt(offset);
  if (code >= 0x3220 && code <= 0x3229) return offset + 1;
  if (code !== 0x28 && code !== 0xff08) return -1;
  let i = offset + 1;
  code = text.charCodeAt(i);
  while (isMarkerBlank(code)) code = text.charCodeAt(++i);
  const numerals = i;
  while (HAN_CODES[code] === 1) code = text.charCodeAt(++i);
  if (i === numerals) return -1;
  while (isMarkerBlank(code)) code = text.charCodeAt(++i);
  return code === 0x29 || code === 0xff09 ? i + 1 : -1;
};

/**
 * `[DIGIT]{1,3}[.．、](?![DIGIT]|[A-Za-z])`: one to three digits (four or more never match: the regexp would
 * need a dot where a digit stands), the dot, and no digit or Latin letter after it.
 */
const digitScan: MarkerScan = (text, offset) => {
  let i = offset;
  while (i - offset < 4 && isDigit(text.charCodeAt(i))) i++;
  if (i === offset || i - offset > 3) return -1;
  const dot = text.charCodeAt(i);
  if (dot !== 0x2e && dot !== 0xff0e && dot !== 0x3001) return -1;
  const next = text.charCodeAt(i + 1);
  if (isDigit(next) || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a)) return -1;
  return i + 1;
};

/** Characters a marker may begin with, for Chevrotain's first-character optimisation. */
const hanStarts = [...HAN];
const digitStarts = [...'0123456789０１２３４５６７８９'];
const parenStarts = ['(', '（'];
const hanIsStarts = [...'一二三四五六七八九十'];
const digitParenStarts = [...parenStarts, ...digitStarts];
const hanParenStarts = [...parenStarts, ...'㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩'];
const circledStarts = [...'①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'];

// The marker families, in matching order (`MARKER_RULES`).

/** 第一部分 第二章 第三节: a part heading. */
markerRule('part', `第[${HAN}${DIGIT}]+(?:部分|章|节)[、.．:：]?`, ['第']);

/** 第一， 第二, 第三、: ordinal words that number run-in headings and list items. */
markerRule('ordinal', `第[一二三四五六七八九十]+[，,、]`, ['第'], ordinalThenComma);

/** 一是 二是 (inline enumeration item at the start of a line). */
markerRule('enumeration', `[一二三四五六七八九十]+是`, hanIsStarts, hanThenIs);

/** 一、 二、 (level-one narrative heading; also top-level table rows). */
markerRule('han', `[${HAN}]+[ \\u00a0\\u3000]*[、.．]`, hanStarts, null, hanScan);

/** (一) （一）, half- or full-width brackets, even mixed; ㈠ to ㈩ (U+3220–3229), as word processors print them. */
markerRule(
  'han-paren',
  `[(（][ \\u00a0\\u3000]*[${HAN}]+[ \\u00a0\\u3000]*[)）]|[㈠-㈩]`,
  hanParenStarts,
  null,
  hanParenScan,
);

/** (1) （1） （１）, and 1) 1） as some reports write it. */
markerRule(
  'digit-paren',
  `[(（][ \\u00a0\\u3000]*[${DIGIT}]+[ \\u00a0\\u3000]*[)）]|[${DIGIT}]{1,2}[)）]`,
  digitParenStarts,
  digitThenParen,
);

/** 1. 1、 １． 4． — but not a decimal (1.5), a date (2019.1.7) or a host name broken over lines (126.com). */
markerRule('digit', `[${DIGIT}]{1,3}[.．、](?![${DIGIT}]|[A-Za-z])`, digitStarts, null, digitScan);

/** ① to ⑳. */
markerRule('circled', '[\\u2460-\\u2473]', circledStarts);

/** 其中: 其中： — "of which" rows in tables. */
markerRule('of-which', '其中[ \\u00a0\\u3000]*[:：]?', ['其']);

/** 附件 附件1 附件一： 附表 — appendix markers. */
markerRule('appendix', `附[件表][${HAN}${DIGIT}]*[:：]?`, ['附']);

/**
 * The marker families read by a character loop, each with the sticky regexp it stands for: what
 * test/grammars/marker-scans.test.ts compares.
 */
export const MARKER_SCANS: readonly { family: MarkerFamily; regexp: RegExp; scan: MarkerScan }[] = MARKER_RULES.flatMap(
  ({ family, regexp, scan }) => (scan === null ? [] : [{ family, regexp, scan }]),
);

/** The match the Marker token returns, reused: Chevrotain reads its image and payload at once. */
const MARKER_MATCH = [''] as unknown as RegExpExecArray & { payload: MarkerFamily };

/**
 * Any numbering marker, read only at the start of a line or table cell; its payload is its family
 * (`markerFamilyOf`). One token for every family: the lexer tries one matcher where a marker may start,
 * not one per family (docs/performance.md, "Grammar stage"). Chevrotain's first-character table groups
 * characters above U+00FF in buckets of 255, so it is also tried where a run merely starts in the same
 * bucket (我, 二十 …): the start characters and the quick tests turn those away before the look-back and
 * the regexps.
 */
export const Marker = createToken({
  name: 'Marker',
  pattern: {
    exec: (text, offset) => {
      const index = markerAt(text, offset);
      if (index < 0) return null;
      MARKER_MATCH[0] = text.substring(offset, markerEnd);
      MARKER_MATCH.payload = MARKER_RULES[index]!.family;
      return MARKER_MATCH;
    },
  },
  start_chars_hint: [...MARKER_START_CHARS],
  line_breaks: false,
});

/** A line feed that no LineRun took: after a marker, or a blank line. A CR before it is skipped as a blank. */
export const Newline = createToken({ name: 'Newline', pattern: '\n', line_breaks: true });

/** Blanks between tokens (space, tab, CR, NBSP, ideographic space, BOM). */
export const Blank = createToken({ name: 'Blank', pattern: /[ \t\r\u00a0\u3000\ufeff]+/, group: Lexer.SKIPPED });

// The last run scanned by `scanRun`: the two run tokens are tried one after the other at one offset.
// (It keeps a reference to the last text lexed until the next one.)
let runText = '';
let runOffset = -1;
/** Where the run ends: its line feed (not included), the end of the text, or a cell's marker. */
let runEnd = -1;
/** The offsets of its pipes, or undefined when it has none. */
let runPipes: number[] | undefined;

// Where the next pipe of each width is in `pipeText`, as found by a search from `halfFrom` or `fullFrom`:
// the lexer moves forward, so the native search passes over lines of narrative once, without a
// character loop, and a text without full-width pipes is searched for one once.
// (It keeps a reference to the last text lexed until the next one.)
let pipeText = '';
let halfFrom = -1;
let halfAt = -1;
let fullFrom = -1;
let fullAt = -1;

/** @returns The offset of the first pipe, half- or full-width, at or after `offset` in `text`, or its length. */
function findPipe(text: string, offset: number): number {
  if (text !== pipeText) {
    pipeText = text;
    halfAt = fullAt = -1;
  }
  if (offset > halfAt || offset < halfFrom) {
    const at = text.indexOf('|', offset);
    halfFrom = offset;
    halfAt = at < 0 ? text.length : at;
  }
  if (offset > fullAt || offset < fullFrom) {
    const at = text.indexOf('｜', offset);
    fullFrom = offset;
    fullAt = at < 0 ? text.length : at;
  }
  return halfAt < fullAt ? halfAt : fullAt;
}

/** The pipes of the run being scanned; the run keeps a copy of the right length. */
const PIPES: number[] = [];

/**
 * Scans the run at `offset` (see the file comment): up to the line feed (not included) or the end of the
 * text; at each pipe it records the pipe's offset and skips the blanks after it, and stops there if a
 * marker begins the cell, so that the marker is read next.
 */
function scanRun(text: string, offset: number): void {
  if (offset === runOffset && text === runText) return;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  let count = 0;
  let i = findPipe(text, offset);
  while (i < lineEnd) {
    PIPES[count++] = i;
    i++;
    let code = text.charCodeAt(i);
    while (isBlank(code)) code = text.charCodeAt(++i);
    // A cell's marker, if it has one: most cells hold a number, which `digitsThenMarkerEnd` turns away
    // without a call to `readMarker`.
    const bits = MARKER_STARTS[code];
    if (
      bits !== undefined &&
      bits !== 0 &&
      (code < 0x30 || code > 0x39 || digitsThenMarkerEnd(text, i)) &&
      readMarker(text, i, bits) >= 0
    )
      break;
    while (i < lineEnd && code !== 0x7c && code !== 0xff5c) code = text.charCodeAt(++i);
  }
  runText = text;
  runOffset = offset;
  runEnd = i < lineEnd ? i : lineEnd;
  runPipes = count === 0 ? undefined : PIPES.slice(0, count);
}

/** The match the run matchers return, reused: Chevrotain reads its image and payload at once. */
const RUN_MATCH = [''] as unknown as RegExpExecArray & { payload: number[] | undefined };

function runMatch(text: string, offset: number, end: number): RegExpExecArray {
  RUN_MATCH[0] = text.substring(offset, end);
  RUN_MATCH.payload = runPipes;
  return RUN_MATCH;
}

/**
 * A run may start at every code unit but the line feed (a blank is Blank, tried first). Chevrotain needs the
 * start characters of a custom pattern to keep its first-character optimisation; it files code units below 256
 * one by one and those above in buckets of 255 (`255 + ⌊code / 255⌋`, chevrotain 11.2.0 lib/src/scan/lexer.js),
 * so one code unit per bucket stands for the bucket: 511 hints instead of 65,535, which Chevrotain loops over
 * when it builds the lexer (on the first parse). test/grammars/report-text.test.ts lexes every code unit.
 */
const RUN_STARTS: number[] = [];
for (let code = 0; code < 0x10000; code++)
  if (code < 0x100 ? code !== 0x0a : code === 0x100 || code % 255 === 0) RUN_STARTS.push(code);

/**
 * A run that reaches the line end, with the line feed: a line of narrative, a table row, or the rest of
 * one. Its payload is the offsets of its pipes, undefined when it has none.
 */
export const LineRun = createToken({
  name: 'LineRun',
  pattern: {
    exec: (text, offset) => {
      scanRun(text, offset);
      return text.charCodeAt(runEnd) === 0x0a ? runMatch(text, offset, runEnd + 1) : null;
    },
  },
  start_chars_hint: RUN_STARTS,
  line_breaks: true,
});

/**
 * A run that stops before its line feed: before a cell's marker (it then holds pipes), or at the end of
 * the text. Its payload is the offsets of its pipes, undefined when it has none.
 */
export const Run = createToken({
  name: 'Run',
  pattern: {
    exec: (text, offset) => {
      scanRun(text, offset);
      return runEnd > offset && text.charCodeAt(runEnd) !== 0x0a ? runMatch(text, offset, runEnd) : null;
    },
  },
  start_chars_hint: RUN_STARTS,
  line_breaks: false,
});

/**
 * Every token, in matching order: Blank before the runs, so that a run never starts with a blank;
 * Marker before the runs, so that a line or cell that begins with a marker begins with its token;
 * LineRun, the most frequent, before Run (both are tried on one scan).
 */
export const allTokens: TokenType[] = [Newline, Blank, Marker, LineRun, Run];

/** @returns The family of a Marker token. */
export function markerFamilyOf(token: IToken): MarkerFamily {
  return token.payload as MarkerFamily;
}
