/**
 * Tables without rulings: runs of lines made of several segments (cells separated by wide gaps)
 * become rows. Columns are the unions of overlapping segment extents; a segment goes to the column it
 * overlaps most. A single cell outside the first column joins the nearest row (vertically centred
 * cells); a first-column-only line that starts with no row marker continues the label above.
 */
import { ROW_MARKER } from '../vocabulary/markers.js';
import type { Segment, VisualLine } from './pdf-lines.js';
import { joinWrapped } from './report-text.js';

/** A reconstructed table: the lines it used and its rows. */
export interface BorderlessTable {
  first: number;
  last: number;
  rows: string[][];
}

/**
 * Finds tables without rulings in a page's lines.
 * @param lines A page's lines, top to bottom (furniture removed).
 * @returns Tables, in order, each with the index range of the lines it replaces.
 */
export function findBorderlessTables(lines: readonly VisualLine[]): BorderlessTable[] {
  const tables: BorderlessTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.segments.length < 2) {
      i++;
      continue;
    }
    // Extend over multi-segment lines, and single-segment lines followed (within two) by one.
    let last = i;
    let multi = 1;
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j]!.segments.length >= 2) {
        last = j;
        multi++;
      } else if (!((lines[j + 1]?.segments.length ?? 0) >= 2) && !((lines[j + 2]?.segments.length ?? 0) >= 2)) break;
    }
    const columns = columnsOf(lines.slice(i, last + 1));
    // The wrapped label of the last row: a close, left-aligned line that is no row and no sentence.
    while (last + 1 < lines.length && continuesLastLabel(lines[last]!, lines[last + 1]!, columns[0])) last++;
    // The upper half of a vertically centred header cell: a close single cell right of the first column.
    let first = i;
    const floor = tables.at(-1)?.last ?? -1;
    while (first - 1 > floor && startsFirstRow(lines[first - 1]!, lines[first]!, columns[0])) first--;
    const run = lines.slice(first, last + 1);
    if (multi >= 3 && columns.length >= 2) tables.push({ first, last, rows: rowsOf(run, columns) });
    i = last + 1;
  }
  return tables;
}

function continuesLastLabel(above: VisualLine, line: VisualLine, first: { left: number } | undefined): boolean {
  return (
    first !== undefined &&
    line.segments.length === 1 &&
    line.y - above.y <= line.size * 1.8 &&
    Math.abs(line.left - first.left) <= line.size &&
    !ROW_MARKER.test(line.text) &&
    !/[。！？]$/.test(line.text)
  );
}

function startsFirstRow(line: VisualLine, below: VisualLine, first: { right: number } | undefined): boolean {
  return (
    first !== undefined && line.segments.length === 1 && below.y - line.y <= line.size * 1.8 && line.left > first.right
  );
}

function columnsOf(run: readonly VisualLine[]): { left: number; right: number }[] {
  const spans = run
    .filter((line) => line.segments.length >= 2)
    .flatMap((line) => line.segments.map(({ left, right }) => ({ left, right })));
  spans.sort((a, b) => a.left - b.left);
  const columns: { left: number; right: number }[] = [];
  for (const span of spans) {
    const column = columns.at(-1);
    if (column && span.left <= column.right) column.right = Math.max(column.right, span.right);
    else columns.push({ ...span });
  }
  return columns;
}

function columnOf(segment: Segment, columns: readonly { left: number; right: number }[]): number {
  let best = 0;
  let bestOverlap = -Infinity;
  columns.forEach((column, index) => {
    const overlap = Math.min(segment.right, column.right) - Math.max(segment.left, column.left);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = index;
    }
  });
  return best;
}

function rowsOf(run: readonly VisualLine[], columns: readonly { left: number; right: number }[]): string[][] {
  const rows: { y: number; cells: string[][]; above: string[][] }[] = [];
  const orphans: { y: number; cells: string[][] }[] = [];
  for (const line of run) {
    const cells: string[][] = columns.map(() => []);
    for (const segment of line.segments) cells[columnOf(segment, columns)]!.push(segment.text);
    const label = cells[0]!.join(' ');
    const onlyLabel = cells.slice(1).every((cell) => cell.length === 0);
    const previous = rows.at(-1);
    if (label !== '' && onlyLabel && previous && !ROW_MARKER.test(label)) {
      previous.cells[0]!.push(label);
    } else if (label !== '' || line.segments.length >= 2) {
      // A line of several cells is a row even with an empty first cell (header rows of matrices).
      rows.push({ y: line.y, cells, above: columns.map(() => []) });
    } else {
      orphans.push({ y: line.y, cells });
    }
  }
  for (const orphan of orphans) {
    const nearest = rows.reduce<(typeof rows)[number] | undefined>(
      (best, row) => (!best || Math.abs(row.y - orphan.y) < Math.abs(best.y - orphan.y) ? row : best),
      undefined,
    );
    if (!nearest) continue;
    orphan.cells.forEach((parts, c) => {
      // Above the row's baseline the text comes first; below, it follows.
      (orphan.y < nearest.y ? nearest.above : nearest.cells)[c]!.push(...parts);
    });
  }
  return rows.map((row) => row.cells.map((parts, c) => joinWrapped([...row.above[c]!, ...parts])));
}
