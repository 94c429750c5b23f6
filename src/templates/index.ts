/**
 * Templates: detection of the national form, canonical row keys and `Report.indicators`.
 * The catalogues are data, one form a file in src/forms/; this module only applies them.
 */
import { createDiagnostic } from '../diagnostic.js';
import type { Diagnostic, Report } from '../types.js';
import { getCatalogue } from './catalogue.js';
import { type IndicatorCell, tableCells } from './cells.js';
import { mapColumns } from './columns.js';
import { detectTemplate } from './detect.js';
import { labelIndex } from './labels.js';
import { matchTableRows } from './match-rows.js';
import type { ColumnEntry, TableGroup } from './types.js';

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
 * after it does not read them again (`runPipeline`).
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
        createDiagnostic(
          'template-unknown',
          'info',
          'The tables follow none of the national forms; no indicator keys were assigned.',
          {
            position: report.tables[0]!.position,
            origin: 'template',
          },
        ),
      );
    }
    return { diagnostics, cells: [] };
  }
  const index = labelIndex(catalogue);
  const formName = templateNames[catalogue.id];
  const cells: IndicatorCell[] = [];
  const tables = report.tables;
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t]!;
    const rows = table.rows;
    const matched = matchTableRows(table, catalogue, index);
    // The grid groups of the table's rows, in the order first met.
    let grids: TableGroup[] | undefined;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const ref = matched[r] ?? null;
      if (ref === null) {
        row.key = null;
        if (row.label.trim() !== '' || row.values.some((v) => v !== null)) {
          diagnostics.push(
            createDiagnostic(
              'template-row-unmatched',
              'info',
              `Row "${row.label || row.cells.join(' | ')}" matches no row of ${formName}; its key stays null.`,
              {
                position: row.position,
                origin: 'template',
              },
            ),
          );
        }
        continue;
      }
      row.key = ref.entry.key;
      const group = ref.group;
      if (group.kind === 'grid' && !(grids ??= []).includes(group)) grids.push(group);
    }
    let columnMaps: Map<TableGroup, readonly (ColumnEntry | null)[]> | undefined;
    if (grids) {
      columnMaps = new Map();
      for (const group of grids) {
        const mapped = mapColumns(table, group);
        columnMaps.set(group, mapped);
        for (let c = 0; c < mapped.length; c++) {
          if (
            mapped[c] ||
            !rows.some((row) => row.key !== null && row.values[c] !== null && row.values[c] !== undefined)
          )
            continue;
          diagnostics.push(
            createDiagnostic(
              'template-column-unmatched',
              'info',
              `Column "${table.columns[c] ?? ''}" matches no column of ${formName}; its values fill no indicator.`,
              {
                position: table.position,
                origin: 'template',
              },
            ),
          );
        }
      }
    }
    tableCells(table, t, index, cells, columnMaps, matched);
  }
  // Object.hasOwn, not `in`: the same answer for catalogue keys (none is an Object.prototype name), and cheaper
  // on an object of a few hundred keys.
  const indicators = report.indicators;
  for (const cell of cells) {
    if (!Object.hasOwn(indicators, cell.key)) indicators[cell.key] = cell.value;
  }
  return { diagnostics, cells };
}
