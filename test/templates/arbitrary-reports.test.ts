import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/templates/catalogue.js';
import { applyTemplate } from '../../src/templates/index.js';
import { validateReport } from '../../src/validate/index.js';
import { paragraph, report, row, section, table } from './helpers/build-report.js';

const labels = [
  ...new Set(
    catalogues.flatMap((c) =>
      c.groups.flatMap((g) => [...g.rows.flatMap((r) => r.labels), ...(g.columns ?? []).flatMap((col) => col.labels)]),
    ),
  ),
];
const text = fc.oneof(
  fc.constantFrom(...labels, '', '——', '其中:', '三、本年度办理结果', '第二十条第(一)项', '统 计 指 标'),
  fc.string({ maxLength: 12 }),
);
const value = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 2000 }),
  fc.double({ min: -1, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);

const arbitraryTable = fc
  .record({
    columns: fc.array(text, { maxLength: 16 }),
    rows: fc.array(
      fc.record({
        label: text,
        unit: fc.option(fc.constantFrom('条', '件', '——', '万元', '%')),
        values: fc.array(value, { maxLength: 16 }),
        parent: fc.option(fc.integer({ min: -2, max: 40 })),
        extra: fc.array(text, { maxLength: 3 }),
      }),
      { maxLength: 40 },
    ),
    clause: fc.option(text),
  })
  .map(({ columns, rows, clause }) =>
    table(
      columns,
      rows.map((r) =>
        row({
          label: r.label,
          unit: r.unit,
          values: r.values,
          parent: r.parent,
          cells: [...r.extra, r.label, ...r.values.map((v) => String(v ?? ''))],
        }),
      ),
      { clause },
    ),
  );

describe('arbitrary reports', () => {
  it('should never throw, whatever the tables hold, and validation should never fail internally', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryTable, { maxLength: 4 }),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 4 }),
        fc.option(fc.integer({ min: 2000, max: 2030 })),
        (tables, texts, year) => {
          const r = report(tables, [section('总体情况', texts.map(paragraph))], { year });
          applyTemplate(r);
          const diagnostics = validateReport(r);
          expect(diagnostics.filter((d) => d.code === 'validate-internal-error')).toEqual([]);
          expect(Object.values(r.indicators).filter((v) => v !== null && typeof v !== 'number')).toEqual([]);
          expect(
            r.tables.flatMap((t) => t.rows.map((x) => x.key)).filter((k) => k !== null && typeof k !== 'string'),
          ).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
