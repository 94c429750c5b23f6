/** Row labels of the national forms (src/templates/catalogue.ts), as evidence that a text is a table row. */
import { catalogues } from '../../templates/catalogue.js';
import { labelIndex, type LabelIndex } from '../../templates/labels.js';
import { labelCore, normaliseLabel } from '../../templates/normalise-label.js';

let indexes: LabelIndex[] | null = null;

/**
 * @param label A label as printed, marker included.
 * @returns Whether it is, exactly or but for 数/数量 and 情况, a row label of some national form.
 */
export function isFormLabel(label: string): boolean {
  indexes ??= catalogues.map(labelIndex);
  const normalised = normaliseLabel(label);
  if (normalised === '') return false;
  const core = labelCore(normalised);
  return indexes.some((index) => index.exact.has(normalised) || index.core.has(core));
}
