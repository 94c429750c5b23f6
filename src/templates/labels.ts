/** Label lookup over a catalogue: exact, then core (数/数量 dropped), then containment. */
import { isEmptyMark } from '../vocabulary/empty-marks.js';
import { isUnitWord, UNIT_ALTERNATION } from '../vocabulary/units.js';
import type { Row } from '../types.js';
import { canonicalText, labelCore, normaliseLabel } from './normalise-label.js';
import { indicatorKey } from './catalogue.js';
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

const cellCache = new Map<string, string>();

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * @param cell A cell as printed.
 * @returns Its normalised label, or '' when the cell is a value, a unit, an empty mark or has no Chinese text.
 */
function cellLabel(cell: string): string {
  // Values, units in Latin letters and empty cells: ASCII only, so no Chinese text after canonicalisation either.
  if (isAscii(cell)) return '';
  const cached = cellCache.get(cell);
  if (cached !== undefined) return cached;
  const text = canonicalText(cell);
  const label =
    text === '' || isUnitOrMark(text) || VALUE_LIKE.test(text) || !/\p{Script=Han}/u.test(text)
      ? ''
      : normaliseLabel(cell);
  if (cellCache.size >= 4096) cellCache.clear();
  cellCache.set(cell, label);
  return label;
}

/**
 * The label texts of a row in printed order: text cells (rowspan group labels first), without values and units.
 * @param row A table row.
 * @returns Normalised labels (may be empty).
 */
export function rowLabels(row: Row): string[] {
  const out: string[] = [];
  for (const cell of row.cells) {
    const label = cellLabel(cell);
    if (label !== '') out.push(label);
  }
  if (out.length === 0) {
    const label = normaliseLabel(row.label);
    if (label !== '') out.push(label);
  }
  return out;
}
