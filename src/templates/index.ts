/**
 * Templates: detection of the national form, canonical row keys and `Report.indicators`.
 * The catalogues (legacy-2008.ts, gov-2019.ts, gov-2021.ts) are data; this module only applies them.
 */
import { createDiagnostic } from '../diagnostic.js';
import type { Diagnostic, Report } from '../types.js';
import { getCatalogue } from './catalogue.js';
import { indicatorCells, type IndicatorCell } from './cells.js';
import { mapColumns } from './columns.js';
import { detectTemplate } from './detect.js';
import { labelIndex } from './labels.js';
import { matchTableRows } from './match-rows.js';
import type { TableGroup } from './types.js';

export { detectTemplate } from './detect.js';
export { indicatorCells, type IndicatorCell } from './cells.js';
export { catalogues, getCatalogue, listIndicators, type IndicatorInfo } from './catalogue.js';

const templateNames = {
  'legacy-2008': 'the 2008–2018 statistics table',
  'gov-2019': 'the 2019 form',
  'gov-2021': 'the 2021 form',
} as const;

/**
 * Detects the template, sets `report.template`, each `Row.key` and `report.indicators` (key → value;
 * the first row wins when a key repeats). Changes the report in place.
 * @param report A built report.
 * @returns Info diagnostics: unknown template, rows and columns that match nothing in the form.
 */
export function applyTemplate(report: Report): Diagnostic[] {
  return applyTemplateWithCells(report).diagnostics;
}

/**
 * `applyTemplate`, also returning the indicator cells it read, so that `validateReport(report, cells)` right
 * after it does not read them again (`finishReport`).
 * @param report A built report (changed in place, as by `applyTemplate`).
 * @returns The diagnostics of `applyTemplate` and `indicatorCells(report)` as they stand after it.
 */
export function applyTemplateWithCells(report: Report): { diagnostics: Diagnostic[]; cells: IndicatorCell[] } {
  const diagnostics: Diagnostic[] = [];
  report.template = detectTemplate(report);
  report.indicators = {};
  const catalogue = getCatalogue(report.template);
  if (!catalogue) {
    for (const table of report.tables) for (const row of table.rows) row.key = null;
    if (report.tables.some((t) => t.rows.length > 0)) {
      diagnostics.push(
        createDiagnostic('template-unknown', 'info', 'The tables follow none of the national forms; no indicator keys were assigned.', {
          position: report.tables[0]!.position,
          origin: 'validate',
        }),
      );
    }
    return { diagnostics, cells: [] };
  }
  const index = labelIndex(catalogue);
  const formName = templateNames[catalogue.id];
  for (const table of report.tables) {
    const keys = matchTableRows(table, catalogue, index);
    table.rows.forEach((row, r) => {
      row.key = keys[r] ?? null;
      if (row.key === null && (row.label.trim() !== '' || row.values.some((v) => v !== null))) {
        diagnostics.push(
          createDiagnostic('row-unmatched', 'info', `Row "${row.label || row.cells.join(' | ')}" matches no row of ${formName}; its key stays null.`, {
            position: row.position,
            origin: 'validate',
          }),
        );
      }
    });
    const groups = new Set<TableGroup>();
    for (const row of table.rows) {
      const group = row.key ? index.byKey.get(row.key)?.group : undefined;
      if (group) groups.add(group);
    }
    for (const group of groups) {
      if (group.kind !== 'grid') continue;
      mapColumns(table, group).forEach((column, c) => {
        if (column || !table.rows.some((row) => row.key !== null && row.values[c] !== null && row.values[c] !== undefined)) return;
        diagnostics.push(
          createDiagnostic('column-unmatched', 'info', `Column "${table.columns[c] ?? ''}" matches no column of ${formName}; its values fill no indicator.`, {
            position: table.position,
            origin: 'validate',
          }),
        );
      });
    }
  }
  const cells = indicatorCells(report);
  // Object.hasOwn, not `in`: the same answer for catalogue keys (none is an Object.prototype name), and cheaper
  // on an object of a few hundred keys.
  const indicators = report.indicators;
  for (const cell of cells) {
    if (!Object.hasOwn(indicators, cell.key)) indicators[cell.key] = cell.value;
  }
  return { diagnostics, cells };
}
