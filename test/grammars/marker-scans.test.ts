/**
 * The marker families read by a character loop instead of their regexp (grammars/report-text/tokens.ts,
 * `MARKER_SCANS`; docs/performance.md, "Grammar stage"): the loop ends where the sticky regexp ends, at every
 * offset of strings drawn from the characters the regexps read and their neighbours.
 */
import { describe, expect, it } from 'vitest';
import { draw } from '../helpers/draw.js';
import { MARKER_SCANS } from '../../grammars/report-text/tokens.js';

const PIECES = [
  ...'〇○零一二三四五六七八九十百千是第',
  ...'0123456789０１２３４５６７８９',
  ...'、.．,，:：()（）㈠㈡㈩㈪\u321f',
  ' ',
  '\u00a0',
  '\u3000',
  '\t',
  ...'aZzA_文',
];

/** Where the sticky regexp's match at `offset` ends, or -1. */
function regexpEnd(regexp: RegExp, text: string, offset: number): number {
  regexp.lastIndex = offset;
  return regexp.test(text) ? regexp.lastIndex : -1;
}

describe('marker scans', () => {
  it('should be the most frequent families: han, han-paren, digit', () => {
    expect(MARKER_SCANS.map(({ family }) => family).sort()).toEqual(['digit', 'han', 'han-paren']);
  });

  for (const { family, regexp, scan } of MARKER_SCANS) {
    it(`should end a ${family} marker where its regexp ends, at every offset of drawn strings`, () => {
      const texts = draw(PIECES, 20000, 9, family.length * 31 + 7);
      let matches = 0;
      for (const text of texts)
        for (let offset = 0; offset < text.length; offset++) {
          const expected = regexpEnd(regexp, text, offset);
          if (scan(text, offset) !== expected)
            expect([text, offset, scan(text, offset)]).toEqual([text, offset, expected]);
          if (expected >= 0) matches++;
        }
      // The draw reaches markers, not only failures.
      expect(matches).toBeGreaterThan(100);
    });
  }

  it('should read the edge cases as the regexps do', () => {
    const end = (family: string, text: string) => {
      const rule = MARKER_SCANS.find((candidate) => candidate.family === family)!;
      expect(rule.scan(text, 0)).toBe(regexpEnd(rule.regexp, text, 0));
      return rule.scan(text, 0);
    };
    expect(end('digit', '123.文')).toBe(4);
    expect(end('digit', '123.x')).toBe(-1);
    expect(end('digit', '1234.x')).toBe(-1);
    expect(end('digit', '1.5')).toBe(-1);
    expect(end('digit', '1.a')).toBe(-1);
    expect(end('digit', '１．')).toBe(2);
    expect(end('han', '十二 \u3000、')).toBe(5);
    expect(end('han', '十二\t、')).toBe(-1);
    expect(end('han-paren', '（ 一 )')).toBe(5);
    expect(end('han-paren', '（）')).toBe(-1);
    expect(end('han-paren', '㈩x')).toBe(1);
    expect(end('han-paren', '㈪')).toBe(-1);
  });
});
