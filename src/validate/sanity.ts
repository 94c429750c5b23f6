/**
 * Sanity checks that need no form: negative counts, fractional counts, heading rows whose value
 * nothing explains, and rows printed twice.
 */
import { isDashRun } from '../vocabulary/empty-marks.js';
import { COUNT_UNITS } from '../vocabulary/units.js';
import { append } from '../arrays.js';
import { createDiagnostic } from '../diagnostic.js';
import type { IndicatorCell } from '../templates/cells.js';
import { listValueColumn } from '../templates/columns.js';
import { getCatalogue } from '../templates/catalogue.js';
import { canonicalText, normaliseLabel } from '../templates/normalise-label.js';
import type { Diagnostic, Report, Row, Table } from '../types.js';
import { indicatorInfo } from './labels.js';

/** Columns whose values may legitimately be negative (2019 form: 本年增/减). */
const SIGNED_COLUMN = /增\/?减/u;

const pageOf = (row: Row): { page?: number } => (row.page === undefined ? {} : { page: row.page });
const unitOf = (unit: string | null): string => (unit === null ? '' : canonicalText(unit));

/** Unit as printed → whether it is a heading's (——); a few distinct units, asked for every row. */
const headingUnits = new Map<string, boolean>();

function isHeadingUnit(unit: string | null): boolean {
  if (unit === null) return false; // unitOf(null) is '', which is no heading mark
  let heading = headingUnits.get(unit);
  if (heading === undefined) {
    heading = isDashRun(unitOf(unit));
    if (headingUnits.size >= 1024) headingUnits.clear();
    headingUnits.set(unit, heading);
  }
  return heading;
}

/**
 * The cell at a place; the last one when several are (as a map from place to cell would hold). Fractions are rare:
 * a search when one turns up beats indexing every cell by place.
 * @returns The cell, or undefined.
 */
function cellAtPlace(
  cells: readonly IndicatorCell[],
  table: number,
  row: number,
  column: number,
): IndicatorCell | undefined {
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i]!;
    if (cell.table === table && cell.row === row && cell.column === column) return cell;
  }
  return undefined;
}

/**
 * Values below 0 (outside a signed column) and fractions of counted units: `validate-value-negative`, `validate-value-not-integer`.
 * @param out Where the diagnostics go.
 */
function valueChecks(
  report: Report,
  cells: IndicatorCell[],
  t: number,
  table: Table,
  r: number,
  row: Row,
  signed: { columns?: boolean[] },
  out: Diagnostic[],
): void {
  const values = row.values;
  for (let c = 0; c < values.length; c++) {
    const value = values[c];
    if (value === null) continue;
    if (value === undefined) {
      if (!(c in values)) continue; // a hole, which forEach would skip
    } else if (value >= 0 && Number.isInteger(value)) continue;
    const label = row.label || row.cells[0] || '';
    if (value! < 0) {
      // Negative values are rare: read the column names only when one turns up.
      signed.columns ??= table.columns.map((name) => SIGNED_COLUMN.test(canonicalText(name)));
      if (!signed.columns[c]) {
        out.push(
          createDiagnostic('validate-value-negative', 'warning', `"${label}" has a negative value (${value}).`, {
            position: row.position,
            ...pageOf(row),
            actual: value,
            origin: 'validate',
          }),
        );
      }
    }
    if (Number.isInteger(value)) continue;
    const cell = cellAtPlace(cells, t, r, c);
    const unit = cell ? (indicatorInfo(report.template).get(cell.key)?.unit ?? null) : row.unit;
    if (COUNT_UNITS.has(unitOf(unit))) {
      out.push(
        createDiagnostic(
          'validate-value-not-integer',
          'warning',
          `"${label}" counts ${unitOf(unit)} but has a fractional value (${value}).`,
          {
            position: row.position,
            ...pageOf(row),
            actual: value,
            origin: 'validate',
          },
        ),
      );
    }
  }
}

/**
 * A heading row (unit ——) that prints a value without a rule in the catalogue: the value should be the first
 * child's or the sum of the children's (`validate-heading-value-mismatch`).
 * @param column The table's value column (`listValueColumn`).
 * @param childrenOf Row index → child rows, built on first use.
 * @param out Where the diagnostics go.
 */
function headingValue(
  table: Table,
  r: number,
  row: Row,
  column: number,
  childrenOf: { map?: Map<number, Row[]> },
  out: Diagnostic[],
): void {
  const value = row.values[column] ?? null;
  if (value === null) return;
  if (!childrenOf.map) {
    childrenOf.map = new Map();
    for (const child of table.rows)
      if (child.parent !== null) childrenOf.map.set(child.parent, [...(childrenOf.map.get(child.parent) ?? []), child]);
  }
  const childRows = childrenOf.map.get(r) ?? [];
  const children = childRows.map((child) => child.values[column] ?? null);
  const first = children[0];
  if (first === undefined || first === null) return;
  if (first === value) return;
  if (children.every((v) => v !== null) && children.reduce<number>((a, v) => a + v!, 0) === value) return;
  out.push(
    createDiagnostic(
      'validate-heading-value-mismatch',
      'warning',
      `Heading "${row.label}" shows ${value}, which is neither its first child's value (${first}) nor the sum of its children.`,
      {
        position: row.position,
        ...pageOf(row),
        actual: value,
        expected: first,
        related: [childRows[0]!.position],
        origin: 'validate',
      },
    ),
  );
}

/**
 * A row printed twice: the same key, or (rows without a key) the same label, marker and parent in the same table.
 * @param seenKeys Key → first row, over the whole report.
 * @param seenLabels Label id → first row, this table's (built on first use).
 * @param out Where the diagnostics go.
 */
function duplicate(
  t: number,
  row: Row,
  seenKeys: Map<string, Row>,
  seenLabels: { map?: Map<string, Row> },
  out: Diagnostic[],
): void {
  let first: Row | undefined;
  if (row.key !== null) {
    first = seenKeys.get(row.key);
    if (!first) seenKeys.set(row.key, row);
  } else {
    const label = normaliseLabel(row.label);
    if (label === '') return;
    const id = `${t}|${row.parent ?? ''}|${row.marker ?? ''}|${label}`;
    seenLabels.map ??= new Map();
    first = seenLabels.map.get(id);
    if (!first) seenLabels.map.set(id, row);
  }
  if (!first) return;
  out.push(
    createDiagnostic(
      'validate-row-duplicate',
      'warning',
      `Row "${row.label}" repeats an earlier row${row.key ? ` (${row.key})` : ''}; the first one's values are used.`,
      {
        position: row.position,
        ...pageOf(row),
        related: [first.position],
        origin: 'validate',
      },
    ),
  );
}

/** Template → keys that an identity of its catalogue checks on their own (built once). */
const ruledKeys = new Map<string, ReadonlySet<string>>();

/**
 * Runs the sanity checks.
 * @param report A report after `applyTemplate`.
 * @param cells Its indicator cells.
 * @returns Warnings.
 */
export function checkSanity(report: Report, cells: IndicatorCell[]): Diagnostic[] {
  let ruled = ruledKeys.get(report.template);
  if (!ruled) {
    ruled = new Set(
      (getCatalogue(report.template)?.identities ?? []).filter((i) => i.lhs.length === 1).map((i) => i.lhs[0]!),
    );
    ruledKeys.set(report.template, ruled);
  }
  // One pass over the rows; the diagnostics in the order of the checks: values, heading values, duplicates.
  const values: Diagnostic[] = [];
  const headings: Diagnostic[] = [];
  const duplicates: Diagnostic[] = [];
  const seenKeys = new Map<string, Row>();
  const tables = report.tables;
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t]!;
    const signed: { columns?: boolean[] } = {};
    const childrenOf: { map?: Map<number, Row[]> } = {};
    const seenLabels: { map?: Map<string, Row> } = {};
    // The value column is looked for only in tables with a heading row (listValueColumn reads every column name).
    let column: number | undefined;
    const rows = table.rows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      valueChecks(report, cells, t, table, r, row, signed, values);
      if (isHeadingUnit(row.unit) && (row.key === null || !ruled.has(row.key))) {
        column ??= listValueColumn(table);
        if (column >= 0) headingValue(table, r, row, column, childrenOf, headings);
      }
      duplicate(t, row, seenKeys, seenLabels, duplicates);
    }
  }
  append(values, headings);
  append(values, duplicates);
  return values;
}
