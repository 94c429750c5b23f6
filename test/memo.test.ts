import { describe, expect, it } from 'vitest';
import { memoize, memoizeBy } from '../src/memo.js';

describe('memoize', () => {
  it('computes each distinct argument once', () => {
    const calls: string[] = [];
    const upper = memoize((text) => {
      calls.push(text);
      return text.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a'), upper('a')]).toEqual(['A', 'B', 'A', 'A']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('caches falsy results too', () => {
    let calls = 0;
    const none = memoize(() => {
      calls++;
      return undefined;
    });
    none('x');
    none('x');
    expect(calls).toBe(1);
  });

  it('does not keep long keys (paragraphs are rarely seen twice)', () => {
    let calls = 0;
    const length = memoize((text) => {
      calls++;
      return text.length;
    });
    const paragraph = '政'.repeat(201);
    expect(length(paragraph)).toBe(201);
    expect(length(paragraph)).toBe(201);
    expect(calls).toBe(2);
  });

  it('stays bounded: a full cache starts again', () => {
    let calls = 0;
    const id = memoize((text) => {
      calls++;
      return text;
    });
    for (let i = 0; i <= 2048; i++) id(String(i));
    expect(calls).toBe(2049);
    id('0');
    expect(calls).toBe(2050);
    id('2048');
    expect(calls).toBe(2050);
  });
});

describe('memoize with limits', () => {
  it('keeps what the limits allow', () => {
    let calls = 0;
    const id = memoize(
      (text) => {
        calls++;
        return text;
      },
      { entries: 2, longestKey: 3 },
    );
    id('abcd');
    id('abcd');
    expect(calls).toBe(2);
    id('a');
    id('b');
    id('a');
    expect(calls).toBe(4);
    id('c');
    id('a');
    expect(calls).toBe(6);
  });
});

describe('memoizeBy', () => {
  it('uses the key function to tell arguments apart', () => {
    let calls = 0;
    const sum = memoizeBy(
      (cells: number[]) => {
        calls++;
        return cells.reduce((a, b) => a + b, 0);
      },
      (cells) => cells.join(','),
    );
    expect(sum([1, 2])).toBe(3);
    expect(sum([1, 2])).toBe(3);
    expect(sum([2, 1])).toBe(3);
    expect(calls).toBe(2);
  });
});
