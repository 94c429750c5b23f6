import { describe, expect, it } from 'vitest';
import { headerSpecs } from '../../src/normalise/tables/header-data.js';
import { hasStrayDigit, headerWordsByPattern, mostlyHeaderWords } from '../../src/normalise/tables/header-match.js';
import { draw } from '../helpers/draw.js';

/**
 * `hasStrayDigit` answers "not header words" without the header words' pattern (header-match.ts); it must
 * never say so of a line the pattern reads as header words.
 */
const spellings = [...new Set(headerSpecs.flatMap((spec) => spec.words.flatMap((word) => word.variants)))];

describe('header words: the stray-digit test', () => {
  it('should rest on header words holding ASCII digits only in years and notes', () => {
    expect(spellings.filter((v) => /[0-9]/.test(v))).toEqual([]);
    // a pattern's digits are `\d` and quantifiers ({4}); any other digit would be a literal one
    const literal = headerSpecs
      .flatMap((spec) => spec.words.flatMap((word) => (word.pattern ? [word.pattern] : [])))
      .filter((pattern) => /[0-9]/.test(pattern.replace(/\\d|\{\d+(?:,\d*)?\}/g, '')));
    expect(literal).toEqual([]);
  });

  it('should never reject a line the pattern reads as header words', () => {
    const pieces = [
      ...spellings,
      ...'0123456789',
      '2019',
      '1999',
      '二〇一九',
      '年',
      '年度',
      '（',
      '）',
      '(',
      ')',
      ' ',
      '  ',
      '|',
      '｜',
      '\u3000',
      '规章',
      '行政许可',
      '，',
      '一、',
      '（一）',
      '1.',
    ];
    const lines = draw(pieces, 40_000, 7, 0x15a1);
    const rejected = lines.filter(hasStrayDigit);
    const wrong = rejected.filter(headerWordsByPattern);
    expect(wrong).toEqual([]);
    // the drawing reaches both sides: lines rejected by the test, and header lines with digits it lets through
    expect(rejected.length).toBeGreaterThan(5_000);
    expect(lines.filter((line) => /[0-9]/.test(line) && headerWordsByPattern(line)).length).toBeGreaterThan(100);
    for (const line of lines.slice(0, 5_000)) expect(mostlyHeaderWords(line), line).toBe(headerWordsByPattern(line));
  });

  it('should never reject a line the pattern reads as header words, whatever the character next to a digit', () => {
    const lines: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      lines.push(`${ch}1`, `1${ch}`, `信息内容${ch}2019`, `2${ch}年度`, `（${ch}3）`, `3${ch}`);
    }
    expect(lines.filter((line) => hasStrayDigit(line) && headerWordsByPattern(line))).toEqual([]);
  });

  it('should reject the rows of a space-aligned table and keep its header lines', () => {
    expect(hasStrayDigit('规章              0       0       0')).toBe(true);
    expect(hasStrayDigit('一、本年新收政府信息公开申请数量                    46      5       0')).toBe(true);
    expect(hasStrayDigit('信息 内容    本年制发件数    本年废止件数    现行有效件')).toBe(false);
    expect(hasStrayDigit('指标名称  2019年度')).toBe(false);
    expect(hasStrayDigit('统计指标  单位  2019')).toBe(false);
    expect(hasStrayDigit('统计指标  单位  二〇一九')).toBe(false);
    expect(hasStrayDigit('规章  3  2029')).toBe(false);
    expect(hasStrayDigit('规章  3  2129')).toBe(true);
  });
});
