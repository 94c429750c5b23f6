/**
 * HTML tables to grids: rowspan/colspan expanded as empty cells, header rows kept in place.
 */
import { DomUtils } from 'htmlparser2';
import { childElements, spanOf, type HtmlElement } from './html-dom.js';

/** A table cell's element, for the caller to render. */
export type CellRenderer = (cell: HtmlElement) => string;

/**
 * The rows of a table (its own, not those of nested tables), in order.
 * @param table A `table` element.
 * @returns Its `tr` elements.
 */
export function tableRows(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = [];
  for (const child of childElements(table)) {
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const row of childElements(child)) if (row.name === 'tr') rows.push(row);
    }
  }
  return rows;
}

/**
 * The cells of a row.
 * @param row A `tr` element.
 * @returns Its `td` and `th` elements.
 */
export function rowCells(row: HtmlElement): HtmlElement[] {
  return childElements(row).filter((cell) => cell.name === 'td' || cell.name === 'th');
}

/**
 * Whether a table is page layout rather than data: it holds another table, or has a single cell.
 * @param table A `table` element.
 * @returns True for a layout table, whose cells are read as ordinary blocks.
 */
export function isLayoutTable(table: HtmlElement): boolean {
  const rows = tableRows(table);
  const cells = rows.flatMap(rowCells);
  if (cells.length <= 1) return true;
  return cells.some((cell) => DomUtils.findOne((element) => element.name === 'table', cell.children, true) !== null);
}

/**
 * Lays a table out on a grid: a cell spanning n columns or rows fills the covered slots with ''.
 * @param table A data `table` element.
 * @param render Renders a cell's content to one line of text.
 * @returns Rows of equal width.
 */
export function tableGrid(table: HtmlElement, render: CellRenderer): string[][] {
  const grid: string[][] = [];
  tableRows(table).forEach((row, r) => {
    const line = (grid[r] ??= []);
    let c = 0;
    for (const cell of rowCells(row)) {
      while (line[c] !== undefined) c++;
      const rowspan = spanOf(cell, 'rowspan');
      const colspan = spanOf(cell, 'colspan');
      const text = render(cell);
      for (let dr = 0; dr < rowspan; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colspan; dc++) target[c + dc] = dr === 0 && dc === 0 ? text : '';
      }
      c += colspan;
    }
  });
  const rowCount = tableRows(table).length;
  grid.length = Math.min(grid.length, rowCount);
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, i) => line[i] ?? ''));
}
