/** A table row's filled cells, read in one pass for the table builder's row kinds (src/assemble/tables.ts). */
import type { CellInfo } from './lines.js';
import { holdsValues } from './run-together.js';
import { looksLikeHeader } from './table-header.js';
import { cellValue } from './values.js';

/**
 * What draftTables reads of a row's filled cells, gathered in one pass over its cells: how many there are, the
 * first one and its index, and whether the row is a data row.
 */
export interface FilledCells {
  count: number;
  first: CellInfo | undefined;
  firstIndex: number;
  /** A marker in the first filled cell, a number, values run together, or a label followed by empty marks only. */
  data: boolean;
}

/**
 * @param cells A row's cells.
 * @returns Its filled cells' summary.
 */
export function readFilled(cells: readonly CellInfo[]): FilledCells {
  let count = 0;
  let first: CellInfo | undefined;
  let firstIndex = -1;
  let data = false;
  // Whether every filled cell after the first is an empty mark (规章 | —— | —— | ——).
  let restEmpty = true;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const text = cell.text;
    if (text === '') continue;
    if (count++ === 0) {
      first = cell;
      firstIndex = i;
      if (cell.marker) data = true;
    }
    if (data) continue;
    const value = cellValue(text);
    if (typeof value === 'number' || holdsValues(text)) data = true;
    else if (count > 1 && value !== null) restEmpty = false;
  }
  // 规章 | —— | —— | ——: a label and empty marks only.
  if (!data && count >= 2 && restEmpty) data = !looksLikeHeader(filledTexts(cells));
  return { count, first, firstIndex, data };
}

/** The texts of a row's filled cells. */
function filledTexts(cells: readonly CellInfo[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) if (cells[i]!.text !== '') out.push(cells[i]!.text);
  return out;
}
