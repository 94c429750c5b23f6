/**
 * Array helpers that stay safe on huge inputs: spreading an array into a call
 * (`push(...items)`, `Math.max(...values)`) overflows V8's argument limit
 * (~120,000 items) and throws a RangeError.
 */

/**
 * Appends items to an array in place.
 * @param target Array to extend.
 * @param items Items to add.
 * @returns `target`.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/**
 * @param values Numbers.
 * @param initial Result for an empty list.
 * @returns The largest value, or `initial`.
 */
export function maxOf(values: Iterable<number>, initial = 0): number {
  let max = initial;
  for (const value of values) if (value > max) max = value;
  return max;
}
