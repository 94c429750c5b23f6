import { describe, expect, it } from 'vitest';
import { catalogues, listIndicators } from '../../src/templates/catalogue.js';
import { applyTemplate } from '../../src/templates/index.js';
import type { Identity, TemplateCatalogue } from '../../src/templates/types.js';
import type { Diagnostic } from '../../src/types.js';
import { validateReport } from '../../src/validate/index.js';
import { formReport } from '../templates/helpers/build-report.js';

/** Keys a whole form prints (older-form rows are left out of `formReport`). */
function printedKeys(catalogue: TemplateCatalogue): Set<string> {
  const older = new Set(catalogue.groups.flatMap((g) => g.rows.filter((r) => r.note !== undefined).map((r) => r.key)));
  return new Set(
    listIndicators(catalogue)
      .filter((i) => !older.has(i.key))
      .map((i) => i.key),
  );
}

/** Values that satisfy the identity (parts 1, 2, 3 …; the other side adds up to the same). */
function satisfying(identity: Identity, printed: Set<string>): Record<string, number> {
  const values: Record<string, number> = {};
  const rhs = identity.rhs.filter((k) => printed.has(k));
  rhs.forEach((k, i) => (values[k] = i + 1));
  const total = rhs.reduce((sum, k) => sum + values[k]!, 0);
  const lhs = identity.lhs.filter((k) => printed.has(k));
  if (identity.relation === '<=') values[lhs[0]!] = total;
  else {
    lhs.forEach((k) => (values[k] = 1));
    values[lhs[0]!] = total - (lhs.length - 1);
  }
  return values;
}

const about = (identity: Identity) => (d: Diagnostic) =>
  typeof d.note === 'string' && d.note.startsWith(`${identity.id}:`);

for (const catalogue of catalogues) {
  describe(`${catalogue.id} identities`, () => {
    const printed = printedKeys(catalogue);
    for (const identity of catalogue.identities) {
      it(`${identity.id} (${identity.code}) should hold on consistent values and fire when broken`, () => {
        const values = satisfying(identity, printed);
        const good = formReport(catalogue, values);
        applyTemplate(good);
        expect(validateReport(good).filter(about(identity))).toEqual([]);

        const lhsKey = identity.lhs.find((k) => printed.has(k))!;
        const broken = formReport(catalogue, { ...values, [lhsKey]: values[lhsKey]! + 5 });
        applyTemplate(broken);
        const fired = validateReport(broken).filter(about(identity));
        expect(fired).toHaveLength(1);
        const rows = broken.tables.flatMap((t) => t.rows);
        const owners = rows.filter((r) => r.key !== null && (lhsKey === r.key || lhsKey.startsWith(`${r.key}.`)));
        const lhsRow =
          owners.sort((a, b) => b.key!.length - a.key!.length)[0] ?? rows.find((r) => r.key === 'reviewLitigation');
        expect(fired[0]).toMatchObject({
          code: identity.code,
          severity: 'warning',
          origin: 'validate',
          position: lhsRow!.position,
        });
        if (identity.relation === '=') {
          const expected = identity.rhs.filter((k) => printed.has(k)).reduce((sum, k) => sum + values[k]!, 0);
          expect(fired[0]!.expected).toBe(expected);
          expect(fired[0]!.actual).toBe(expected + 5);
        }
      });
    }
  });
}
