import { describe, expect, it } from 'vitest';
import { catalogues, listIndicators } from '../../src/templates/catalogue.js';
import { crosswalk, crosswalkKeys } from '../../src/templates/crosswalk.js';
import { normaliseLabel } from '../../src/templates/normalise-label.js';

describe('template catalogues', () => {
  for (const catalogue of catalogues) {
    const rows = catalogue.groups.flatMap((g) => g.rows);
    const indicatorKeys = new Set(listIndicators(catalogue).map((i) => i.key));

    it(`${catalogue.id}: should give every row a unique key`, () => {
      const keys = rows.map((r) => r.key);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    });

    it(`${catalogue.id}: should name only rows of the same form as parents`, () => {
      const keys = new Set(rows.map((r) => r.key));
      expect(rows.filter((r) => r.parent !== null && !keys.has(r.parent)).map((r) => r.key)).toEqual([]);
    });

    it(`${catalogue.id}: should tell rows with the same label apart by their parent`, () => {
      const seen = new Map<string, string>();
      const clashes: string[] = [];
      for (const r of rows) {
        for (const label of r.labels.map(normaliseLabel)) {
          const id = `${label}|${r.parent ?? ''}`;
          const other = seen.get(id);
          if (other !== undefined && other !== r.key) clashes.push(`${other} / ${r.key}: ${label}`);
          seen.set(id, r.key);
        }
      }
      expect(clashes).toEqual([]);
    });

    it(`${catalogue.id}: should check identities over keys the form defines`, () => {
      const unknown = catalogue.identities.flatMap((i) => [...i.lhs, ...i.rhs]).filter((k) => !indicatorKeys.has(k));
      expect(unknown).toEqual([]);
      const ids = catalogue.identities.map((i) => i.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });

    it(`${catalogue.id}: should name only keys of the form in the crosswalk`, () => {
      const missing: string[] = [];
      for (const entry of crosswalk) {
        for (const key of crosswalkKeys(entry[catalogue.id])) {
          const pattern = key.includes('*')
            ? new RegExp(`^${key.replaceAll('.', '\\.').replace('*', '[^.]+')}$`)
            : null;
          const found = pattern ? [...indicatorKeys].some((k) => pattern.test(k)) : indicatorKeys.has(key);
          if (!found) missing.push(`${entry.concept}: ${key}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }

  it('should keep the 2008–2018 form row list of the national table (84 rows in the 衢州 2018 report)', () => {
    const legacy = catalogues.find((c) => c.id === 'legacy-2008')!;
    const national = legacy.groups[0]!.rows.filter((r) => r.note === undefined);
    expect(national).toHaveLength(84);
    expect(national.filter((r) => r.key.startsWith('apply.types.'))).toHaveLength(18);
  });

  it('should give the 2021 form (六)其他处理 three numbered rows and the 2019 form none', () => {
    const keys = (id: string): string[] =>
      catalogues
        .find((c) => c.id === id)!
        .groups.flatMap((g) => g.rows)
        .map((r) => r.key);
    expect(keys('gov-2021').filter((k) => k.startsWith('apply.outcome.other.'))).toEqual([
      'apply.outcome.other.noCorrection',
      'apply.outcome.other.unpaid',
      'apply.outcome.other.misc',
    ]);
    expect(keys('gov-2019').filter((k) => k.startsWith('apply.outcome.other.'))).toEqual([]);
  });

  it('should expand the matrices row by column', () => {
    const keys = new Set(listIndicators(catalogues.find((c) => c.id === 'gov-2021')!).map((i) => i.key));
    for (const key of [
      'apply.new.naturalPerson',
      'apply.new.total',
      'apply.outcome.open.commercial',
      'apply.outcome.refused.stateSecret.total',
      'review.corrected',
      'litigation.direct.total',
      'active.fees.amount',
    ]) {
      expect(keys.has(key), key).toBe(true);
    }
  });
});
