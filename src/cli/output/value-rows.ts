/**
 * Long-format table values: one row per value cell of every table of a Report, keyed so that values of
 * different reports of the same form line up (`apply.new.naturalPerson` is the same cell in every 2019 and
 * 2021 report, whatever the header text). The CSV output is these rows; a database loader can store them as
 * they are.
 */
import { getCatalogue } from '../../templates/catalogue.js';
import { indicatorCells } from '../../templates/cells.js';
import { labelIndex } from '../../templates/labels.js';
import type { Report, TemplateId } from '../../types.js';

/** One table value of one report. */
export interface ValueRow {
  /** The input file, as given to the batch. */
  file: string;
  agency: string | null;
  year: number | null;
  template: TemplateId;
  /**
   * Canonical value key: the indicator key of the form (row key for one-value rows of the 2008–2018 table,
   * row × column for the 2019/2021 grids, e.g. `apply.new.naturalPerson`); the same key as in
   * `Report.indicators`. Null when the cell is no indicator of the form (a provincial extra row, an
   * unmatched column, a second value column of a 2008–2018 table, an unknown template).
   */
  key: string | null;
  /** `Row.key`: the form's row (`apply.new`), or null when the row matches none. */
  rowKey: string | null;
  /** The form's column (`naturalPerson`, `review.upheld`) for a grid cell; null for one-value rows and unmatched columns. */
  columnKey: string | null;
  /** The row label as printed (`Row.label`). */
  label: string;
  /** The column header as printed, levels joined with '/' (`Table.columns`); null when the table has none for this cell. */
  header: string | null;
  /** The unit as printed (the row's, else the table's), else the form's unit for `key`; `——` heading units count as none. */
  unit: string | null;
  /** The value; null for an empty cell (——, -, /, 无, blank). */
  value: number | null;
  /** Index of the table in `Report.tables`. */
  table: number;
  /** Index of the row in `Table.rows`. */
  row: number;
  /** Index of the value in `Row.values` (and of the header in `Table.columns`). */
  column: number;
  /** Line of the row in the report text (1-based). */
  line: number;
  /** Page of the row in the source document, when the importer knows it. */
  page: number | null;
  /** Whether this cell's value is the one in `Report.indicators` (false for a later repeat of the same key). */
  indicator: boolean;
}

/** The fields of a `ValueRow`, in output order (the CSV header). */
export const valueRowFields = [
  'file',
  'agency',
  'year',
  'template',
  'key',
  'rowKey',
  'columnKey',
  'label',
  'header',
  'unit',
  'value',
  'table',
  'row',
  'column',
  'line',
  'page',
  'indicator',
] as const satisfies readonly (keyof ValueRow)[];

/** Heading-row units (`——`) that mean "no unit". */
const NO_UNIT = /^[—–\-－]+$/u;

/**
 * @param report A Report (after its template was applied, as every Report the library returns).
 * @param file The input file, copied into every row.
 * @returns One row per entry of `Row.values` of every row of every table, in table, row and column order.
 *   Pure: the report is not changed.
 */
export function valueRows(report: Report, file: string): ValueRow[] {
  const catalogue = getCatalogue(report.template);
  const index = catalogue ? labelIndex(catalogue) : undefined;
  const units = new Map<string, string | null>();
  if (catalogue) {
    for (const group of catalogue.groups) {
      for (const entry of group.rows) {
        if (group.kind === 'list') units.set(entry.key, entry.unit);
        else
          for (const column of group.columns ?? [])
            units.set(`${entry.key}\u0000${column.key}`, column.unit === undefined ? entry.unit : column.unit);
      }
    }
  }
  // Each (table, row, column) is at most one indicator cell; the first cell of a key is the one in `indicators`.
  const cells = new Map<string, { key: string; first: boolean }>();
  const seen = new Set<string>();
  for (const cell of indicatorCells(report)) {
    cells.set(`${cell.table}:${cell.row}:${cell.column}`, { key: cell.key, first: !seen.has(cell.key) });
    seen.add(cell.key);
  }
  const out: ValueRow[] = [];
  report.tables.forEach((table, t) => {
    table.rows.forEach((row, r) => {
      const ref = row.key === null ? undefined : index?.byKey.get(row.key);
      row.values.forEach((value, c) => {
        const cell = cells.get(`${t}:${r}:${c}`);
        let columnKey: string | null = null;
        let formUnit: string | null = null;
        if (cell && ref) {
          const j = ref.columnKeys.indexOf(cell.key);
          if (j >= 0) {
            columnKey = ref.group.columns![j]!.key;
            formUnit = units.get(`${ref.entry.key}\u0000${columnKey}`) ?? null;
          } else {
            formUnit = units.get(ref.entry.key) ?? null;
          }
        }
        out.push({
          file,
          agency: report.agency,
          year: report.year,
          template: report.template,
          key: cell?.key ?? null,
          rowKey: row.key,
          columnKey,
          label: row.label,
          header: table.columns[c] ?? null,
          unit: printedUnit(row.unit) ?? printedUnit(table.unit) ?? printedUnit(formUnit),
          value,
          table: t,
          row: r,
          column: c,
          line: row.position.start.line,
          page: row.page ?? null,
          indicator: cell?.first ?? false,
        });
      });
    });
  });
  return out;
}

function printedUnit(unit: string | null): string | null {
  return unit === null || unit.trim() === '' || NO_UNIT.test(unit.trim()) ? null : unit;
}
