// The protocol between a scenario process and bench/run.mjs: one JSON line on stdout.

/**
 * A table row.
 * @param {string} figure What is measured.
 * @param {string} unit Unit of median/min/max.
 * @param {{median: number, min: number, max: number}} stats
 * @param {{ratio?: {median: number, min: number, max: number}, target?: string, pass?: boolean, note?: string, headline?: boolean}} [extra]
 *   `headline`: run.mjs repeats the row under the table, beside its scenario's A/A control.
 */
export function row(figure, unit, stats, extra = {}) {
  return { figure, unit, median: stats.median, min: stats.min, max: stats.max, ...extra };
}

/** Prints the scenario's result for run.mjs. */
export function emit(scenario, rows, notes = []) {
  process.stdout.write(`${JSON.stringify({ scenario, rows, notes })}\n`);
}

/** MB/s for `bytes` processed in each of `ms`, as stats (median of rates = rate of median time). */
export function rates(bytes, ms) {
  const values = ms.map((t) => bytes / 1e6 / (t / 1000));
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
