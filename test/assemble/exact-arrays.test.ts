/**
 * Arrays of the Report made at their length and filled by index (row values and printed cells, header cells, section
 * paragraphs; docs/performance.md) hold no hole: every place is filled, as when they were pushed onto.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';
import type { Section } from '../../src/types.js';

const dir = new URL('../../samples/', import.meta.url);
const samples = readdirSync(dir).filter((name) => name.endsWith('.txt'));

/** Whether every index of the array holds an element. */
function filled(array: readonly unknown[]): boolean {
  for (let i = 0; i < array.length; i++) if (!(i in array)) return false;
  return true;
}

describe('arrays made at their length', () => {
  it.each(samples)('are filled in every place: %s', (name) => {
    const report = parseReportText(readFileSync(new URL(name, dir), 'utf8'));
    const arrays: unknown[][] = [];
    const walk = (sections: Section[]): void => {
      for (const section of sections) {
        arrays.push(section.paragraphs);
        walk(section.children);
      }
    };
    walk(report.sections);
    for (const table of report.tables) {
      arrays.push(table.headers, ...table.headers);
      for (const row of table.rows) arrays.push(row.values, row.cells);
    }
    expect(arrays.length).toBeGreaterThan(0);
    expect(arrays.filter((array) => !filled(array))).toEqual([]);
    // Values are read into every value column: a row has as many values as the table has columns, or none.
    for (const table of report.tables)
      for (const row of table.rows) expect([0, table.columns.length]).toContain(row.values.length);
  });
});
