/** Building diagnostics and positions. */
import type { Diagnostic, Point, Position, Severity } from './types.js';
import type { DiagnosticCode } from './codes.js';

/** Fields of a diagnostic besides code, severity and message. */
export type DiagnosticExtras = Omit<Diagnostic, 'code' | 'severity' | 'message'>;

/**
 * Makes a diagnostic.
 * @param code A code from `diagnosticCodes`.
 * @param severity error | warning | info.
 * @param message One sentence.
 * @param extras Position, actual/expected, note, origin …
 * @returns The diagnostic.
 */
export function createDiagnostic(
  code: DiagnosticCode,
  severity: Severity,
  message: string,
  extras: DiagnosticExtras = {},
): Diagnostic {
  return { code, severity, message, ...extras };
}

/**
 * `line:column-line:column`, or `line:column` for a point.
 * @param place A point or position.
 * @returns The place as text, e.g. `3:1-3:12`.
 */
export function stringifyPosition(place: Point | Position | undefined): string {
  if (!place) return '1:1';
  if ('start' in place) return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`;
  return `${place.line}:${place.column}`;
}

/** Offset → Point, through a sorted index of line starts. Built once per document. */
export class LineIndex {
  readonly starts: number[];
  private last = 0;

  /** @param text The report text. */
  constructor(text: string) {
    const starts = [0];
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.starts = starts;
  }

  /**
   * @param offset 0-based offset.
   * @returns The unist point.
   */
  point(offset: number): Point {
    const starts = this.starts;
    // Positions are mostly asked for in document order: try the line of the last answer first.
    const hint = this.last;
    if (starts[hint]! <= offset && (hint + 1 >= starts.length || starts[hint + 1]! > offset)) {
      return { line: hint + 1, column: offset - starts[hint]! + 1, offset };
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  }

  /**
   * @param start 0-based start offset.
   * @param end 0-based exclusive end offset.
   * @returns The unist position.
   */
  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}
