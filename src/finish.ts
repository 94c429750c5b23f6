/** The last stage of parsing: template detection, indicator keys, validation. */
import { append } from './arrays.js';
import { applyTemplateWithCells } from './templates/index.js';
import type { Report } from './types.js';
import { validateReport } from './validate/index.js';

/**
 * @param report A built Report.
 * @returns The same Report with template, keys, indicators and validation diagnostics.
 */
export function finishReport(report: Report): Report {
  // The indicator cells found while applying the template are the ones validation checks: compute them once.
  const { diagnostics, cells } = applyTemplateWithCells(report);
  append(report.diagnostics, diagnostics);
  append(report.diagnostics, validateReport(report, cells));
  return report;
}
