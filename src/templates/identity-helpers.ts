/** Small constructors that keep the identity lists of the catalogues readable. */
import type { Identity } from './types.js';

/**
 * A total equals the sum of the parts that partition it.
 * @param total Key of the total.
 * @param parts Keys of the parts.
 * @param description The identity as people read it.
 * @param id Identity id when the total has more than one partition (default: the total's key).
 * @returns The identity.
 */
export function sumOf(total: string, parts: string[], description: string, id = total): Identity {
  return { id, code: 'validate-sum-mismatch', lhs: [total], rhs: parts, relation: '=', description };
}

/**
 * A heading row's printed value equals its headline child (2008–2018 统计表: 一、主动公开情况 = (一)主动公开政府信息数).
 * @param heading Key of the heading row.
 * @param headline Key of the child it repeats.
 * @param description The identity as people read it.
 * @returns The identity.
 */
export function headingEquals(heading: string, headline: string, description: string): Identity {
  return {
    id: `${heading}=${headline}`,
    code: 'validate-heading-value-mismatch',
    lhs: [heading],
    rhs: [headline],
    relation: '=',
    description,
  };
}

/**
 * An "of which" (其中) row cannot exceed its whole.
 * @param part Key of the 其中 row.
 * @param whole Key of the row above it.
 * @param description The identity as people read it.
 * @returns The identity.
 */
export function partOf(part: string, whole: string, description: string): Identity {
  return {
    id: `${part}<=${whole}`,
    code: 'validate-part-exceeds-whole',
    lhs: [part],
    rhs: [whole],
    relation: '<=',
    description,
  };
}

/**
 * Two sums balance (一 + 二 = 三(七) + 四).
 * @param id Identity id.
 * @param lhs Keys of the left side.
 * @param rhs Keys of the right side.
 * @param description The identity as people read it.
 * @returns The identity.
 */
export function balance(id: string, lhs: string[], rhs: string[], description: string): Identity {
  return { id, code: 'validate-balance-mismatch', lhs, rhs, relation: '=', description };
}

/**
 * Copies an identity once per column: every `{c}` in its keys, id and description becomes the column key.
 * @param columns Column keys.
 * @param make Builds the identity for the placeholder column `{c}`.
 * @returns One identity per column.
 */
export function perColumn(columns: readonly string[], make: () => Identity): Identity[] {
  const template = make();
  const fill = (s: string, c: string): string => s.replaceAll('{c}', c);
  return columns.map((c) => ({
    ...template,
    id: fill(template.id, c),
    lhs: template.lhs.map((k) => fill(k, c)),
    rhs: template.rhs.map((k) => fill(k, c)),
    description: fill(template.description, c),
  }));
}
