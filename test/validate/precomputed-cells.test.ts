import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/templates/catalogue.js';
import { applyTemplate, applyTemplateWithCells, indicatorCells } from '../../src/templates/index.js';
import { validateReport } from '../../src/validate/index.js';
import { parseReportText } from '../../src/pipeline/index.js';
import { formReport } from '../templates/helpers/build-report.js';

const byId = (id: string) => catalogues.find((c) => c.id === id)!;

describe('validation with the cells applyTemplateWithCells returns', () => {
  it('should give the same diagnostics as validateReport reading the cells itself', () => {
    for (const name of [
      'quzhou-safety-2018.txt',
      'taizhou-natural-resources-2019-gov2019.txt',
      'laiyang-market-regulation-2022-gov2021.txt',
    ]) {
      const text = readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8');
      const report = parseReportText(text);
      const { diagnostics, cells } = applyTemplateWithCells(report);
      expect(cells).toEqual(indicatorCells(report));
      expect(diagnostics).toEqual(applyTemplate(report));
      expect(validateReport(report, cells)).toEqual(validateReport(report));
    }
  });

  it('should report a broken sum from the given cells', () => {
    const r = formReport(byId('legacy-2008'), {
      'apply.received': 5,
      'apply.received.inPerson': 1,
      'apply.received.online': 1,
    });
    const { cells } = applyTemplateWithCells(r);
    const found = validateReport(r, cells).filter((d) => d.code === 'validate-sum-mismatch');
    expect(found.map((d) => [d.actual, d.expected])).toEqual([[5, 2]]);
  });
});
