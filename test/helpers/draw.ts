/** Seeded drawing of test inputs, so that every run of a fast-path test checks the same strings. */

/**
 * mulberry32: a tiny seeded PRNG.
 * @param seed The seed.
 * @returns Numbers in [0, 1).
 */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @param pieces What a string is made of (characters or longer pieces).
 * @param count How many strings.
 * @param longest The most pieces in one string (at least one).
 * @param seed The seed.
 * @returns `count` strings of 1–`longest` pieces drawn from `pieces`.
 */
export function draw(pieces: readonly string[], count: number, longest: number, seed: number): string[] {
  const rand = random(seed);
  return Array.from({ length: count }, () => {
    let text = '';
    const length = 1 + Math.floor(rand() * longest);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(rand() * pieces.length)]!;
    return text;
  });
}
