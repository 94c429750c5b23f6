/** A row of a section 二 clause table of the 2019 and 2021 forms (src/forms/trial-2019.ts, national-2021.ts). */
import type { RowEntry } from '../templates/types.js';

/**
 * @param key The row's key (`active.regulations`).
 * @param labels Its label as printed, then variants.
 * @param unit Its unit (件 unless the form prints another).
 * @returns A top-level row.
 */
export const clauseRow = (key: string, labels: string[], unit: string | null = '件'): RowEntry => ({
  key,
  labels,
  unit,
  parent: null,
});
