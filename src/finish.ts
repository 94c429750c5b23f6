/** The last stage of parsing: template detection, indicator keys, validation. */
import { append } from './arrays.js';
import { applyTemplate } from './templates/index.js';
import type { Report } from './types.js';
import { validateReport } from './validate/index.js';

/**
 * @param report A built Report.
 * @returns The same Report with template, keys, indicators and validation diagnostics.
 */
export function finishReport(report: Report): Report {
  append(report.diagnostics, applyTemplate(report));
  append(report.diagnostics, validateReport(report));
  return report;
}
