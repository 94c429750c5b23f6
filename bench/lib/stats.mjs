// Small statistics and timing helpers shared by the bench scenarios.

/** @param {number[]} values @returns {number} */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** @param {number[]} values */
export function summary(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

/**
 * Interleaved rounds: every round runs each contender once, in an order rotated per round, so that
 * drift (thermal, other tenants, GC state) hits all contenders alike. No forced gc() between samples.
 * Runs `rounds` rounds, or fewer (never under `minRounds`) once `budgetMs` of wall time is spent,
 * so that `npm run bench` stays within its time limit on a slow or busy machine.
 * @param {Record<string, () => unknown>} contenders name → one full pass
 * @param {{rounds: number, warmup?: number, minRounds?: number, budgetMs?: number}} options
 * @returns {Record<string, number[]>} name → milliseconds per round
 */
export function interleave(contenders, { rounds, warmup = 1, minRounds = 3, budgetMs = Infinity }) {
  const started = performance.now();
  const names = Object.keys(contenders);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  let sink = 0;
  for (let w = 0; w < warmup; w++) for (const name of names) sink += count(contenders[name]());
  for (let round = 0; round < rounds && (round < minRounds || performance.now() - started < budgetMs); round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length];
      const start = performance.now();
      sink += count(contenders[name]());
      times[name].push(performance.now() - start);
    }
  }
  if (sink === -1) console.error('unreachable');
  return times;
}

/**
 * Per-round ratios a[i] / b[i] (same round, side by side), summarised.
 * @param {number[]} a @param {number[]} b
 */
export function ratios(a, b) {
  return summary(a.map((value, i) => value / b[i]));
}

function count(value) {
  return typeof value === 'number' ? value : value ? 1 : 0;
}

/** Wall-clock budget of a scenario: `spent()` and `over()` in milliseconds since creation. */
export function budget(ms) {
  const started = performance.now();
  return { spent: () => performance.now() - started, over: () => performance.now() - started > ms };
}
