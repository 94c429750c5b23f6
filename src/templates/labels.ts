/** Label lookup over a catalogue: exact, then core (数/数量 dropped), then containment. */
import { isEmptyMark } from '../vocabulary/empty-marks.js';
import { isUnitWord, UNIT_ALTERNATION } from '../vocabulary/units.js';
import type { Row } from '../types.js';
import { canonicalText, labelCore, normaliseLabel } from './normalise-label.js';
import { indicatorKey } from './catalogue.js';
import { clauseItemUncached } from './clause-item.js';
import type { RowEntry, TableGroup, TemplateCatalogue } from './types.js';

/** A catalogue row with the group it belongs to. */
export interface EntryRef {
  entry: RowEntry;
  group: TableGroup;
  /** Grid rows: the indicator key of each column of the group (`indicatorKey(entry, column)`), in column order. */
  columnKeys: readonly string[];
  /** The key and the keys of its ancestors (nearest first): the context a row matched to this entry leaves. */
  stack: readonly string[];
}

/** Lookup tables of one catalogue, built once. */
export interface LabelIndex {
  exact: Map<string, EntryRef[]>;
  core: Map<string, EntryRef[]>;
  /** All normalised variants, longest first, for the containment fallback. */
  variants: { label: string; ref: EntryRef }[];
  byKey: Map<string, EntryRef>;
}

const indexes = new WeakMap<TemplateCatalogue, LabelIndex>();

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * @param catalogue A catalogue.
 * @returns Its label index (cached).
 */
export function labelIndex(catalogue: TemplateCatalogue): LabelIndex {
  const cached = indexes.get(catalogue);
  if (cached) return cached;
  const index: LabelIndex = { exact: new Map(), core: new Map(), variants: [], byKey: new Map() };
  const parents = new Map<string, string | null>();
  const refs: EntryRef[] = [];
  for (const group of catalogue.groups) {
    for (const entry of group.rows) {
      const ref: EntryRef = {
        entry,
        group,
        columnKeys: group.kind === 'grid' ? (group.columns ?? []).map((column) => indicatorKey(entry, column)) : [],
        stack: [],
      };
      index.byKey.set(entry.key, ref);
      refs.push(ref);
      parents.set(entry.key, entry.parent);
      for (const label of new Set(entry.labels.map(normaliseLabel))) {
        push(index.exact, label, ref);
        push(index.core, labelCore(label), ref);
        index.variants.push({ label, ref });
      }
    }
  }
  const stacks = new Map<string, readonly string[]>();
  for (const key of parents.keys()) {
    const chain: string[] = [];
    for (let p = parents.get(key) ?? null; p !== null && !chain.includes(p); p = parents.get(p) ?? null) chain.push(p);
    stacks.set(key, Object.freeze([key, ...chain]));
  }
  for (const ref of refs) ref.stack = stacks.get(ref.entry.key)!;
  index.variants.sort((a, b) => b.label.length - a.label.length);
  indexes.set(catalogue, index);
  return index;
}

/**
 * Catalogue rows whose label variants match a normalised label.
 * @param index The catalogue's index.
 * @param label A label from `normaliseLabel`.
 * @returns Candidates (empty when none).
 */
export function lookupLabel(index: LabelIndex, label: string): EntryRef[] {
  if (label === '') return [];
  const exact = index.exact.get(label);
  if (exact) return exact;
  let cache = lookupCaches.get(index);
  if (!cache) {
    cache = new Map();
    lookupCaches.set(index, cache);
  }
  let found = cache.get(label);
  if (found === undefined) {
    // Labels repeat from report to report: keep the answers for the last few thousand.
    if (cache.size >= 4096) cache.clear();
    found = lookupUncached(index, label);
    cache.set(label, found);
  }
  return found;
}

const lookupCaches = new WeakMap<LabelIndex, Map<string, EntryRef[]>>();

function lookupUncached(index: LabelIndex, label: string): EntryRef[] {
  const core = index.core.get(labelCore(label));
  if (core) return core;
  // Wording drift: one starts with the other (a label cut by a wrap, a word added at the end), or the printed
  // label adds at most two characters before a variant (通过政府网站公开政府信息数). The shorter side needs 5 characters,
  // so 全文电子化的主动公开信息数 is not read as 主动公开信息数.
  const found: EntryRef[] = [];
  let length = 0;
  for (const { label: variant, ref } of index.variants) {
    if (variant.length < length) break;
    const shorter = Math.min(variant.length, label.length);
    const related =
      label.startsWith(variant) ||
      variant.startsWith(label) ||
      (label.endsWith(variant) && label.length - variant.length <= 2);
    if (shorter >= 5 && related) {
      found.push(ref);
      length = variant.length;
    }
  }
  return found;
}

/** A unit word, an empty mark or the word 单位 itself: never a label. */
const isUnitOrMark = (text: string): boolean => isUnitWord(text) || isEmptyMark(text) || text === '单位';
const VALUE_LIKE = new RegExp(`^[-+]?\\d[\\d,]*(?:\\.\\d+)?(?:${UNIT_ALTERNATION})?$`, 'u');

/**
 * A label as the matcher reads it, worked out once per distinct text and shared by every row that prints it: the
 * normalised label, the clause item it names, and its catalogue candidates.
 */
export interface LabelInfo {
  /** `normaliseLabel` of the text (never ''). */
  readonly label: string;
  /** `clauseItem(label)`. */
  readonly item: number | null;
  /** The label index `refs` was looked up in (reports of one form follow each other), or null. */
  refsIndex: LabelIndex | null;
  /** `lookupLabel(refsIndex, label)`. */
  refs: EntryRef[];
}

/**
 * @param index A catalogue's label index.
 * @param info A label.
 * @returns `lookupLabel(index, info.label)`, remembered on the label for the last index asked.
 */
export function refsOf(index: LabelIndex, info: LabelInfo): EntryRef[] {
  if (info.refsIndex === index) return info.refs;
  const refs = lookupLabel(index, info.label);
  info.refsIndex = index;
  info.refs = refs;
  return refs;
}

const NO_REFS: EntryRef[] = [];

/** Normalised label → its info. */
const infoCache = new Map<string, LabelInfo>();

/**
 * @param label A label from `normaliseLabel`, not ''.
 * @returns Its info (cached: labels repeat from report to report).
 */
function infoOf(label: string): LabelInfo {
  let info = infoCache.get(label);
  if (info === undefined) {
    info = { label, item: clauseItemUncached(label), refsIndex: null, refs: NO_REFS };
    if (infoCache.size >= 4096) infoCache.clear();
    infoCache.set(label, info);
  }
  return info;
}

/** Cell as printed → the info of its label, or null when it holds none. */
const cellCache = new Map<string, LabelInfo | null>();

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * @param cell A cell as printed.
 * @returns The info of its normalised label, or null when the cell is a value, a unit, an empty mark or has no Chinese
 * text.
 */
function cellInfo(cell: string): LabelInfo | null {
  // Values, units in Latin letters and empty cells: ASCII only, so no Chinese text after canonicalisation either.
  if (isAscii(cell)) return null;
  const cached = cellCache.get(cell);
  if (cached !== undefined) return cached;
  const text = canonicalText(cell);
  const label =
    text === '' || isUnitOrMark(text) || VALUE_LIKE.test(text) || !/\p{Script=Han}/u.test(text)
      ? ''
      : normaliseLabel(cell);
  const info = label === '' ? null : infoOf(label);
  if (cellCache.size >= 4096) cellCache.clear();
  cellCache.set(cell, info);
  return info;
}

const NO_LABELS: readonly LabelInfo[] = [];

/**
 * The labels of a row in printed order: its text cells (rowspan group labels first), without values and units; when
 * it has none, its label.
 * @param row A table row.
 * @returns Their infos (may be empty; an empty list is shared).
 */
export function rowLabelInfos(row: Row): readonly LabelInfo[] {
  let out: LabelInfo[] | undefined;
  const cells = row.cells;
  for (let c = 0; c < cells.length; c++) {
    const info = cellInfo(cells[c]!);
    if (info !== null) (out ??= []).push(info);
  }
  if (out !== undefined) return out;
  const label = normaliseLabel(row.label);
  return label === '' ? NO_LABELS : [infoOf(label)];
}

/**
 * The label texts of a row in printed order: text cells (rowspan group labels first), without values and units.
 * @param row A table row.
 * @returns Normalised labels (may be empty).
 */
export function rowLabels(row: Row): string[] {
  return rowLabelInfos(row).map((info) => info.label);
}
