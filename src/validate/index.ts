/**
 * Validation: the report checked against its form (arithmetic identities), against itself (narrative
 * figures vs table values) and against common sense (sanity). Diagnostics only: values stay as printed.
 */
import { createDiagnostic } from '../diagnostic.js';
import { indicatorCells, type IndicatorCell } from '../templates/cells.js';
import type { Diagnostic, Report } from '../types.js';
import { append } from '../arrays.js';
import { checkArithmetic } from './arithmetic.js';
import { cellsByKey } from './by-key.js';
import { checkNarrative } from './narrative.js';
import { checkSanity } from './sanity.js';

/**
 * Validates a report. Never changes it and never throws: an internal failure becomes one error diagnostic.
 * @param report A report, normally after `applyTemplate` (without keys only the sanity checks apply).
 * @param cells `indicatorCells(report)` when the caller has them already (`applyTemplateWithCells`, nothing changed since).
 * @returns Warnings for broken identities, narrative mismatches and implausible values.
 */
export function validateReport(report: Report, cells?: IndicatorCell[]): Diagnostic[] {
  try {
    cells ??= indicatorCells(report);
    const index = cellsByKey(report.template, cells);
    const out = checkArithmetic(report, cells, index);
    append(out, checkNarrative(report, cells, index));
    append(out, checkSanity(report, cells));
    return out;
  } catch (error) {
    return [
      createDiagnostic(
        'validate-internal-error',
        'error',
        'Validation stopped on an internal error; the report is unchecked.',
        {
          note: error instanceof Error ? error.message : String(error),
          origin: 'validate',
        },
      ),
    ];
  }
}
