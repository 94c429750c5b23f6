/** The registry of template catalogues and the indicator keys they define. */
import type { TemplateId } from '../types.js';
import { cataloguesOf, forms } from '../forms/index.js';
import type { ColumnEntry, RowEntry, TableGroup, TemplateCatalogue } from './types.js';

/** Every catalogue, oldest first: those of the form data files (src/forms/). */
export const catalogues: readonly TemplateCatalogue[] = cataloguesOf(forms);

/**
 * @param id A template id.
 * @returns Its catalogue, or undefined for 'unknown'.
 */
export function getCatalogue(id: TemplateId): TemplateCatalogue | undefined {
  return catalogues.find((c) => c.id === id);
}

/**
 * The indicator key of a row, or of a row × column of a grid.
 * @param row The row entry.
 * @param column The column entry (grids only).
 * @returns The dotted key.
 */
export function indicatorKey(row: RowEntry, column?: ColumnEntry): string {
  if (!column) return row.key;
  // The same few hundred keys for every report: build each string once, so that maps and objects keyed by it
  // hash an already internalised string instead of a fresh one per cell.
  let byColumn = keyCache.get(row);
  if (!byColumn) {
    byColumn = new Map();
    keyCache.set(row, byColumn);
  }
  let key = byColumn.get(column);
  if (key === undefined) {
    const prefix = row.indicatorPrefix ?? row.key;
    key = prefix === '' ? column.key : `${prefix}.${column.key}`;
    byColumn.set(column, key);
  }
  return key;
}

const keyCache = new WeakMap<RowEntry, Map<ColumnEntry, string>>();

/** One indicator a catalogue defines. */
export interface IndicatorInfo {
  key: string;
  /** National label (row label, plus ' / ' + column label for grids). */
  label: string;
  unit: string | null;
  /** Key of the parent row, or of the row a grid cell belongs to. */
  parent: string | null;
  group: TableGroup;
}

/**
 * Lists every indicator key a catalogue can fill (grids expanded to row × column; heading rows of grids carry no values).
 * @param catalogue The catalogue.
 * @returns The indicators in form order.
 */
export function listIndicators(catalogue: TemplateCatalogue): IndicatorInfo[] {
  const out: IndicatorInfo[] = [];
  for (const group of catalogue.groups) {
    for (const row of group.rows) {
      if (group.kind === 'list') {
        out.push({ key: row.key, label: row.labels[0] ?? '', unit: row.unit, parent: row.parent, group });
        continue;
      }
      if (row.heading) continue;
      for (const column of group.columns ?? []) {
        const unit = column.unit === undefined ? row.unit : column.unit;
        const rowLabel = row.indicatorPrefix === '' ? (column.under?.[0] ?? '') : (row.labels[0] ?? '');
        out.push({
          key: indicatorKey(row, column),
          label: `${rowLabel} / ${column.labels[0] ?? ''}`,
          unit,
          parent: row.indicatorPrefix === '' ? null : row.key,
          group,
        });
      }
    }
  }
  return out;
}
