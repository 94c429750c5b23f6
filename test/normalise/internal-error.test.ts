/**
 * An exception inside table rebuilding (a bug) never loses the text: the text goes on as it came, and
 * the report says so with `normalise-internal-error`, distinct from `normalise-rows-unreadable`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/normalise/tables/wrapped-rows.js', () => ({
  rejoinsAny: () => true,
  rejoinRows: () => {
    throw new Error('boom in rejoinRows');
  },
}));

const { rebuildTables } = await import('../../src/normalise/tables/index.js');
const { parseReportText } = await import('../../src/pipeline/index.js');

describe('table rebuilding that fails inside', () => {
  const sample = readFileSync(new URL('../../samples/quzhou-safety-2018.txt', import.meta.url), 'utf8');

  it('should keep the text and report normalise-internal-error with the exception in the note', () => {
    const result = rebuildTables(sample);
    const failure = result.diagnostics.find((d) => d.code === 'normalise-internal-error');
    expect(failure?.severity).toBe('warning');
    expect(failure?.note).toContain('boom in rejoinRows');
    expect(result.text).toBe(sample);
  });

  it('should still give a Report with the tables read from the pipe rows', () => {
    const report = parseReportText(sample);
    expect(report.diagnostics.map((d) => d.code)).toContain('normalise-internal-error');
    expect(report.diagnostics.map((d) => d.code)).not.toContain('normalise-rows-unreadable');
    expect(report.tables.length).toBeGreaterThan(0);
  });
});
