/** Maps a table's value columns (`Table.columns`, levels joined with '/') to the column entries of a grid. */
import type { Table } from '../types.js';
import { isDashRun } from '../vocabulary/empty-marks.js';
import { labelCore, normaliseLabel } from './normalise-label.js';
import type { ColumnEntry, TableGroup } from './types.js';

const matchesAny = (segment: string, labels: readonly string[]): boolean => {
  const core = labelCore(segment);
  return labels.some((label) => {
    const l = normaliseLabel(label);
    return segment === l || core === labelCore(l);
  });
};

/**
 * Column entry of each table column (null = no entry). By name first, using `under` to tell apart
 * repeated names (结果维持 under 行政复议 / 未经复议直接起诉 / 复议后起诉); repeated names without their
 * upper level are taken in order. When no name matches at all, columns are taken by position.
 * @param table The table.
 * @param group A grid group.
 * @returns One entry (or null) per `table.columns` entry.
 */
export function mapColumns(table: Table, group: TableGroup): readonly (ColumnEntry | null)[] {
  // Tables of one form repeat their headers from report to report: remember the last few hundred layouts.
  let byColumns = cache.get(group);
  if (!byColumns) {
    byColumns = new Map();
    cache.set(group, byColumns);
  }
  const id = table.columns.join('\u0000');
  const cached = byColumns.get(id);
  if (cached) return cached;
  if (byColumns.size >= 512) byColumns.clear();
  const mapped = Object.freeze(mapUncached(table.columns, group));
  byColumns.set(id, mapped);
  return mapped;
}

const cache = new WeakMap<TableGroup, Map<string, readonly (ColumnEntry | null)[]>>();

function mapUncached(columns: readonly string[], group: TableGroup): (ColumnEntry | null)[] {
  const entries = group.columns ?? [];
  const used = new Set<ColumnEntry>();
  const mapped = columns.map((name): ColumnEntry | null => {
    const segments = name
      .split('/')
      .map(normaliseLabel)
      // Segments that are dashes: a data row of —— read as a header row.
      .filter((s) => s !== '' && !isDashRun(s));
    // A header may itself hold a slash (本年增/减): try the last segment, then the last two joined.
    let upper: string[] = [];
    let named: ColumnEntry[] = [];
    for (let k = 1; k <= Math.min(2, segments.length) && named.length === 0; k++) {
      const last = segments.slice(-k).join('/');
      upper = segments.slice(0, -k);
      named = entries.filter((e) => matchesAny(last, e.labels));
    }
    if (named.length === 0) return null;
    const choice =
      named.find((e) => !used.has(e) && e.under !== undefined && upper.some((s) => matchesAny(s, e.under!))) ??
      named.find((e) => !used.has(e)) ??
      null;
    if (choice) used.add(choice);
    return choice;
  });
  if (used.size > 0) {
    // Columns named only by an upper level (复议后起诉 × 5 when the lowest header row is short): the entries under it, in order.
    columns.forEach((name, i) => {
      if (mapped[i] !== null) return;
      const segments = name
        .split('/')
        .map(normaliseLabel)
        .filter((s) => s !== '');
      const next = entries.find(
        (e) => !used.has(e) && e.under !== undefined && segments.some((s) => matchesAny(s, e.under!)),
      );
      if (next) {
        used.add(next);
        mapped[i] = next;
      }
    });
    return mapped;
  }
  // No header names (a table without header, or headers lost in a PDF): by position. Surplus columns are
  // taken to be on the left (a label cell read as a value column), so the form's columns align to the right.
  const offset = Math.max(0, columns.length - entries.length);
  return columns.map((_, i) => (i < offset ? null : (entries[i - offset] ?? null)));
}

/**
 * The value column of a list table (统计表): 年度累计数 / 本年 / a year column, else the first.
 * @param table The table.
 * @returns Index into `Row.values`, or -1 when the table has no value column.
 */
export function listValueColumn(table: Table): number {
  if (table.columns.length === 0) return -1;
  const preferred = table.columns.findIndex((name) => /年度累计|本年|本期|^\d{4}年度?$/u.test(normaliseLabel(name)));
  return preferred >= 0 ? preferred : 0;
}
