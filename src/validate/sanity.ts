/**
 * Sanity checks that need no form: negative counts, fractional counts, heading rows whose value
 * nothing explains, and rows printed twice.
 */
import { createDiagnostic } from '../diagnostic.js';
import type { IndicatorCell } from '../templates/cells.js';
import { listValueColumn } from '../templates/columns.js';
import { getCatalogue } from '../templates/catalogue.js';
import { canonicalText, normaliseLabel } from '../templates/normalise-label.js';
import type { Diagnostic, Report, Row, Table } from '../types.js';
import { indicatorInfo } from './labels.js';

/** Units whose values are whole numbers. */
const COUNT_UNITS = new Set(['条', '件', '次', '篇', '个', '人', '人次', '项', '家', '起']);
const HEADING_UNIT = /^[—–\-－]+$/u;
/** Columns whose values may legitimately be negative (2019 form: 本年增/减). */
const SIGNED_COLUMN = /增\/?减/u;

const pageOf = (row: Row): { page?: number } => (row.page === undefined ? {} : { page: row.page });
const unitOf = (unit: string | null): string => (unit === null ? '' : canonicalText(unit));

function negativesAndFractions(report: Report, cells: IndicatorCell[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const info = indicatorInfo(report.template);
  let cellAt: Map<string, IndicatorCell> | undefined;
  report.tables.forEach((table, t) => {
    const signed = table.columns.map((name) => SIGNED_COLUMN.test(canonicalText(name)));
    table.rows.forEach((row, r) => {
      row.values.forEach((value, c) => {
        if (value === null) return;
        const label = row.label || row.cells[0] || '';
        if (value < 0 && !signed[c]) {
          out.push(createDiagnostic('value-negative', 'warning', `"${label}" has a negative value (${value}).`, { position: row.position, ...pageOf(row), actual: value, origin: 'validate' }));
        }
        if (Number.isInteger(value)) return;
        // Fractions are rare: index the cells by place only when one turns up.
        cellAt ??= new Map(cells.map((cell) => [`${cell.table}:${cell.row}:${cell.column}`, cell]));
        const cell = cellAt.get(`${t}:${r}:${c}`);
        const unit = cell ? info.get(cell.key)?.unit ?? null : row.unit;
        if (COUNT_UNITS.has(unitOf(unit))) {
          out.push(
            createDiagnostic('value-not-integer', 'warning', `"${label}" counts ${unitOf(unit)} but has a fractional value (${value}).`, {
              position: row.position,
              ...pageOf(row),
              actual: value,
              origin: 'validate',
            }),
          );
        }
      });
    });
  });
  return out;
}

/**
 * Heading rows (unit ——) that print a value without a rule in the catalogue: the value should be the first
 * child's or the sum of the children's.
 */
function headingValues(report: Report, ruled: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const table of report.tables) {
    const column = listValueColumn(table);
    if (column < 0) continue;
    let childrenOf: Map<number, Row[]> | undefined;
    table.rows.forEach((row, r) => {
      const value = row.values[column] ?? null;
      if (value === null || !HEADING_UNIT.test(unitOf(row.unit)) || (row.key !== null && ruled.has(row.key))) return;
      if (!childrenOf) {
        childrenOf = new Map();
        for (const child of table.rows) if (child.parent !== null) childrenOf.set(child.parent, [...(childrenOf.get(child.parent) ?? []), child]);
      }
      const childRows = childrenOf.get(r) ?? [];
      const children = childRows.map((child) => child.values[column] ?? null);
      const first = children[0];
      if (first === undefined || first === null) return;
      if (first === value) return;
      if (children.every((v) => v !== null) && children.reduce<number>((a, v) => a + v!, 0) === value) return;
      out.push(
        createDiagnostic('heading-value-mismatch', 'warning', `Heading "${row.label}" shows ${value}, which is neither its first child's value (${first}) nor the sum of its children.`, {
          position: row.position,
          ...pageOf(row),
          actual: value,
          expected: first,
          related: [childRows[0]!.position],
          origin: 'validate',
        }),
      );
    });
  }
  return out;
}

function duplicates(report: Report): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seenKeys = new Map<string, Table['rows'][number]>();
  report.tables.forEach((table, t) => {
    const seenLabels = new Map<string, Table['rows'][number]>();
    for (const row of table.rows) {
      let first: Table['rows'][number] | undefined;
      if (row.key !== null) {
        first = seenKeys.get(row.key);
        if (!first) seenKeys.set(row.key, row);
      } else {
        const label = normaliseLabel(row.label);
        if (label === '') continue;
        const id = `${t}|${row.parent ?? ''}|${row.marker ?? ''}|${label}`;
        first = seenLabels.get(id);
        if (!first) seenLabels.set(id, row);
      }
      if (!first) continue;
      out.push(
        createDiagnostic('row-duplicate', 'warning', `Row "${row.label}" repeats an earlier row${row.key ? ` (${row.key})` : ''}; the first one's values are used.`, {
          position: row.position,
          ...pageOf(row),
          related: [first.position],
          origin: 'validate',
        }),
      );
    }
  });
  return out;
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
    ruled = new Set((getCatalogue(report.template)?.identities ?? []).filter((i) => i.lhs.length === 1).map((i) => i.lhs[0]!));
    ruledKeys.set(report.template, ruled);
  }
  return [...negativesAndFractions(report, cells), ...headingValues(report, ruled), ...duplicates(report)];
}
