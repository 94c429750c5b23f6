/**
 * Cell assignment when empty cells vanished: which value columns do k < n value tokens belong to?
 * Evidence in order: display positions (space-aligned layout with learned column centres), then the
 * template's row identities (总计 = Σ parts), then reading order (tokens fill the leftmost columns).
 */
import { asciiDigits } from '../../vocabulary/width.js';
import type { Token } from './cell-types.js';

/** How a placement was decided. */
export type PlacementBasis = 'complete' | 'positions' | 'sums' | 'order';

/** A decided placement. */
export interface Placement {
  /** One cell per value column, '' where nothing was printed. */
  values: string[];
  basis: PlacementBasis;
  /** Number of readings that fit the evidence equally well (1 = unambiguous). */
  readings: number;
}

/** Readings tried per row at most; beyond, values fill the leftmost columns (keeps huge tables linear). */
const MAX_CANDIDATES = 3_000;

const NUMBER_START = /^[+\-−]?\d+(?:\.\d+)?/;

/** The number a value cell starts with (`1,234` → 1234, `251000元` → 251000), or null. */
function toNumber(text: string): number | null {
  let t = text.replace(/[,，\s\u00a0]/g, '');
  if (t.length === 0) return null;
  t = asciiDigits(t);
  const m = NUMBER_START.exec(t);
  return m ? Number(m[0].replace('−', '-')) : null;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/**
 * Scores a full row against row identities: +1 per identity that holds, −1 per identity that fails.
 * Identities whose total or all parts are empty are not counted.
 * @param values One number (or null for an empty or non-numeric cell) per value column.
 * @param identities Total and parts column indices.
 * @returns The score.
 */
export function identityScore(
  values: readonly (number | null)[],
  identities: readonly { total: number; parts: readonly number[] }[],
): number {
  let score = 0;
  for (const id of identities) {
    const total = values[id.total] ?? null;
    if (total === null) continue;
    let sum = 0;
    let seen = 0;
    for (const p of id.parts) {
      const v = values[p] ?? null;
      if (v !== null) {
        sum += v;
        seen++;
      }
    }
    if (seen === 0) continue;
    score += Math.abs(sum - total) < 1e-6 ? 1 : -1;
  }
  return score;
}

/**
 * Places value tokens into n columns.
 * @param tokens The row's value tokens, in reading order.
 * @param n Number of value columns.
 * @param identities Row identities of the template.
 * @param centres Learned display-column centres of the value columns, or null when the text has no usable layout.
 * @returns The placement.
 */
export function placeValues(
  tokens: readonly Token[],
  n: number,
  identities: readonly { total: number; parts: readonly number[] }[],
  centres: readonly number[] | null,
): Placement {
  const k = tokens.length;
  const values = new Array<string>(n).fill('');
  if (k >= n) {
    tokens.slice(k - n).forEach((t, i) => (values[i] = t.text));
    return { values, basis: 'complete', readings: 1 };
  }
  if (centres) {
    // monotone assignment of tokens to columns minimising the distance of centres (dynamic programming)
    const cost = (i: number, j: number): number => Math.abs((tokens[i]!.from + tokens[i]!.to) / 2 - centres[j]!);
    const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
    for (let j = 0; j <= n; j++) best[0]![j] = 0;
    for (let i = 1; i <= k; i++)
      for (let j = i; j <= n; j++) best[i]![j] = Math.min(best[i]![j - 1]!, best[i - 1]![j - 1]! + cost(i - 1, j - 1));
    let j = n;
    for (let i = k; i >= 1; i--) {
      while (j > i && best[i]![j - 1]! <= best[i]![j]!) j--;
      values[j - 1] = tokens[i - 1]!.text;
      j--;
    }
    return { values, basis: 'positions', readings: 1 };
  }
  if (identities.length === 0 || binomial(n, k) > MAX_CANDIDATES) {
    tokens.forEach((t, i) => (values[i] = t.text));
    return { values, basis: 'order', readings: binomial(n, k) };
  }
  let bestScore = -Infinity;
  let bestPick: number[] = [];
  let readings = 0;
  const numbers = tokens.map((t) => toNumber(t.text));
  const row = new Array<number | null>(n).fill(null);
  const pick: number[] = [];
  const visit = (from: number): void => {
    if (pick.length === k) {
      row.fill(null);
      pick.forEach((col, i) => (row[col] = numbers[i]!));
      const score = identityScore(row, identities);
      if (score > bestScore) {
        bestScore = score;
        bestPick = [...pick];
        readings = 1;
      } else if (score === bestScore) readings++;
      return;
    }
    for (let col = from; col <= n - (k - pick.length); col++) {
      pick.push(col);
      visit(col + 1);
      pick.pop();
    }
  };
  visit(0);
  bestPick.forEach((col, i) => (values[col] = tokens[i]!.text));
  return { values, basis: bestScore > 0 ? 'sums' : 'order', readings };
}

/**
 * Learns the display-column centre of each value column from rows that printed every value,
 * and accepts them only when those rows agree (a space-aligned layout, not single spaces).
 * @param fullRows Value tokens of rows with exactly n tokens.
 * @param n Number of value columns.
 * @returns The centres, or null.
 */
export function learnCentres(fullRows: readonly (readonly Token[])[], n: number): number[] | null {
  if (fullRows.length === 0 || n < 2) return null;
  const centres: number[] = [];
  for (let j = 0; j < n; j++) {
    const xs = fullRows.map((row) => (row[j]!.from + row[j]!.to) / 2);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    if (xs.some((x) => Math.abs(x - mean) > 2.5)) return null;
    centres.push(mean);
  }
  for (let j = 1; j < n; j++) if (centres[j]! - centres[j - 1]! < 2) return null;
  return centres;
}
