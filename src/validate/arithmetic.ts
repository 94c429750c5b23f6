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
import type { IndicatorCell } from '../templates/cells.js';
import { getCatalogue } from '../templates/catalogue.js';
import type { Diagnostic, Position, Report, TemplateId } from '../types.js';
import type { Identity } from '../templates/types.js';
import { type CellsByKey, cellsByKey, keyId } from './by-key.js';
import { labelOf } from './labels.js';

/** Relative tolerance for decimals (万元 with six decimals). */
const EPSILON = 1e-6;
const differ = (a: number, b: number): boolean => Math.abs(a - b) > EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
const exceeds = (a: number, b: number): boolean => a > b && differ(a, b);
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** An identity with its key numbers and the text of its diagnostics prepared once. */
interface PreparedIdentity {
  identity: Identity;
  lhs: number[];
  rhs: number[];
  /** `${id}: ${description}`. */
  note: string;
  /** The note when empty cells took part. */
  noteUnknown: string;
  /** balance-mismatch: the description before its first ':'. */
  balanceName: string;
}

const prepared = new Map<TemplateId, PreparedIdentity[]>();

function prepare(template: TemplateId, identities: readonly Identity[]): PreparedIdentity[] {
  let list = prepared.get(template);
  if (!list) {
    list = identities.map((identity) => {
      const note = `${identity.id}: ${identity.description}`;
      return {
        identity,
        lhs: identity.lhs.map((key) => keyId(template, key)),
        rhs: identity.rhs.map((key) => keyId(template, key)),
        note,
        noteUnknown: `${note} (empty cells are unknown: the known values alone break it)`,
        balanceName: identity.description.split(':')[0]!,
      };
    });
    prepared.set(template, list);
  }
  return list;
}

/**
 * One side of an identity, summed without building anything: the sum of the known values, whether a cell the
 * report prints is empty, how many cells it prints, the first of them, and whether any holds a number.
 * One object, reused for every side (validation is synchronous).
 */
interface Side {
  known: number;
  unknown: boolean;
  count: number;
  first: IndicatorCell | undefined;
  anyValue: boolean;
}

const leftSide: Side = { known: 0, unknown: false, count: 0, first: undefined, anyValue: false };
const rightSide: Side = { known: 0, unknown: false, count: 0, first: undefined, anyValue: false };

function side(keys: readonly number[], byKey: readonly (IndicatorCell | undefined)[], out: Side): Side {
  out.known = 0;
  out.unknown = false;
  out.count = 0;
  out.first = undefined;
  out.anyValue = false;
  for (let i = 0; i < keys.length; i++) {
    const cell = byKey[keys[i]!];
    if (!cell) continue;
    if (out.count++ === 0) out.first = cell;
    if (cell.value === null) out.unknown = true;
    else {
      out.known += cell.value;
      out.anyValue = true;
    }
  }
  return out;
}

/**
 * Per table: whether each row has a child that matched no key but carries values (it may belong to the sum).
 * Built the first time a table is asked about.
 */
class UnmatchedChildren {
  private readonly byTable: (Uint8Array | undefined)[] = [];

  constructor(private readonly report: Report) {}

  /**
   * @param cell The total's cell.
   * @returns True when the total's row has such a child.
   */
  has(cell: IndicatorCell): boolean {
    const table = this.report.tables[cell.table];
    if (!table) return false;
    let flags = this.byTable[cell.table];
    if (!flags) {
      flags = new Uint8Array(table.rows.length);
      for (const row of table.rows) {
        const parent = row.parent;
        if (parent === null || parent < 0 || parent >= flags.length || row.key !== null) continue;
        if (row.values.some((v) => v !== null)) flags[parent] = 1;
      }
      this.byTable[cell.table] = flags;
    }
    return cell.row >= 0 && cell.row < flags.length && flags[cell.row] === 1;
  }
}

const samePlace = (a: Position, b: Position): boolean =>
  a.start.offset === b.start.offset && a.end.offset === b.end.offset;

function message(report: Report, prepared: PreparedIdentity, lhs: Side, rhs: Side): string {
  const first = (s: Side): string => labelOf(report.template, s.first?.key ?? '');
  const l = round(lhs.known);
  const r = round(rhs.known);
  switch (prepared.identity.code) {
    case 'validate-sum-mismatch':
      return `"${first(lhs)}" is ${l} but its parts add up to ${r}${rhs.unknown ? ' (empty cells not counted)' : ''}.`;
    case 'validate-heading-value-mismatch':
      return `Heading "${first(lhs)}" shows ${l} but "${first(rhs)}" is ${r}.`;
    case 'validate-part-exceeds-whole':
      return `"${first(lhs)}" (${l}) is larger than "${first(rhs)}" (${r}), which it is part of.`;
    case 'validate-balance-mismatch':
      return `${prepared.balanceName}: 本年新收 + 上年结转 = ${l} but 办理结果总计 + 结转下年度 = ${r}.`;
  }
}

/**
 * The places of the cells of both sides other than `position`, each once, in order.
 * @param keys The keys of the left side, then of the right side.
 * @param byKey Key → first cell.
 * @param position The left side's first cell's position.
 * @param related The positions so far.
 */
function relatedPlaces(
  keys: readonly number[],
  byKey: readonly (IndicatorCell | undefined)[],
  position: Position,
  related: Position[],
): void {
  for (const key of keys) {
    const cell = byKey[key];
    if (!cell) continue;
    if (!samePlace(cell.position, position) && !related.some((p) => samePlace(p, cell.position)))
      related.push(cell.position);
  }
}

/**
 * Checks the identities of the report's template.
 * @param report A report after `applyTemplate`.
 * @param cells Its indicator cells.
 * @param index `cellsByKey(report.template, cells)`, when the caller has it already.
 * @returns One warning per violated identity.
 */
export function checkArithmetic(
  report: Report,
  cells: IndicatorCell[],
  index: CellsByKey = cellsByKey(report.template, cells),
): Diagnostic[] {
  const catalogue = getCatalogue(report.template);
  if (!catalogue) return [];
  const byKey = index.first;
  const out: Diagnostic[] = [];
  let unmatched: UnmatchedChildren | undefined;
  for (const item of prepare(catalogue.id, catalogue.identities)) {
    const identity = item.identity;
    const lhs = side(item.lhs, byKey, leftSide);
    if (!lhs.anyValue) continue;
    const rhs = side(item.rhs, byKey, rightSide);
    if (!rhs.anyValue) continue;
    if (
      identity.code === 'validate-sum-mismatch' &&
      lhs.count === 1 &&
      (unmatched ??= new UnmatchedChildren(report)).has(lhs.first!)
    )
      rhs.unknown = true;
    let fires: boolean;
    if (identity.relation === '<=') fires = !rhs.unknown && exceeds(lhs.known, rhs.known);
    else if (!lhs.unknown && !rhs.unknown) fires = differ(lhs.known, rhs.known);
    else if (!lhs.unknown) fires = exceeds(rhs.known, lhs.known);
    else if (!rhs.unknown) fires = exceeds(lhs.known, rhs.known);
    else fires = false;
    if (!fires) continue;
    const position = lhs.first!.position;
    const related: Position[] = [];
    relatedPlaces(item.lhs, byKey, position, related);
    relatedPlaces(item.rhs, byKey, position, related);
    const page = lhs.first!.page;
    // The fields in the order `createDiagnostic(code, 'warning', message, extras)` gives them.
    const diagnostic: Diagnostic = {
      code: identity.code,
      severity: 'warning',
      message: message(report, item, lhs, rhs),
      position,
    };
    if (page !== undefined) diagnostic.page = page;
    diagnostic.actual = round(lhs.known);
    diagnostic.expected = round(rhs.known);
    diagnostic.note = lhs.unknown || rhs.unknown ? item.noteUnknown : item.note;
    diagnostic.origin = 'validate';
    if (related.length > 0) diagnostic.related = related;
    out.push(diagnostic);
  }
  return out;
}
