/**
 * Row → catalogue key. Each row's label cells are looked up in the catalogue; ambiguous labels
 * (其他情形数 under 四 and 五, 1. under (三)(四)(五)) are resolved by context: the keys of the rows above
 * that the row belongs to (rowspan group cells, the row's parent chain, the last matched rows).
 */
import type { Table } from '../types.js';
import { clauseItem } from './clause-item.js';
import { canonicalText } from './normalise-label.js';
import { type EntryRef, type LabelIndex, type LabelInfo, refsOf, rowLabelInfos } from './labels.js';
import type { RowEntry, TableGroup, TemplateCatalogue } from './types.js';

export { clauseItem } from './clause-item.js';

/**
 * @param catalogue A catalogue.
 * @param item A clause item number.
 * @returns The first group of that clause item, if any.
 */
function groupOfClause(catalogue: TemplateCatalogue, item: number): TableGroup | undefined {
  for (const g of catalogue.groups) if (g.clauseItem === item) return g;
  return undefined;
}

/** Per catalogue: the column labels of each group, canonical, computed once. */
const columnLabelsOf = new WeakMap<TemplateCatalogue, string[][][]>();

/** Per catalogue: canonical header text of a table → how many columns of each group it names (the form's tables repeat). */
const columnScoresOf = new WeakMap<TemplateCatalogue, Map<string, number[]>>();

/**
 * @param catalogue A catalogue.
 * @param columnText The canonical text of a table's columns and headers.
 * @returns Per group of the catalogue (in order): how many of its columns have a label the text contains.
 */
function columnScores(catalogue: TemplateCatalogue, columnText: string): number[] {
  let cache = columnScoresOf.get(catalogue);
  if (!cache) {
    cache = new Map();
    columnScoresOf.set(catalogue, cache);
  }
  const cached = cache.get(columnText);
  if (cached) return cached;
  let labels = columnLabelsOf.get(catalogue);
  if (!labels) {
    labels = catalogue.groups.map((group) => (group.columns ?? []).map((column) => column.labels.map(canonicalText)));
    columnLabelsOf.set(catalogue, labels);
  }
  const scores = labels.map(
    (columns) => columns.filter((variants) => variants.some((l) => columnText.includes(l))).length,
  );
  if (cache.size >= 512) cache.clear();
  cache.set(columnText, scores);
  return scores;
}

/**
 * The group a table most likely belongs to: its clause, else the group most of its labels and columns come from.
 * @param table The table.
 * @param catalogue The catalogue.
 * @param index The catalogue's label index.
 * @param labels `rowLabelInfos` of each row, when the caller has them already.
 * @returns The group, or null when nothing matches.
 */
export function tableGroup(
  table: Table,
  catalogue: TemplateCatalogue,
  index: LabelIndex,
  labels: readonly (readonly LabelInfo[])[] = table.rows.map(rowLabelInfos),
): TableGroup | null {
  const item = clauseItem(table.clause) ?? clauseItem(table.title);
  if (item !== null) {
    const byClause = groupOfClause(catalogue, item);
    if (byClause) return byClause;
  }
  const groups = catalogue.groups;
  if (groups.length === 1) return groups[0]!;
  // Score per group, and the groups in the order they were first scored (ties go to the first one scored).
  const scores = new Array<number>(groups.length).fill(0);
  const order: number[] = [];
  const add = (g: number, n: number): void => {
    if (scores[g] === 0 && !order.includes(g)) order.push(g);
    scores[g]! += n;
  };
  for (const rowLabelList of labels) {
    for (const label of rowLabelList) {
      const refs = refsOf(index, label);
      for (let k = 0; k < refs.length; k++) {
        const group = refs[k]!.group;
        let seen = false;
        for (let j = 0; j < k && !seen; j++) seen = refs[j]!.group === group;
        if (!seen) add(groups.indexOf(group), 1);
      }
    }
  }
  const columnText = canonicalText(table.columns.join('|') + table.headers.map((h) => h.join('|')).join('|'));
  const byColumns = columnScores(catalogue, columnText);
  for (let g = 0; g < groups.length; g++) for (let n = byColumns[g]!; n > 0; n--) add(g, 1);
  let best: TableGroup | null = null;
  let bestScore = 0;
  for (const g of order) {
    if (scores[g]! > bestScore) {
      best = groups[g]!;
      bestScore = scores[g]!;
    }
  }
  return best;
}

/**
 * Picks the candidate that fits the context: the keys of the rows above that the row may belong to, i.e. the stack
 * of the last matched row (`base`) and the keys added for this row (`added`). A handful of keys: arrays beat a Set.
 * @param candidates Entries with a matching label.
 * @param base The stack of the last matched row before this row.
 * @param added Keys added for this row: the first `addedCount` entries.
 * @param addedCount How many.
 * @param group The table's group (preferred).
 * @returns The chosen entry, or null.
 */
function choose(
  candidates: EntryRef[],
  base: readonly string[],
  added: readonly string[],
  addedCount: number,
  group: TableGroup | null,
): EntryRef | null {
  if (candidates.length === 1) return candidates[0]!;
  // A row whose parent is in context beats a top-level one; the table's own group beats the others;
  // a row whose parent is not in context does not fit.
  let best: EntryRef | null = null;
  let bestRank = -1;
  for (const c of candidates) {
    const parent = c.entry.parent;
    if (parent !== null && !base.includes(parent) && !includes(added, addedCount, parent)) continue;
    const rank = (parent !== null ? 2 : 0) + (c.group === group ? 1 : 0);
    if (rank > bestRank) {
      best = c;
      bestRank = rank;
    }
  }
  return best;
}

function includes(list: readonly string[], count: number, key: string): boolean {
  for (let i = 0; i < count; i++) if (list[i] === key) return true;
  return false;
}

/** Per group: the row that matches a table row whose label is empty, if any. */
const emptyLabelRows = new WeakMap<TableGroup, RowEntry | null>();

function emptyLabelRow(group: TableGroup): RowEntry | null {
  let row = emptyLabelRows.get(group);
  if (row === undefined) {
    row = group.rows.find((e) => e.matchesEmptyLabel) ?? null;
    emptyLabelRows.set(group, row);
  }
  return row;
}

const NO_KEYS: readonly string[] = [];

/**
 * Matches every row of one table.
 * @param table The table.
 * @param catalogue The catalogue of the report's template.
 * @param index Its label index.
 * @returns One catalogue row (or null) per row: its key is the row's key (keys are unique in a catalogue:
 * test/templates/catalogue.test.ts, so it is `index.byKey.get(key)`).
 */
export function matchTableRows(table: Table, catalogue: TemplateCatalogue, index: LabelIndex): (EntryRef | null)[] {
  const rows = table.rows;
  const labelsOfRows = rows.map(rowLabelInfos);
  let group = tableGroup(table, catalogue, index, labelsOfRows);
  // The keys of the last matched row and its ancestors (shared, never changed: replaced by the next match).
  let stack: readonly string[] = NO_KEYS;
  // Keys added for the current row: the first `addedCount` entries (reused from row to row).
  const added: string[] = [];
  let addedCount: number;
  const matched: (EntryRef | null)[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const labels = labelsOfRows[r]!;
    const base = stack;
    addedCount = 0;
    let p = row.parent;
    for (let hops = 0; p !== null && p >= 0 && p < matched.length && hops < 16; hops++) {
      const parent = matched[p];
      if (parent) added[addedCount++] = parent.entry.key;
      p = rows[p]?.parent ?? null;
    }
    let match: EntryRef | null = null;
    if (labels.length === 0 && group !== null) {
      const empty = emptyLabelRow(group);
      if (empty && row.values.some((v) => v !== null)) match = index.byKey.get(empty.key) ?? null;
    }
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i]!;
      const item = label.item;
      if (item !== null) {
        group = groupOfClause(catalogue, item) ?? group;
        continue;
      }
      const ref = choose(refsOf(index, label), base, added, addedCount, group);
      if (ref) {
        const chain = ref.stack;
        for (let k = 0; k < chain.length; k++) added[addedCount++] = chain[k]!;
        stack = chain;
      }
      if (i === labels.length - 1) match = ref;
    }
    matched.push(match);
  }
  return matched;
}
