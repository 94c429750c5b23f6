/**
 * Bounded memoisation of pure functions. Reports repeat the same labels, headers and units (the
 * national templates print the same few hundred cells in every report), so the builders fold and
 * classify each distinct string once per process instead of once per occurrence.
 */

/** How big a cache may grow. */
export interface MemoLimits {
  /** Entries kept before the cache is emptied and starts again (bounds memory on odd input). Default 2048. */
  entries?: number;
  /** Longer keys are not kept: whole paragraphs are rarely seen twice, and cost memory. Default 200. */
  longestKey?: number;
}

/**
 * @param fn A pure function of one argument.
 * @param keyOf The argument's cache key: equal keys must give equal results.
 * @param limits Size limits.
 * @returns `fn` with its results cached by key.
 */
export function memoizeBy<A, T>(fn: (arg: A) => T, keyOf: (arg: A) => string, limits: MemoLimits = {}): (arg: A) => T {
  const entries = limits.entries ?? 2048;
  const longestKey = limits.longestKey ?? 200;
  let cache = new Map<string, T>();
  return (arg: A): T => {
    const key = keyOf(arg);
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(arg);
    if (key.length > longestKey) return value;
    if (cache.size >= entries) cache = new Map();
    cache.set(key, value);
    return value;
  };
}

/**
 * @param fn A pure function of one string.
 * @param limits Size limits.
 * @returns `fn` with its results cached by argument.
 */
export function memoize<T>(fn: (text: string) => T, limits: MemoLimits = {}): (text: string) => T {
  return memoizeBy(fn, (text) => text, limits);
}
