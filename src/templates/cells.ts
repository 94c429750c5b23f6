/** Where each indicator of a report sits: table, row, column, value and position. */
import type { Position, Report, Row, Table } from '../types.js';
import { getCatalogue } from './catalogue.js';
import { listValueColumn, mapColumns } from './columns.js';
import { type EntryRef, type LabelIndex, labelIndex } from './labels.js';
import type { ColumnEntry, TableGroup } from './types.js';

function cellOf(key: string, row: Row, table: number, r: number, column: number): IndicatorCell {
  const cell: IndicatorCell = { key, value: row.values[column] ?? null, table, row: r, column, position: row.position };
  if (row.page !== undefined) cell.page = row.page;
  return cell;
}

/** One indicator value as printed. */
export interface IndicatorCell {
  key: string;
  value: number | null;
  table: number;
  row: number;
  /** Index into `Row.values`. */
  column: number;
  position: Position;
  /** Page of the row in the source document, when known. */
  page?: number;
}

/**
 * Reads the indicator cells of a report whose rows carry keys (after `applyTemplate`). Pure: nothing is changed.
 * @param report The report.
 * @returns The cells in table order; a key may occur more than once when rows repeat.
 */
export function indicatorCells(report: Report): IndicatorCell[] {
  const catalogue = getCatalogue(report.template);
  if (!catalogue) return [];
  const index = labelIndex(catalogue);
  const cells: IndicatorCell[] = [];
  const tables = report.tables;
  for (let t = 0; t < tables.length; t++) tableCells(tables[t]!, t, index, cells);
  return cells;
}

/**
 * Adds the indicator cells of one table to `cells`.
 * @param table The table (rows with keys).
 * @param t Its index in `Report.tables`.
 * @param index The label index of the report's catalogue.
 * @param cells The cells so far.
 * @param columnMaps `mapColumns(table, group)` by group, when the caller has some already.
 * @param matched `index.byKey.get(row.key)` per row (null for a row without key), when the caller has them already.
 */
export function tableCells(
  table: Table,
  t: number,
  index: LabelIndex,
  cells: IndicatorCell[],
  columnMaps?: ReadonlyMap<TableGroup, readonly (ColumnEntry | null)[]>,
  matched?: readonly (EntryRef | null)[],
): void {
  let listColumn: number | undefined;
  // Per grid group of the table: the group's column index of each table column (-1 = none).
  let lastGroup: TableGroup | undefined;
  let lastColumns: Int16Array | undefined;
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.key === null) continue;
    const ref = matched ? matched[r] : index.byKey.get(row.key);
    if (!ref) continue;
    const { entry, group } = ref;
    if (group.kind === 'list') {
      listColumn ??= listValueColumn(table);
      if (listColumn < 0) continue;
      cells.push(cellOf(entry.key, row, t, r, listColumn));
      continue;
    }
    if (entry.heading) continue;
    if (group !== lastGroup) {
      lastGroup = group;
      lastColumns = columnIndices(group, columnMaps?.get(group) ?? mapColumns(table, group));
    }
    const columns = lastColumns!;
    const keys = ref.columnKeys;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      if (column >= 0) cells.push(cellOf(keys[column]!, row, t, r, c));
    }
  }
}

/** Mapped columns (`mapColumns`, cached and frozen) → the group's column index of each (-1 = none). */
const indices = new WeakMap<readonly (ColumnEntry | null)[], Int16Array>();

function columnIndices(group: TableGroup, mapped: readonly (ColumnEntry | null)[]): Int16Array {
  let list = indices.get(mapped);
  if (!list) {
    const entries = group.columns ?? [];
    list = Int16Array.from(mapped, (column) => (column ? entries.indexOf(column) : -1));
    indices.set(mapped, list);
  }
  return list;
}
