import { describe, expect, it } from 'vitest';
import { isUnit, readValue, valueUnit } from '../../src/assemble/values.js';
import { cellKind } from '../../src/normalise/tables/cell-types.js';
import { EMPTY_WORDS, isEmptyMark, isHeadingDash } from '../../src/vocabulary/empty-marks.js';
import { COUNT_UNITS, UNIT_WORDS } from '../../src/vocabulary/units.js';

describe('unit words and empty marks: one list, read alike by table rebuilding and the builder', () => {
  it('every unit word is a unit in a unit column and after a number, in both stages', () => {
    for (const unit of UNIT_WORDS) {
      expect(cellKind(unit, true), unit).toBe('unit');
      expect(cellKind(unit, false), unit).toBe('text');
      expect(isUnit(unit), unit).toBe(true);
      expect(cellKind(`12${unit}`, true), unit).toBe('number');
      expect(readValue(`12${unit}`), unit).toEqual({ kind: 'number', value: 12 });
      expect(valueUnit(`12${unit}`), unit).toBe(unit);
    }
    // 套 and 张 were unit words of table rebuilding only (src/normalise/tables/header-data.ts) and 15元 a
    // number with a unit there but not 3套: the builder now reads them the same way.
    expect(readValue('3套')).toEqual({ kind: 'number', value: 3 });
    expect(isUnit('张')).toBe(true);
  });

  it('counts whole things in every unit but money and shares (validate-value-not-integer)', () => {
    expect([...COUNT_UNITS]).toEqual(UNIT_WORDS.filter((u) => u !== '万元' && u !== '元' && u !== '%'));
    expect(['条', '件', '人次', '份', '场'].every((u) => COUNT_UNITS.has(u))).toBe(true);
  });

  it('every empty mark is empty in both stages; —— is the heading dash, a lone hyphen an empty value', () => {
    for (const mark of EMPTY_WORDS) {
      expect(isEmptyMark(mark), mark).toBe(true);
      expect(cellKind(mark, true), mark).toBe('empty');
      expect(readValue(mark), mark).toEqual({ kind: 'empty' });
    }
    for (const dash of ['——', '—', '――', '────']) {
      expect(isHeadingDash(dash), dash).toBe(true);
      expect(cellKind(dash, true), dash).toBe('dash');
      expect(readValue(dash), dash).toEqual({ kind: 'empty' });
    }
    for (const hyphen of ['-', '－', '–']) {
      expect(isHeadingDash(hyphen), hyphen).toBe(false);
      expect(cellKind(hyphen, true), hyphen).toBe('empty');
    }
    expect(isEmptyMark('无效')).toBe(false);
    expect(cellKind('无效', true)).toBe('text');
    expect(readValue('0')).toEqual({ kind: 'number', value: 0 });
  });
});
