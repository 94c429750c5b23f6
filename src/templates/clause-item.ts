/** The clause item a label or title names (第二十条第(一)项 → 1): the 2019 and 2021 forms' section 二 tables. */
import { readClause } from '../vocabulary/clauses.js';
import { canonicalText } from './normalise-label.js';

/**
 * @param text A clause as printed (第二十条第(一)项).
 * @returns The item number, or null.
 */
export function clauseItem(text: string | null): number | null {
  if (text === null) return null;
  // Titles repeat from report to report and almost never hold a clause: remember the answers.
  const cached = clauseCache.get(text);
  if (cached !== undefined) return cached;
  if (clauseCache.size >= 4096) clauseCache.clear();
  const item = clauseItemUncached(text);
  clauseCache.set(text, item);
  return item;
}

const clauseCache = new Map<string, number | null>();

/**
 * @param text Any text.
 * @returns `clauseItem(text)`, worked out afresh.
 */
export function clauseItemUncached(text: string): number | null {
  const canonical = canonicalText(text);
  if (!canonical.includes('第二十条')) return null;
  const clause = readClause(canonical);
  return clause?.article === 20 ? clause.item : null;
}
