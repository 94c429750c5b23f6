import { describe, expect, it } from 'vitest';
import { fnv1a, inShard, parseShard } from '../../src/cli/shard.js';
import { isReportError } from '../../src/errors.js';

describe('shard', () => {
  it('should hash with 32-bit FNV-1a over UTF-8, matching the published test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('should parse I/N and reject anything else with INVALID_OPTION', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '1/0', '1', 'a/b', '1/2/3', '-1/2']) {
      let caught: unknown;
      try {
        parseShard(bad);
      } catch (error) {
        caught = error;
      }
      expect(isReportError(caught) && caught.code).toBe('INVALID_OPTION');
    }
  });

  it('should put every path in exactly one of N shards, spread evenly', () => {
    const paths = Array.from({ length: 3000 }, (_, i) => `scrape/2019/市政府/${i}-年度报告.pdf`);
    const shards = [1, 2, 3].map((index) => paths.filter((p) => inShard(p, { index, count: 3 })));
    expect(shards.flat().sort()).toEqual([...paths].sort());
    for (const shard of shards) {
      expect(shard.length).toBeGreaterThan(900);
      expect(shard.length).toBeLessThan(1100);
    }
  });

  it('should assign shards from the relative path alone, so every machine agrees', () => {
    const shard = { index: 2, count: 5 };
    const chosen = ['a/b.txt', 'a/c.txt', 'd.pdf', '报告/2018.docx'].map((p) => inShard(p, shard));
    expect(['a/b.txt', 'a/c.txt', 'd.pdf', '报告/2018.docx'].map((p) => fnv1a(p) % 5 === 1)).toEqual(chosen);
  });
});
