/**
 * The first indicator cell of each key, shared by the checks that run over the same cells. Keys are numbered per
 * template (every indicator of its catalogue, and every key a check looks up), so that the checks read an array
 * instead of hashing strings, and the index of a report is one array.
 */
import { getCatalogue, listIndicators } from '../templates/catalogue.js';
import type { IndicatorCell } from '../templates/cells.js';
import type { TemplateId } from '../types.js';

/** Key → number, per template. */
const idsByTemplate = new Map<TemplateId, Map<string, number>>();

/**
 * @param template A template id.
 * @returns Its key numbers: the catalogue's indicators first, then the keys the checks registered.
 */
function idsOf(template: TemplateId): Map<string, number> {
  let ids = idsByTemplate.get(template);
  if (!ids) {
    ids = new Map();
    const catalogue = getCatalogue(template);
    if (catalogue) {
      for (const { key } of listIndicators(catalogue)) if (!ids.has(key)) ids.set(key, ids.size);
      for (const identity of catalogue.identities)
        for (const key of [...identity.lhs, ...identity.rhs]) if (!ids.has(key)) ids.set(key, ids.size);
    }
    idsByTemplate.set(template, ids);
  }
  return ids;
}

/**
 * The number of a key a check looks up (numbered now when the catalogue has no indicator of that name).
 * @param template A template id.
 * @param key An indicator key.
 * @returns Its number.
 */
export function keyId(template: TemplateId, key: string): number {
  const ids = idsOf(template);
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}

/** The first cell of each key of a report, by key number. */
export interface CellsByKey {
  /** Key number → the first cell with that key. */
  readonly first: readonly (IndicatorCell | undefined)[];
}

/**
 * @param template The report's template (the keys are numbered per template).
 * @param cells Indicator cells, in table order.
 * @returns Key number → the first cell with that key. A cell whose key has no number is left out: no check looks it up.
 */
export function cellsByKey(template: TemplateId, cells: readonly IndicatorCell[]): CellsByKey {
  const ids = idsOf(template);
  const first: (IndicatorCell | undefined)[] = new Array(ids.size).fill(undefined);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const id = ids.get(cell.key);
    if (id !== undefined && first[id] === undefined) first[id] = cell;
  }
  return { first };
}
