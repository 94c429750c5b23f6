/**
 * Tokens of report text: UTF-8 text, LF lines, tables as pipe-delimited rows
 * (see README "Report text format"). Numbering markers are tokens only at the
 * start of a line or of a table cell; anywhere else they are plain text.
 *
 * Marker families (docs/forms.md "Numbering markers seen in the narrative"):
 *   第一部分 / 第一章 · 一、 · (一) （一） · 1. 1、 １． · (1) （1） · ① · 一是 · 第一，第二、 · 其中: · 附件 附表
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';

const HAN = '〇○零一二三四五六七八九十百';
const DIGIT = '0-9０-９';

/** Characters that may stand between the start of a line or cell and a marker. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

/** Character → one bit per marker that may begin with it (16 markers at most). */
const MARKER_STARTS = new Uint16Array(0x10000);
let markerCount = 0;

/** A quick necessary test of a marker at `offset` (its first character is known to be a start character). */
type QuickTest = (text: string, offset: number) => boolean;

/** Marker bit → its quick test, or null when it has none. */
const MARKER_QUICK_TESTS: (QuickTest | null)[] = [];

/**
 * @returns Whether a marker may start at `offset`: one whose start characters include the one there passes
 *   its quick test (a necessary condition, not a sufficient one).
 */
function markerMayStart(text: string, offset: number): boolean {
  let bits = MARKER_STARTS[text.charCodeAt(offset)];
  if (bits === undefined) return false;
  for (let bit = 0; bits !== 0; bit++, bits >>= 1) {
    if ((bits & 1) === 0) continue;
    const quick = MARKER_QUICK_TESTS[bit];
    if (quick === null || quick!(text, offset)) return true;
  }
  return false;
}

/**
 * Wraps a sticky regexp so that it only matches at the start of a line or of a
 * table cell (after optional blanks). Chevrotain custom matcher.
 * Chevrotain's first-character table groups characters above U+00FF in buckets of 255, so the matcher is also
 * called for Text that merely starts in the same bucket (我, 二十 …): the exact start characters and the
 * optional quick test turn those away before the look-back and the regexp.
 * @param source The marker's regexp source.
 * @param starts The characters a marker may begin with (also the `start_chars_hint`).
 * @param quick A cheap necessary condition for a match, checked before the regexp.
 */
function atCellStart(source: string, starts: readonly string[], quick?: QuickTest): CustomPatternMatcherFunc {
  const regexp = new RegExp(source, 'y');
  const bit = 1 << markerCount;
  MARKER_QUICK_TESTS[markerCount++] = quick ?? null;
  for (const ch of starts) MARKER_STARTS[ch.charCodeAt(0)]! |= bit;
  return (text, offset) => {
    if ((MARKER_STARTS[text.charCodeAt(offset)]! & bit) === 0 || (quick !== undefined && !quick(text, offset)))
      return null;
    let i = offset - 1;
    while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
    if (i >= 0) {
      const before = text.charCodeAt(i);
      if (before !== 0x0a && before !== 0x7c && before !== 0xff5c) return null;
    }
    regexp.lastIndex = offset;
    return regexp.exec(text);
  };
}

const HAN_CODES = new Uint8Array(0x10000);
for (const ch of HAN) HAN_CODES[ch.charCodeAt(0)] = 1;
const isDigit = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

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

/** One to three digits, then . ． or 、. */
const digitsThenDot: QuickTest = (text, offset) => {
  const after = afterDigits(text, offset, 3);
  return after === 0x2e || after === 0xff0e || after === 0x3001;
};

/** Han numerals, then 是. */
const hanThenIs: QuickTest = (text, offset) => afterHanNumerals(text, offset) === 0x662f;

/** 第, Han numerals, then ， , or 、: 第一，主动公开 (not 第一部分, 第二十条, 第一次). */
const ordinalThenComma: QuickTest = (text, offset) => {
  const after = afterHanNumerals(text, offset + 1);
  return after === 0xff0c || after === 0x2c || after === 0x3001;
};

/** Han numerals, then blanks or 、 . ． */
const hanThenComma: QuickTest = (text, offset) => {
  const after = afterHanNumerals(text, offset);
  return after === 0x3001 || after === 0x2e || after === 0xff0e || after === 0x20 || after === 0xa0 || after === 0x3000;
};

/** Characters a marker may begin with, for Chevrotain's first-character optimisation. */
const hanStarts = [...HAN];
const digitStarts = [...'0123456789０１２３４５６７８９'];
const parenStarts = ['(', '（'];
const hanIsStarts = [...'一二三四五六七八九十'];
const digitParenStarts = [...parenStarts, ...digitStarts];
const hanParenStarts = [...parenStarts, ...'㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩'];
const circledStarts = [...'①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'];

/** Abstract category: any numbering marker. */
export const Marker = createToken({ name: 'Marker', pattern: Lexer.NA });

/** 第一部分 第二章 第三节: a part heading. */
export const PartMarker = createToken({
  name: 'PartMarker',
  pattern: { exec: atCellStart(`第[${HAN}${DIGIT}]+(?:部分|章|节)[、.．:：]?`, ['第']) },
  start_chars_hint: ['第'],
  line_breaks: false,
  categories: [Marker],
});

/** 第一， 第二, 第三、: ordinal words that number run-in headings and list items. */
export const OrdinalCommaMarker = createToken({
  name: 'OrdinalCommaMarker',
  pattern: { exec: atCellStart(`第[一二三四五六七八九十]+[，,、]`, ['第'], ordinalThenComma) },
  start_chars_hint: ['第'],
  line_breaks: false,
  categories: [Marker],
});

/** 一、 二、 (level-one narrative heading; also top-level table rows). */
export const HanCommaMarker = createToken({
  name: 'HanCommaMarker',
  pattern: { exec: atCellStart(`[${HAN}]+[ \\u00a0\\u3000]*[、.．]`, hanStarts, hanThenComma) },
  start_chars_hint: hanStarts,
  line_breaks: false,
  categories: [Marker],
});

/** 一是 二是 (inline enumeration item at the start of a line). */
export const HanIsMarker = createToken({
  name: 'HanIsMarker',
  pattern: { exec: atCellStart(`[一二三四五六七八九十]+是`, hanIsStarts, hanThenIs) },
  start_chars_hint: hanIsStarts,
  line_breaks: false,
  categories: [Marker],
});

/** (一) （一）, half- or full-width brackets, even mixed; ㈠ to ㈩ (U+3220–3229), as word processors print them. */
export const HanParenMarker = createToken({
  name: 'HanParenMarker',
  pattern: {
    exec: atCellStart(`[(（][ \\u00a0\\u3000]*[${HAN}]+[ \\u00a0\\u3000]*[)）]|[㈠-㈩]`, hanParenStarts),
  },
  start_chars_hint: hanParenStarts,
  line_breaks: false,
  categories: [Marker],
});

/** (1) （1） （１）, and 1) 1） as some reports write it. */
export const DigitParenMarker = createToken({
  name: 'DigitParenMarker',
  pattern: {
    exec: atCellStart(
      `[(（][ \\u00a0\\u3000]*[${DIGIT}]+[ \\u00a0\\u3000]*[)）]|[${DIGIT}]{1,2}[)）]`,
      digitParenStarts,
      digitThenParen,
    ),
  },
  start_chars_hint: digitParenStarts,
  line_breaks: false,
  categories: [Marker],
});

/** 1. 1、 １． 4． — but not a decimal (1.5), a date (2019.1.7) or a host name broken over lines (126.com). */
export const DigitDotMarker = createToken({
  name: 'DigitDotMarker',
  pattern: { exec: atCellStart(`[${DIGIT}]{1,3}[.．、](?![${DIGIT}]|[A-Za-z])`, digitStarts, digitsThenDot) },
  start_chars_hint: digitStarts,
  line_breaks: false,
  categories: [Marker],
});

/** ① to ⑳. */
export const CircledMarker = createToken({
  name: 'CircledMarker',
  pattern: { exec: atCellStart('[\\u2460-\\u2473]', circledStarts) },
  start_chars_hint: circledStarts,
  line_breaks: false,
  categories: [Marker],
});

/** 其中: 其中： — "of which" rows in tables. */
export const OfWhichMarker = createToken({
  name: 'OfWhichMarker',
  pattern: { exec: atCellStart('其中[ \\u00a0\\u3000]*[:：]?', ['其']) },
  start_chars_hint: ['其'],
  line_breaks: false,
  categories: [Marker],
});

/** 附件 附件1 附件一： 附表 — appendix markers. */
export const AppendixMarker = createToken({
  name: 'AppendixMarker',
  pattern: { exec: atCellStart(`附[件表][${HAN}${DIGIT}]*[:：]?`, ['附']) },
  start_chars_hint: ['附'],
  line_breaks: false,
  categories: [Marker],
});

/** A line feed that no LineText or LinePipes took: after a marker, or a blank line. A CR before it is skipped as a blank. */
export const Newline = createToken({ name: 'Newline', pattern: '\n', line_breaks: true });

/** The match the pipe matchers return, reused: Chevrotain reads its image at once (docs/performance.md). */
const PIPES_MATCH: [string] = [''];

const isPipe = (code: number): boolean => code === 0x7c || code === 0xff5c;

// The last run scanned by `scanPipeRun`: LinePipes and Pipe are tried one after the other at one offset.
// (It keeps a reference to the last text lexed until the next one.)
let lastText = '';
let lastOffset = -1;
let lastEnd = -1;

/**
 * A run of pipes and the cells they open: from a pipe, the blanks after it and, unless the next
 * character may begin a marker, the cell's text up to the next pipe or line end; at a pipe it goes on
 * with the next cell. It stops at a line feed (not included), at the end of the text, or before a cell
 * that may begin with a marker, so that the marker (or, if none matches there, Text) is read next.
 * @returns The offset where the run ends, or -1 when there is no pipe at `offset`.
 */
function scanPipeRun(text: string, offset: number): number {
  if (lastOffset === offset && lastText === text) return lastEnd;
  if (!isPipe(text.charCodeAt(offset))) return -1;
  const length = text.length;
  let end = offset;
  while (end < length && isPipe(text.charCodeAt(end))) {
    end++;
    while (isBlank(text.charCodeAt(end))) end++;
    if (markerMayStart(text, end)) break;
    for (; end < length; end++) {
      const code = text.charCodeAt(end);
      if (code === 0x0a || isPipe(code)) break;
    }
  }
  lastText = text;
  lastOffset = offset;
  lastEnd = end;
  return end;
}

/**
 * One or more table cell separators, half- or full-width, with the cells they open (`scanPipeRun`),
 * not reaching the line end. A table row is then one to three tokens, not two per cell
 * (docs/performance.md, "Grammar stage"): the parser finds the pipes in the token's image, and cells are
 * cut between pipe offsets (src/assemble/lines.ts).
 */
export const Pipe = createToken({
  name: 'Pipe',
  pattern: {
    exec: (text, offset) => {
      const end = scanPipeRun(text, offset);
      if (end < 0) return null;
      PIPES_MATCH[0] = text.substring(offset, end);
      return PIPES_MATCH as unknown as RegExpExecArray;
    },
  },
  start_chars_hint: ['|', '｜'],
  line_breaks: false,
});

/** The same run as Pipe when it reaches the line end, with the line feed: it ends its line. */
export const LinePipes = createToken({
  name: 'LinePipes',
  pattern: {
    exec: (text, offset) => {
      const end = scanPipeRun(text, offset);
      if (end < 0 || text.charCodeAt(end) !== 0x0a) return null;
      PIPES_MATCH[0] = text.substring(offset, end + 1);
      return PIPES_MATCH as unknown as RegExpExecArray;
    },
  },
  start_chars_hint: ['|', '｜'],
  line_breaks: true,
});

/** Blanks between tokens (space, tab, CR, NBSP, ideographic space, BOM). */
export const Blank = createToken({ name: 'Blank', pattern: /[ \t\r\u00a0\u3000\ufeff]+/, group: Lexer.SKIPPED });

/**
 * The rest of a line or cell: everything but LF and pipes.
 * Written as positive ranges, not a complement set, so that Chevrotain's
 * first-character optimisation stays on (docs/performance.md).
 */
export const Text = createToken({
  name: 'Text',
  // eslint-disable-next-line no-control-regex -- the Text token must cover every code unit but LF and pipes
  pattern: /[\u0000-\u0009\u000b-\u007b\u007d-\uff5b\uff5d-\uffff]+/,
});

/**
 * Text that reaches the line end, with the line feed: it ends its line, so a line of narrative is one
 * token, or two with its marker, not two or three with a Newline (docs/performance.md, "Grammar stage").
 */
export const LineText = createToken({
  name: 'LineText',
  // eslint-disable-next-line no-control-regex -- as Text, then the line feed
  pattern: /[\u0000-\u0009\u000b-\u007b\u007d-\uff5b\uff5d-\uffff]+\n/,
  line_breaks: true,
});

/**
 * Every token, in matching order: markers before Text; Blank before Text so Text never starts with a blank;
 * LineText before Text and LinePipes before Pipe, so that a line's last token takes its line feed.
 */
export const allTokens: TokenType[] = [
  Newline,
  Blank,
  LinePipes,
  Pipe,
  PartMarker,
  OrdinalCommaMarker,
  HanIsMarker,
  HanCommaMarker,
  HanParenMarker,
  DigitParenMarker,
  DigitDotMarker,
  CircledMarker,
  OfWhichMarker,
  AppendixMarker,
  Marker,
  LineText,
  Text,
];

/** Marker token name → family used for nesting. */
export const markerFamilies = {
  PartMarker: 'part',
  HanCommaMarker: 'han',
  HanIsMarker: 'enumeration',
  OrdinalCommaMarker: 'ordinal',
  HanParenMarker: 'han-paren',
  DigitDotMarker: 'digit',
  DigitParenMarker: 'digit-paren',
  CircledMarker: 'circled',
  OfWhichMarker: 'of-which',
  AppendixMarker: 'appendix',
} as const;

/** A marker family. */
export type MarkerFamily = (typeof markerFamilies)[keyof typeof markerFamilies];
