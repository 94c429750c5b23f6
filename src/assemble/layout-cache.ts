/**
 * The column layouts of header rows, cached: each report of a template repeats the same headers. A table's
 * header cells are compared with those of the layouts made before, cell by cell, instead of being joined into a
 * string key and hashed (docs/performance.md, "The assemble stage").
 */
import { maxOf } from '../arrays.js';
import { knownLayout, layoutFromHeaders, type ColumnLayout } from './table-header.js';

/** A layout and what it was made of (a copy of the header cells: the caller's arrays go into the Report). */
interface Entry {
  headerCells: string[][];
  dataWidth: number;
  labelFirst: boolean;
  layout: ColumnLayout;
}

/** Layouts kept before the cache is emptied and starts again. */
const ENTRIES = 256;
/** Header rows with more characters than this are not kept (rarely seen twice). */
const LONGEST = 1000;

/** Entries by their number of header cells (a cheap first sort: a few entries share one). */
let cache = new Map<number, Entry[]>();
let size = 0;

/**
 * @param headerCells A table's header rows (cell texts, as printed).
 * @param dataWidth The number of cells of its widest data row.
 * @param labelFirst Whether most of its data rows start with a label.
 * @returns The column layout (shared between tables: never mutate it).
 */
export function headerLayout(headerCells: string[][], dataWidth: number, labelFirst: boolean): ColumnLayout {
  let cells = 0;
  let characters = 0;
  for (let r = 0; r < headerCells.length; r++) {
    const row = headerCells[r]!;
    cells += row.length;
    for (let c = 0; c < row.length; c++) characters += row[c]!.length;
  }
  const bucket = cache.get(cells);
  if (bucket !== undefined) {
    for (let i = 0; i < bucket.length; i++) {
      const entry = bucket[i]!;
      if (entry.dataWidth === dataWidth && entry.labelFirst === labelFirst && sameCells(entry.headerCells, headerCells))
        return entry.layout;
    }
  }
  const layout =
    knownLayout(headerCells, dataWidth) ??
    layoutFromHeaders(headerCells, maxOf(headerCells.map((row) => row.length)), labelFirst);
  if (characters > LONGEST) return layout;
  if (size >= ENTRIES) {
    cache = new Map();
    size = 0;
  }
  const entry = { headerCells: headerCells.map((row) => [...row]), dataWidth, labelFirst, layout };
  const list = cache.get(cells);
  if (list === undefined) cache.set(cells, [entry]);
  else list.push(entry);
  size++;
  return layout;
}

/** Whether two lists of header rows hold the same cells. */
function sameCells(a: string[][], b: string[][]): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r]!;
    const y = b[r]!;
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) if (x[c] !== y[c]) return false;
  }
  return true;
}
