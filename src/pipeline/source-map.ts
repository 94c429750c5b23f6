/**
 * Offsets in the parsed text → unist positions in the caller's text. When table
 * renderings were rebuilt into pipe rows (src/normalise/tables), the parsed
 * text differs from the input; lines that came through unchanged map exactly,
 * rebuilt lines map to the whole original lines they came from.
 */
import { LineIndex } from '../diagnostic.js';
import type { Position } from '../types.js';

/** Per output line: the 0-based original line range (inclusive) it came from. */
export type LineOrigins = Array<{ start: number; end: number }>;

/** Maps offsets of the parsed text to positions in the original text. */
export class PositionMapper {
  private readonly parsed: LineIndex;
  private readonly original: LineIndex;
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
    this.parsed = new LineIndex(parsedText);
    this.original = origins ? new LineIndex(originalText) : this.parsed;
  }

  /**
   * @param start Start offset in the parsed text.
   * @param end Exclusive end offset in the parsed text.
   * @returns The position in the original text.
   */
  position(start: number, end: number): Position {
    if (!this.origins) return this.parsed.position(start, end);
    const a = this.parsed.point(start);
    const b = this.parsed.point(end);
    const from = this.mapPoint(a.line - 1, a.column - 1, 'start');
    const to = this.mapPoint(b.line - 1, b.column - 1, 'end');
    return this.original.position(from, Math.max(from, to));
  }

  private mapPoint(line: number, column: number, side: 'start' | 'end'): number {
    const origin = this.origins![line] ?? { start: line, end: line };
    const originalStart = this.original.starts[origin.start] ?? this.originalText.length;
    if (this.isUnchanged(line, origin)) return originalStart + column;
    if (side === 'start') return originalStart;
    const next = this.original.starts[origin.end + 1];
    return next === undefined ? this.originalText.length : next - 1;
  }

  /** Whether a parsed line is its one original line as it was; worked out once per line (rows ask for many positions). */
  private isUnchanged(line: number, origin: { start: number; end: number }): boolean {
    if (origin.start !== origin.end) return false;
    const known = (this.unchanged ??= new Uint8Array(this.parsed.starts.length + 1));
    // Lines past the last one (an offset at the very end) are not cached.
    if (line < known.length && known[line] !== 0) return known[line] === 1;
    const same =
      this.lineText(this.parsedText, this.parsed, line) ===
      this.lineText(this.originalText, this.original, origin.start);
    if (line < known.length) known[line] = same ? 1 : 2;
    return same;
  }

  private lineText(text: string, index: LineIndex, line: number): string {
    const start = index.starts[line] ?? text.length;
    const next = index.starts[line + 1];
    return text.slice(start, next === undefined ? text.length : next - 1);
  }
}
