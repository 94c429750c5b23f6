/**
 * Pipe rows whose label cells ran over into the next row. Two cases come out of PDF tables:
 *   - a row broken across a page break, once the importer merged the table (its repeated header
 *     dropped, or none): the row with its values, then the end of its label as a row of its own,
 *     `||2.其他法律行政法规禁 | 0 0 0 0 0 0 0 |` then `||止公开 | |`;
 *   - a rowspan label wrapped in a narrow column, each of its lines read into the row it stands in:
 *     `|（三） | 1.属于国家秘密 | 0 …` then `|不予公开 | 2.其他法律行政法规禁止公开 | 0 …`.
 * The text keeps no trace of either, so label text is moved only on evidence: the label before it
 * leaves a bracket open, or the two parts together are a row label of a national form that the
 * first part alone is not (and nothing joined turns a form label into one that is not).
 */
import { unclosed } from './cell-types.js';
import { startsWithMarker } from '../../vocabulary/markers.js';
import { isFormLabel } from './form-labels.js';
import {
  formatRow,
  hasDigitCell,
  joinReadParts,
  mayHaveValues,
  pipeCells,
  readRow,
  type RowReading,
} from './split-rows.js';
import { unmarkedThenMarked } from './line-tests.js';

/** Longest label part moved: a few characters of a narrow label column. */
const LONGEST_PART = 30;
/** Longest line that can hold only such a part: the part, and the pipes of the empty cells after it. */
const LONGEST_LINE = LONGEST_PART + 60;

/**
 * Joins a row that is only the end of the labels of the row before it (a row broken across a page).
 * @param before A pipe row with values.
 * @param after The pipe row after it.
 * @returns The joined row, or null without evidence.
 */
export function joinWrappedRow(before: string, after: string): string | null {
  return joinReadRow(before, readCells(after), null);
}

/** A pipe row cut into cells and read. */
interface ReadCells {
  cells: string[];
  reading: RowReading;
}

const readCells = (row: string): ReadCells => {
  const cells = pipeCells(row);
  return { cells, reading: readRow(cells) };
};

/**
 * `joinWrappedRow` of the row after already read, and maybe the row before.
 * @param before The row before.
 * @param b The row after, read.
 * @param a The row before, read, if it was already; else null.
 * @returns As `joinWrappedRow`.
 */
function joinReadRow(before: string, b: ReadCells, a: ReadCells | null): string | null {
  // Only a row with values before one without (joinParts read forward) is joined here: the row after is read first,
  // and most pairs (header rows, two rows of values) end there without the row before being cut into cells.
  if (b.reading.values) return null;
  a ??= readCells(before);
  if (!a.reading.values) return null;
  const joined = joinReadParts(a.cells, a.reading, b.cells, b.reading);
  if (!joined) return null;
  const evidence = joined.labels.some(
    ({ before: label, joined: whole }) => unclosed(label) || (!isFormLabel(label) && isFormLabel(whole)),
  );
  // without evidence the labels are not looked up again
  if (!evidence) return null;
  const contrary = joined.labels.some(({ before: label, joined: whole }) => isFormLabel(label) && !isFormLabel(whole));
  return contrary ? null : formatRow(joined.cells);
}

/**
 * Moves the lines of a wrapped rowspan label back into its first row: a label cell that is a marker
 * with the start of a label (`（三）`), and under it, in the next row, unmarked text that completes it
 * into a label of the form (`不予公开`); the lower cell becomes empty, as a rowspan continuation.
 * @param before A pipe row.
 * @param after The pipe row after it.
 * @returns The two rows rewritten, or null when nothing moves.
 */
export function joinWrappedGroupLabel(before: string, after: string): [string, string] | null {
  const a = pipeCells(before);
  const b = pipeCells(after);
  const ra = readRow(a);
  const rb = readRow(b);
  if (!ra.values || !rb.values) return null;
  let moved = false;
  for (const k of rb.texts) {
    const upper = a[k];
    const lower = b[k]!;
    if (!upper || !ra.texts.includes(k) || lower.length > LONGEST_PART || startsWithMarker(lower)) continue;
    // the lower part is followed by a label of its own (2.…): it is not that row's only label
    if (!rb.texts.some((t) => t > k)) continue;
    if (!startsWithMarker(upper) || isFormLabel(upper) || !isFormLabel(upper + lower)) continue;
    a[k] = upper + lower;
    b[k] = '';
    moved = true;
  }
  return moved ? [formatRow(a), formatRow(b)] : null;
}

const isPipeRow = (line: string): boolean => line.includes('|') || line.includes('｜');

/** Whether the last cell with content ends in a digit or a dash: a value, so the row is not a label tail. */
function endsInValue(line: string, from = 0, to = line.length): boolean {
  for (let i = to - 1; i >= from; i--) {
    const code = line.charCodeAt(i);
    // pipes and spaces (| ｜ space tab nbsp ideographic space)
    if (code === 0x7c || code === 0xff5c || code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000)
      continue;
    return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || code === 0x2014 || code === 0x2d;
  }
  return false;
}

// Cheap tests first: a pipe row after a pipe row, short and ending in a label, or led by unmarked text then a marked label.

/** `joinWrappedRow` of two pipe rows, when the second is short and ends in a label; else null. */
const joinedTail = (before: string, line: string): string | null =>
  line.length <= LONGEST_LINE && !endsInValue(line) ? joinWrappedRow(before, line) : null;

/** `joinWrappedGroupLabel` of two pipe rows, when the second is led by unmarked text, then a marked label; else null. */
const movedGroupLabel = (before: string, line: string): [string, string] | null =>
  unmarkedThenMarked(line, 0, line.length) ? joinWrappedGroupLabel(before, line) : null;

/**
 * Whether `rejoinRows` would change anything in a text, found without splitting it into lines: only pipe
 * rows are cut out of it (the text between them is skipped by searching for the next pipe), and each pair
 * of pipe rows one under the other gets the tests `rejoinRows` makes before its first join.
 * @param text Report text with LF line ends.
 * @returns true when some pair of rows would be joined or rewritten.
 */
export function rejoinsAny(text: string): boolean {
  let ascii = text.indexOf('|');
  let full = text.indexOf('｜');
  /** The next pipe at or after `from`, or -1. */
  const nextPipe = (from: number): number => {
    if (ascii !== -1 && ascii < from) ascii = text.indexOf('|', from);
    if (full !== -1 && full < from) full = text.indexOf('｜', from);
    return ascii === -1 ? full : full === -1 ? ascii : Math.min(ascii, full);
  };
  let pipe = nextPipe(0);
  // the pipe row before the current line (beforeEnd + 1 is where the line after it starts)
  let beforeStart = -2;
  let beforeEnd = -2;
  // the last row read as the row after a pair, and where it starts: it may be the row before the next pair
  let read: ReadCells | null = null;
  let readStart = -1;
  while (pipe !== -1) {
    const start = text.lastIndexOf('\n', pipe) + 1;
    let end = text.indexOf('\n', pipe);
    if (end === -1) end = text.length;
    // the cheap tests of joinedTail and movedGroupLabel on the line in place; cut out only the rows they pass
    if (beforeEnd + 1 === start) {
      // a row after with a cell of digits has values: joinReadRow returns null without cutting it out
      // (in CRLF text the row's '\r' keeps endsInValue from seeing that it ends in a value)
      // a row before without values is joined with nothing: neither row is cut out
      const tail =
        end - start <= LONGEST_LINE &&
        !endsInValue(text, start, end) &&
        !hasDigitCell(text, start, end) &&
        mayHaveValues(text, beforeStart, beforeEnd);
      const group = unmarkedThenMarked(text, start, end);
      if (tail || group) {
        const line = text.slice(start, end);
        const before = text.slice(beforeStart, beforeEnd);
        if (tail) {
          const after = readCells(line);
          if (joinReadRow(before, after, readStart === beforeStart ? read : null) !== null) return true;
          read = after;
          readStart = start;
        }
        if (group && joinWrappedGroupLabel(before, line) !== null) return true;
      }
    }
    beforeStart = start;
    beforeEnd = end;
    if (end >= text.length) break;
    pipe = nextPipe(end + 1);
  }
  return false;
}

/** A range of original lines (0-based, inclusive). */
export interface LineRange {
  start: number;
  end: number;
}

/**
 * Joins the rows whose labels ran over into the next row, in report text.
 * @param lines The text's lines.
 * @param origins Per line, the original lines it came from; null when the lines are the original ones
 *   (each line its own origin, made only when a join happens).
 * @returns The lines and origins after the joins, and the original range of each join; null when nothing changes.
 */
export function rejoinRows(
  lines: readonly string[],
  origins: readonly LineRange[] | null,
): { lines: string[]; origins: LineRange[]; joined: LineRange[] } | null {
  let out: string[] | null = null;
  let outOrigins: LineRange[] = [];
  const joined: LineRange[] = [];
  let current: readonly string[] = lines;
  // Whether the line before is a pipe row, carried from one line to the next: each line is looked at once.
  let beforePipe = current.length > 1 && isPipeRow(current[0]!);
  for (let i = 1; i < current.length; i++) {
    const line = current[i]!;
    const before = current[i - 1]!;
    const linePipe = isPipeRow(line);
    const bothPipe = linePipe && beforePipe;
    beforePipe = linePipe;
    if (!bothPipe) continue;
    const tail = joinedTail(before, line);
    const group = tail === null ? movedGroupLabel(before, line) : null;
    if (tail === null && group === null) continue;
    if (out === null) {
      out = [...lines];
      outOrigins = origins ? [...origins] : lines.map((_, k) => ({ start: k, end: k }));
      current = out;
    }
    const range = { start: outOrigins[i - 1]!.start, end: outOrigins[i]!.end };
    joined.push(range);
    if (tail !== null) {
      // one row now: the next line is compared with the joined row
      out.splice(i - 1, 2, tail);
      outOrigins.splice(i - 1, 2, range);
      i--;
    } else {
      out[i - 1] = group![0];
      out[i] = group![1];
    }
    // the line the next one is compared with, as the join left it
    beforePipe = isPipeRow(current[i]!);
  }
  return out === null ? null : { lines: out, origins: outOrigins, joined };
}
