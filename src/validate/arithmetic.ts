/**
 * Arithmetic identities of the report's form (catalogue data): sums, balances, heading values, 其中 rows.
 *
 * Empty cells are null, not 0, and are read as "unknown, at least 0":
 * - a side whose cells are all empty (or absent) is not checked (a null total is never compared);
 * - when one side has empty cells, the identity fires only if the other, fully known side is already
 *   exceeded by the known values (children 3 + 4 + empty under a total of 5 is reported; under 9 it is not);
 * - a key whose row the report does not print at all is not part of that report's form and counts as nothing;
 * - a list row under the total that matched no key but has a value makes the parts unknown (a provincial extra channel).
 */
import { createDiagnostic } from '../diagnostic.js';
import type { IndicatorCell } from '../templates/cells.js';
import { getCatalogue } from '../templates/catalogue.js';
import type { Diagnostic, Position, Report } from '../types.js';
import type { Identity } from '../templates/types.js';
import { firstCellByKey } from './by-key.js';
import { labelOf } from './labels.js';

interface Side {
  known: number;
  unknown: boolean;
  /** Cells of the side that the report prints. */
  cells: IndicatorCell[];
  /** Whether any cell holds a number. */
  anyValue: boolean;
}

/** Relative tolerance for decimals (万元 with six decimals). */
const EPSILON = 1e-6;
const differ = (a: number, b: number): boolean => Math.abs(a - b) > EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
const exceeds = (a: number, b: number): boolean => a > b && differ(a, b);
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

function side(keys: string[], byKey: ReadonlyMap<string, IndicatorCell>): Side {
  const out: Side = { known: 0, unknown: false, cells: [], anyValue: false };
  for (const key of keys) {
    const cell = byKey.get(key);
    if (!cell) continue;
    out.cells.push(cell);
    if (cell.value === null) out.unknown = true;
    else {
      out.known += cell.value;
      out.anyValue = true;
    }
  }
  return out;
}

/**
 * Whether a list row has children that matched no key but carry values (they may belong to the sum).
 * @param report The report.
 * @param cell The total's cell.
 * @returns True when such a child exists.
 */
function unmatchedChildren(report: Report, cell: IndicatorCell): boolean {
  const table = report.tables[cell.table];
  if (!table) return false;
  return table.rows.some((row) => row.parent === cell.row && row.key === null && row.values.some((v) => v !== null));
}

const samePlace = (a: Position, b: Position): boolean => a.start.offset === b.start.offset && a.end.offset === b.end.offset;

function message(report: Report, identity: Identity, lhs: Side, rhs: Side): string {
  const first = (s: Side): string => labelOf(report.template, s.cells[0]?.key ?? '');
  const l = round(lhs.known);
  const r = round(rhs.known);
  switch (identity.code) {
    case 'sum-mismatch':
      return `"${first(lhs)}" is ${l} but its parts add up to ${r}${rhs.unknown ? ' (empty cells not counted)' : ''}.`;
    case 'heading-value-mismatch':
      return `Heading "${first(lhs)}" shows ${l} but "${first(rhs)}" is ${r}.`;
    case 'part-exceeds-whole':
      return `"${first(lhs)}" (${l}) is larger than "${first(rhs)}" (${r}), which it is part of.`;
    case 'balance-mismatch':
      return `${identity.description.split(':')[0]}: 本年新收 + 上年结转 = ${l} but 办理结果总计 + 结转下年度 = ${r}.`;
  }
}

/**
 * Checks the identities of the report's template.
 * @param report A report after `applyTemplate`.
 * @param cells Its indicator cells.
 * @returns One warning per violated identity.
 */
export function checkArithmetic(report: Report, cells: IndicatorCell[]): Diagnostic[] {
  const catalogue = getCatalogue(report.template);
  if (!catalogue) return [];
  const byKey = firstCellByKey(cells);
  const out: Diagnostic[] = [];
  for (const identity of catalogue.identities) {
    const lhs = side(identity.lhs, byKey);
    const rhs = side(identity.rhs, byKey);
    if (!lhs.anyValue || !rhs.anyValue) continue;
    if (identity.code === 'sum-mismatch' && lhs.cells.length === 1 && unmatchedChildren(report, lhs.cells[0]!)) rhs.unknown = true;
    let fires: boolean;
    if (identity.relation === '<=') fires = !rhs.unknown && exceeds(lhs.known, rhs.known);
    else if (!lhs.unknown && !rhs.unknown) fires = differ(lhs.known, rhs.known);
    else if (!lhs.unknown) fires = exceeds(rhs.known, lhs.known);
    else if (!rhs.unknown) fires = exceeds(lhs.known, rhs.known);
    else fires = false;
    if (!fires) continue;
    const position = lhs.cells[0]!.position;
    const related: Position[] = [];
    for (const cell of [...lhs.cells, ...rhs.cells]) {
      if (!samePlace(cell.position, position) && !related.some((p) => samePlace(p, cell.position))) related.push(cell.position);
    }
    const page = lhs.cells[0]!.page;
    const extras = {
      position,
      ...(page === undefined ? {} : { page }),
      actual: round(lhs.known),
      expected: round(rhs.known),
      note: `${identity.id}: ${identity.description}${lhs.unknown || rhs.unknown ? ' (empty cells are unknown: the known values alone break it)' : ''}`,
      origin: 'validate' as const,
      ...(related.length > 0 ? { related } : {}),
    };
    out.push(createDiagnostic(identity.code, 'warning', message(report, identity, lhs, rhs), extras));
  }
  return out;
}
