/** Where each indicator of a report sits: table, row, column, value and position. */
import type { Position, Report, Row } from '../types.js';
import { getCatalogue, indicatorKey } from './catalogue.js';
import { listValueColumn, mapColumns } from './columns.js';
import { labelIndex } from './labels.js';

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
  report.tables.forEach((table, t) => {
    const columnMaps = new Map<string, ReturnType<typeof mapColumns>>();
    let listColumn: number | undefined;
    table.rows.forEach((row, r) => {
      if (row.key === null) return;
      const ref = index.byKey.get(row.key);
      if (!ref) return;
      const { entry, group } = ref;
      if (group.kind === 'list') {
        listColumn ??= listValueColumn(table);
        if (listColumn < 0) return;
        cells.push(cellOf(entry.key, row, t, r, listColumn));
        return;
      }
      if (entry.heading) return;
      let columns = columnMaps.get(group.id);
      if (!columns) {
        columns = mapColumns(table, group);
        columnMaps.set(group.id, columns);
      }
      columns.forEach((column, c) => {
        if (column) cells.push(cellOf(indicatorKey(entry, column), row, t, r, c));
      });
    });
  });
  return cells;
}
