/**
 * Bounded memoisation of pure functions. Reports repeat the same labels, headers and units (the
 * national templates print the same few hundred cells in every report), so the builders fold and
 * classify each distinct string once per process instead of once per occurrence.
 */

/** Entries kept before a cache is emptied and starts again (bounds memory on odd input). */
const LIMIT = 8192;
/** Longer keys (whole paragraphs) are rarely seen twice: computing them again costs less than keeping them. */
const LONGEST_KEY = 600;

/**
 * @param fn A pure function of one argument.
 * @param keyOf The argument's cache key: equal keys must give equal results.
 * @returns `fn` with its results cached by key.
 */
export function memoizeBy<A, T>(fn: (arg: A) => T, keyOf: (arg: A) => string): (arg: A) => T {
  let cache = new Map<string, T>();
  return (arg: A): T => {
    const key = keyOf(arg);
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(arg);
    if (cache.size >= LIMIT) cache = new Map();
    if (key.length <= LONGEST_KEY) cache.set(key, value);
    return value;
  };
}

/**
 * @param fn A pure function of one string.
 * @returns `fn` with its results cached by argument.
 */
export function memoize<T>(fn: (text: string) => T): (text: string) => T {
  return memoizeBy(fn, (text) => text);
}
