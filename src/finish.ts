/** The last stage of parsing: template detection, indicator keys, validation. */
import { applyTemplate } from './templates/index.js';
import type { Report } from './types.js';
import { validateReport } from './validate/index.js';

/**
 * @param report A built Report.
 * @returns The same Report with template, keys, indicators and validation diagnostics.
 */
export function finishReport(report: Report): Report {
  report.diagnostics.push(...applyTemplate(report));
  report.diagnostics.push(...validateReport(report));
  return report;
}
