/**
 * Row → catalogue key. Each row's label cells are looked up in the catalogue; ambiguous labels
 * (其他情形数 under 四 and 五, 1. under (三)(四)(五)) are resolved by context: the keys of the rows above
 * that the row belongs to (rowspan group cells, the row's parent chain, the last matched rows).
 */
import type { Table } from '../types.js';
import { canonicalText } from './normalise-label.js';
import { type EntryRef, type LabelIndex, lookupLabel, rowLabels } from './labels.js';
import type { TableGroup, TemplateCatalogue } from './types.js';

const CLAUSE = /第二十条第\(?([一二三四五六七八九十\d]+)\)?项/u;
const CHINESE_DIGITS = '一二三四五六七八九十';

/**
 * @param text A clause as printed (第二十条第(一)项).
 * @returns The item number, or null.
 */
export function clauseItem(text: string | null): number | null {
  if (text === null) return null;
  const canonical = canonicalText(text);
  if (!canonical.includes('第二十条第')) return null;
  const m = CLAUSE.exec(canonical);
  if (!m) return null;
  const item = m[1]!;
  return /^\d+$/u.test(item) ? Number(item) : CHINESE_DIGITS.indexOf(item) + 1 || null;
}

/**
 * The group a table most likely belongs to: its clause, else the group most of its labels and columns come from.
 * @param table The table.
 * @param catalogue The catalogue.
 * @param index The catalogue's label index.
 * @param labels `rowLabels` of each row, when the caller has them already.
 * @returns The group, or null when nothing matches.
 */
export function tableGroup(table: Table, catalogue: TemplateCatalogue, index: LabelIndex, labels: readonly string[][] = table.rows.map(rowLabels)): TableGroup | null {
  const item = clauseItem(table.clause) ?? clauseItem(table.title);
  if (item !== null) {
    const byClause = catalogue.groups.find((g) => g.clauseItem === item);
    if (byClause) return byClause;
  }
  if (catalogue.groups.length === 1) return catalogue.groups[0]!;
  const scores = new Map<TableGroup, number>();
  const add = (group: TableGroup, n: number): void => void scores.set(group, (scores.get(group) ?? 0) + n);
  for (const rowLabelList of labels) {
    for (const label of rowLabelList) for (const ref of new Set(lookupLabel(index, label).map((r) => r.group))) add(ref, 1);
  }
  const columnText = canonicalText(table.columns.join('|') + table.headers.map((h) => h.join('|')).join('|'));
  for (const group of catalogue.groups) {
    for (const column of group.columns ?? []) if (column.labels.some((l) => columnText.includes(canonicalText(l)))) add(group, 1);
  }
  let best: TableGroup | null = null;
  let bestScore = 0;
  for (const [group, n] of scores) {
    if (n > bestScore) {
      best = group;
      bestScore = n;
    }
  }
  return best;
}

/**
 * Keys of the rows above that a row may belong to: the stack of the last matched row (never changed in place:
 * `matchTableRows` replaces it) and the keys added for this row. A handful of keys: arrays beat a Set built per row.
 */
interface Context {
  base: readonly string[];
  added: string[];
}

/**
 * Picks the candidate that fits the context.
 * @param candidates Entries with a matching label.
 * @param context Keys of the rows above that the row may belong to.
 * @param group The table's group (preferred).
 * @returns The chosen entry, or null.
 */
function choose(candidates: EntryRef[], context: Context, group: TableGroup | null): EntryRef | null {
  if (candidates.length === 1) return candidates[0]!;
  // A row whose parent is in context beats a top-level one; the table's own group beats the others;
  // a row whose parent is not in context does not fit.
  let best: EntryRef | null = null;
  let bestRank = -1;
  for (const c of candidates) {
    const parent = c.entry.parent;
    if (parent !== null && !context.base.includes(parent) && !context.added.includes(parent)) continue;
    const rank = (parent !== null ? 2 : 0) + (c.group === group ? 1 : 0);
    if (rank > bestRank) {
      best = c;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * Matches every row of one table.
 * @param table The table.
 * @param catalogue The catalogue of the report's template.
 * @param index Its label index.
 * @returns One key (or null) per row.
 */
export function matchTableRows(table: Table, catalogue: TemplateCatalogue, index: LabelIndex): (string | null)[] {
  const labelsOfRows = table.rows.map(rowLabels);
  let group = tableGroup(table, catalogue, index, labelsOfRows);
  let stack: string[] = [];
  const keys: (string | null)[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const labels = labelsOfRows[r]!;
    const context: Context = { base: stack, added: [] };
    let p = row.parent;
    for (let hops = 0; p !== null && p >= 0 && p < keys.length && hops < 16; hops++) {
      const parentKey = keys[p];
      if (parentKey) context.added.push(parentKey);
      p = table.rows[p]?.parent ?? null;
    }
    let key: string | null = null;
    if (labels.length === 0) {
      const empty = (group?.rows ?? []).find((e) => e.matchesEmptyLabel);
      if (empty && row.values.some((v) => v !== null)) key = empty.key;
    }
    labels.forEach((label, i) => {
      const item = clauseItem(label);
      if (item !== null) {
        group = catalogue.groups.find((g) => g.clauseItem === item) ?? group;
        return;
      }
      const ref = choose(lookupLabel(index, label), context, group);
      if (ref) {
        const ancestors = index.ancestors.get(ref.entry.key) ?? [];
        context.added.push(...ancestors, ref.entry.key);
        stack = [ref.entry.key, ...ancestors];
      }
      if (i === labels.length - 1) key = ref ? ref.entry.key : null;
    });
    keys.push(key);
  }
  return keys;
}
