/** The first indicator cell of each key, shared by the checks that run over the same cells. */
import type { IndicatorCell } from '../templates/cells.js';

const maps = new WeakMap<readonly IndicatorCell[], { length: number; byKey: ReadonlyMap<string, IndicatorCell> }>();

/**
 * @param cells Indicator cells, in table order (the map is kept per array, and rebuilt when its length changes).
 * @returns Key → the first cell with that key.
 */
export function firstCellByKey(cells: readonly IndicatorCell[]): ReadonlyMap<string, IndicatorCell> {
  const cached = maps.get(cells);
  if (cached && cached.length === cells.length) return cached.byKey;
  const byKey = new Map<string, IndicatorCell>();
  for (const cell of cells) if (!byKey.has(cell.key)) byKey.set(cell.key, cell);
  maps.set(cells, { length: cells.length, byKey });
  return byKey;
}
