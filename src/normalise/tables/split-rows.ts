/**
 * A table row broken across a page break. Word and LibreOffice let a row break across pages, so a
 * long label cell can end on the next page under the repeated header: `（二）部分公开（区分处理的，只计
 * 这一情形，不计其他 | 3 1 0 0 0 0 4 |`, the header again, then `|情形） | ||`. The part without values
 * is joined back into the row that has them, cell by cell.
 */
import { memoize } from '../../memo.js';
import { cellKind, isTyped } from './cell-types.js';
import { startsWithMarker } from '../../vocabulary/markers.js';
import { DASH_CHARACTERS, EMPTY_WORDS } from '../../vocabulary/empty-marks.js';
import { UNIT_WORDS } from '../../vocabulary/units.js';
import { isWhiteSpace } from '../../vocabulary/white-space.js';

/** Longest text a broken-off part of a row may hold: the rest of a label, never a row of its own. */
const LONGEST_PART = 60;

/** Cells of a pipe row: `a | |b |` → ['a', '', 'b']. */
export function pipeCells(row: string): string[] {
  // One pass: cut at each pipe and trim, no intermediate array of untrimmed cells.
  const cells: string[] = [];
  let from = 0;
  for (let i = 0; i < row.length; i++) {
    const code = row.charCodeAt(i);
    if (code !== 0x7c && code !== 0xff5c) continue;
    cells.push(row.slice(from, i).trim());
    from = i + 1;
  }
  const last = row.slice(from).trim();
  if (cells.length === 0 || last !== '') cells.push(last);
  return cells;
}

/** Whether a cell is ASCII digits only: a number, typed without a cache lookup (most cells of a statistics table). */
function isDigits(cell: string): boolean {
  if (cell === '') return false;
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** Blanks `String.prototype.trim` takes off a cell that a pipe row's cells are found padded with. */
const isPadding = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x3000;

/**
 * Whether some cell of the pipe row `row.slice(from, to)` is ASCII digits only, read in place: then
 * `readRow(pipeCells(row)).values` is true (such a cell is typed without a lookup), so the row has values.
 * A sufficient condition only: false says nothing.
 * @param row The text holding the row.
 * @param from Where the row starts.
 * @param to Where it ends (exclusive).
 */
export function hasDigitCell(row: string, from: number, to: number): boolean {
  // per cell: 0 padding before the digits, 1 in the digits, 2 padding after them, 3 anything else
  let state = 0;
  for (let i = from; i <= to; i++) {
    const code = i === to ? 0x7c : row.charCodeAt(i);
    if (code === 0x7c || code === 0xff5c) {
      if (state === 1 || state === 2) return true;
      state = 0;
    } else if (state !== 3) {
      if (code >= 0x30 && code <= 0x39) state = state === 2 ? 3 : 1;
      else if (isPadding(code)) state = state === 1 ? 2 : state;
      else state = 3;
    }
  }
  return false;
}

/**
 * Characters a unit or value cell can start with (`typed` below): a number's sign or digit (cell-types.ts), a
 * dash or an empty-mark word (src/vocabulary/empty-marks.ts), the first character of a unit word
 * (src/vocabulary/units.ts).
 */
const TYPED_START: ReadonlySet<number> = new Set(
  [...'+-−0123456789０１２３４５６７８９', ...DASH_CHARACTERS, ...EMPTY_WORDS, ...UNIT_WORDS].map((text) =>
    text.charCodeAt(0),
  ),
);

/**
 * Whether some cell of the pipe row `row.slice(from, to)` starts with a character a unit or value cell can
 * start with, read in place: when not, `readRow(pipeCells(row)).values` is false. A necessary condition only:
 * true says nothing.
 * @param row The text holding the row.
 * @param from Where the row starts.
 * @param to Where it ends (exclusive).
 */
export function mayHaveValues(row: string, from: number, to: number): boolean {
  // at a cell's start until its first character other than blanks (String.prototype.trim's)
  let start = true;
  for (let i = from; i < to; i++) {
    const code = row.charCodeAt(i);
    if (code === 0x7c || code === 0xff5c) start = true;
    else if (start && !isWhiteSpace(code)) {
      if (TYPED_START.has(code)) return true;
      start = false;
    }
  }
  return false;
}

/**
 * A unit or value cell, or several values run together (`3 1 0 0`, a PDF table that lost its column rules).
 * Cached: every pipe row of every report is read here, and the same cells (0, ——, the forms' labels) recur.
 */
const typedText = memoize((cell: string): boolean => {
  if (isTyped(cellKind(cell, true))) return true;
  const tokens = cell.split(/\s+/);
  return tokens.length > 1 && tokens.every((token) => cellKind(token, true) === 'number');
});
const typed = (cell: string): boolean => isDigits(cell) || typedText(cell);

/**
 * @param cells Cells of a pipe row.
 * @returns The indices of its label (text) cells, and whether it has any unit or value cell.
 */
export function readRow(cells: readonly string[]): { texts: number[]; values: boolean } {
  const texts: number[] = [];
  let values = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell === '') continue;
    if (typed(cell)) values = true;
    else texts.push(i);
  }
  return { texts, values };
}

/** Formats cells as a pipe row the way the importers write one: `a | |b |`, an empty cell a bare `|`. */
export function formatRow(cells: readonly string[]): string {
  return cells
    .map((cell) => (cell === '' ? '|' : `${cell} | `))
    .join('')
    .trimEnd();
}

/** Two parts of a broken row joined: the cells, and each label cell that received text (before → after). */
export interface JoinedParts {
  cells: string[];
  labels: { before: string; joined: string }[];
}

/**
 * Joins the two parts of a broken row cell by cell, when one part is only the rest of a label.
 * @param before The row before the break.
 * @param after The row after it.
 * @returns The joined cells, or null when the two rows are rows of their own: the part without values
 *   must hold a little unmarked text (`情形）`, `版物`), the other part values and label text.
 */
export function joinParts(before: string, after: string): JoinedParts | null {
  const a = pipeCells(before);
  const b = pipeCells(after);
  return joinReadParts(a, readRow(a), b, readRow(b));
}

/** What `readRow` says of a row's cells. */
export type RowReading = ReturnType<typeof readRow>;

/**
 * `joinParts` of two rows already cut into cells and read.
 * @param a The cells of the row before the break.
 * @param ra `readRow(a)`.
 * @param b The cells of the row after it.
 * @param rb `readRow(b)`.
 * @returns As `joinParts`.
 */
export function joinReadParts(a: string[], ra: RowReading, b: string[], rb: RowReading): JoinedParts | null {
  // Forward: the label ends after the break. Backward: the label starts before it, the values after.
  const forward = ra.values && !rb.values;
  const backward = !ra.values && rb.values;
  if (!forward && !backward) return null;
  const [part, partRead, row, rowRead] = forward ? [b, rb, a, ra] : [a, ra, b, rb];
  if (partRead.texts.length === 0 || rowRead.texts.length === 0) return null;
  const partText = partRead.texts.map((i) => part[i]!).join('');
  if (partText.length > LONGEST_PART) return null;
  // The continuation of a label never starts with a row marker; the start of one before the break may.
  const continuation = forward ? part[partRead.texts[0]!]! : row[rowRead.texts[0]!]!;
  if (startsWithMarker(continuation)) return null;
  const cells = [...row];
  const targets = new Map<number, string>();
  for (const i of partRead.texts) {
    // the label cell in the same column, else the nearest one
    const target = rowRead.texts.includes(i)
      ? i
      : rowRead.texts.reduce((best, t) => (Math.abs(t - i) < Math.abs(best - i) ? t : best));
    if (!targets.has(target)) targets.set(target, forward ? cells[target]! : part[i]!);
    cells[target] = forward ? cells[target]! + part[i]! : part[i]! + cells[target]!;
  }
  return { cells, labels: [...targets].map(([target, first]) => ({ before: first, joined: cells[target]! })) };
}

/**
 * Joins the two parts of a row broken by a page break (a repeated header or page furniture taken
 * out between them), when one part is only the rest of a label.
 * @param before The last row before the break.
 * @param after The first row after the break.
 * @returns The joined row, or null (see `joinParts`).
 */
export function joinBrokenRow(before: string, after: string): string | null {
  const joined = joinParts(before, after);
  return joined ? formatRow(joined.cells) : null;
}
