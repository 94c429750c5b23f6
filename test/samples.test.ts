/**
 * Every file in samples/ is parsed and compared with its golden Report in
 * test/golden/<name>.report.json. `UPDATE=1 npx vitest run test/samples.test.ts`
 * rewrites them on purpose; a missing golden file fails (it is never created silently).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../src/index.js';

const samples = new URL('../samples/', import.meta.url);
const golden = new URL('./golden/', import.meta.url);
const update = 'UPDATE' in process.env;

describe('samples', () => {
  const files = readdirSync(samples)
    .filter((name) => name.endsWith('.txt'))
    .sort();

  it('should include the reference sample and at least eight more', () => {
    expect(files).toContain('quzhou-safety-2018.txt');
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  for (const name of files) {
    it(`should parse ${name} into its golden Report`, () => {
      const text = readFileSync(new URL(name, samples), 'utf8');
      const report = parseReportText(text, { fileName: name });
      const goldenFile = new URL(name.replace(/\.txt$/, '.report.json'), golden);
      const actual = JSON.parse(JSON.stringify(report));
      if (update) writeFileSync(goldenFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(
        existsSync(goldenFile),
        `missing golden file for ${name}: run UPDATE=1 npx vitest run test/samples.test.ts`,
      ).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(goldenFile, 'utf8')));
      expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });
  }
});
