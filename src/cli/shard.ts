/**
 * Deterministic sharding: `--shard I/N` keeps the inputs whose relative path hashes to I (1-based),
 * so N machines, GNU parallel slots or Kubernetes indexed Jobs split one corpus without coordination.
 */
import { ReportError } from '../errors.js';

/** A shard: `index` is 1-based, `count` ≥ 1. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * @param text `I/N` with 1 ≤ I ≤ N, e.g. `2/4`.
 * @returns The shard.
 * @throws ReportError `INVALID_OPTION` when the text is not of that form.
 */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ReportError('INVALID_OPTION', `--shard expects I/N with 1 ≤ I ≤ N (e.g. 1/4), got '${text}'.`);
  }
  return { index, count };
}

/**
 * @param relative The input's relative path (`/` separators).
 * @param shard The shard.
 * @returns Whether the input belongs to the shard.
 */
export function inShard(relative: string, shard: Shard): boolean {
  return fnv1a(relative) % shard.count === shard.index - 1;
}

/** FNV-1a, 32 bits, over the UTF-8 bytes: fast, stable across platforms and Node versions. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
