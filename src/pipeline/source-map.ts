/**
 * Offsets in the parsed text → unist positions in the caller's text. When table
 * renderings were rebuilt into pipe rows (src/normalise/tables), the parsed
 * text differs from the input; lines that came through unchanged map exactly,
 * rebuilt lines map to the whole original lines they came from.
 *
 * Every row, cell, paragraph and diagnostic asks for a position, nearly always in document order, so a
 * position costs one object for itself and one per point (docs/performance.md, "Positions"): the line of
 * an offset is found from the line of the last answer (a few steps forward, else a binary search), the
 * end of a span is looked for on its start's line first, and a rebuilt text maps line and column
 * without intermediate points.
 */
import type { Position } from '../types.js';

/** Per output line: the 0-based original line range (inclusive) it came from. */
export type LineOrigins = Array<{ start: number; end: number }>;

/**
 * @param text A text.
 * @returns The offset where each of its lines starts (0 first).
 */
function lineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** How many lines forward the search walks from the last answer before it halves the rest instead. */
const WALK = 8;

/**
 * The 0-based line of an offset: the last line whose start is at or before it (the first line for an offset
 * before 0).
 * @param starts Line starts, ascending, `starts[0]` = 0.
 * @param offset The offset.
 * @param from A line to try first (the last answer).
 * @returns The line.
 */
export function lineAt(starts: readonly number[], offset: number, from: number): number {
  const count = starts.length;
  let line = from < count ? from : count - 1;
  if (starts[line]! <= offset) {
    // Forward from the hint: positions come in document order, mostly on this line or a few after.
    for (let steps = 0; steps < WALK; steps++) {
      if (line + 1 >= count || starts[line + 1]! > offset) return line;
      line++;
    }
    return search(starts, offset, line, count - 1);
  }
  return search(starts, offset, 0, line - 1);
}

/** Binary search for the last line in [lo, hi] starting at or before `offset` (lo when none does). */
function search(starts: readonly number[], offset: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps offsets of the parsed text to positions in the original text. */
export class PositionMapper {
  /** Line starts of the parsed text. */
  private readonly parsed: number[];
  /** Line starts of the original text (the parsed text's when the two are the same). */
  private readonly original: number[];
  /** The parsed line of the last answer: the first guess for the next offset. */
  private lastParsed = 0;
  /** The original line of the last answer. */
  private lastOriginal = 0;
  /** Per parsed line, whether it is its one original line unchanged: 0 not yet known, 1 yes, 2 no. */
  private unchanged: Uint8Array | null = null;

  /**
   * @param parsedText The text the grammar parsed.
   * @param originalText The text the caller passed.
   * @param origins Line origins when the two differ, else null.
   */
  constructor(
    private readonly parsedText: string,
    private readonly originalText: string,
    private readonly origins: LineOrigins | null,
  ) {
    this.parsed = lineStarts(parsedText);
    this.original = origins ? lineStarts(originalText) : this.parsed;
  }

  /**
   * @param start Start offset in the parsed text.
   * @param end Exclusive end offset in the parsed text.
   * @returns The position in the original text.
   */
  position(start: number, end: number): Position {
    const starts = this.parsed;
    const a = lineAt(starts, start, this.lastParsed);
    // Most spans end on the line they start on.
    const b = end >= start && (a + 1 >= starts.length || starts[a + 1]! > end) ? a : lineAt(starts, end, a);
    this.lastParsed = b;
    if (this.origins === null) {
      return {
        start: { line: a + 1, column: start - starts[a]! + 1, offset: start },
        end: { line: b + 1, column: end - starts[b]! + 1, offset: end },
      };
    }
    const from = this.mapPoint(a, start - starts[a]!, true);
    const to = Math.max(from, this.mapPoint(b, end - starts[b]!, false));
    const original = this.original;
    const c = lineAt(original, from, this.lastOriginal);
    const d = to === from ? c : lineAt(original, to, c);
    this.lastOriginal = d;
    return {
      start: { line: c + 1, column: from - original[c]! + 1, offset: from },
      end: { line: d + 1, column: to - original[d]! + 1, offset: to },
    };
  }

  /**
   * @param line 0-based parsed line.
   * @param column 0-based column on it.
   * @param isStart Whether the point starts a span (a rebuilt line then maps to the start of its first original
   *   line, else to the end of its last).
   * @returns The offset in the original text.
   */
  private mapPoint(line: number, column: number, isStart: boolean): number {
    const origin = this.origins![line];
    const first = origin ? origin.start : line;
    const last = origin ? origin.end : line;
    const originalStart = this.original[first] ?? this.originalText.length;
    if (first === last && this.isUnchanged(line, first)) return originalStart + column;
    if (isStart) return originalStart;
    const next = this.original[last + 1];
    return next === undefined ? this.originalText.length : next - 1;
  }

  /** Whether a parsed line is its one original line as it was; worked out once per line (rows ask for many positions). */
  private isUnchanged(line: number, originalLine: number): boolean {
    const known = (this.unchanged ??= new Uint8Array(this.parsed.length + 1));
    // Lines past the last one (an offset at the very end) are not cached.
    if (line < known.length && known[line] !== 0) return known[line] === 1;
    const same = sameLine(this.parsedText, this.parsed, line, this.originalText, this.original, originalLine);
    if (line < known.length) known[line] = same ? 1 : 2;
    return same;
  }
}

/**
 * Whether line `a` of one text and line `b` of another are the same, compared in place.
 * @param aText The first text.
 * @param aStarts Its line starts.
 * @param a A 0-based line of it (past the last line: the empty line at the end).
 * @param bText The second text.
 * @param bStarts Its line starts.
 * @param b A 0-based line of it.
 * @returns Whether the two lines (without their line feeds) hold the same characters.
 */
export function sameLine(
  aText: string,
  aStarts: readonly number[],
  a: number,
  bText: string,
  bStarts: readonly number[],
  b: number,
): boolean {
  const aStart = aStarts[a] ?? aText.length;
  const aNext = aStarts[a + 1];
  const aEnd = aNext === undefined ? aText.length : aNext - 1;
  const bStart = bStarts[b] ?? bText.length;
  const bNext = bStarts[b + 1];
  const bEnd = bNext === undefined ? bText.length : bNext - 1;
  const length = aEnd - aStart;
  if (length !== bEnd - bStart) return false;
  for (let i = 0; i < length; i++) if (aText.charCodeAt(aStart + i) !== bText.charCodeAt(bStart + i)) return false;
  return true;
}
