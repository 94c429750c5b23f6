/**
 * The table builder's one-pass readings (docs/performance.md, "The assemble stage"): a row's filled cells, the
 * unit printed after its numbers and the cached header layouts, each checked against the full reading it replaces.
 */
import { describe, expect, it } from 'vitest';
import { random } from '../helpers/draw.js';
import { readFilled } from '../../src/assemble/filled-cells.js';
import { headerLayout } from '../../src/assemble/layout-cache.js';
import type { CellInfo } from '../../src/assemble/lines.js';
import { holdsValues } from '../../src/assemble/run-together.js';
import { knownLayout, layoutFromHeaders, looksLikeHeader } from '../../src/assemble/table-header.js';
import { flattenedHeaders } from '../../src/forms/applications-appeals.js';
import { withCellUnit } from '../../src/assemble/units.js';
import { isNumeric, readValue, valueUnit } from '../../src/assemble/values.js';

/** Cell texts at the edges of the row kinds: empty, numbers, values run together, empty marks, labels, header words. */
const TEXTS = [
  '',
  '',
  '12',
  '1,234',
  '12件',
  '147230元',
  '1.5万元',
  '12 3 0',
  '—— ——',
  '——',
  '／',
  '无',
  '规章',
  '本年新增',
  '统计指标',
  '（一）主动公开',
  '1、政府网站',
  '第二十条第（一）项',
  'abc',
];

/** A cell, maybe with a marker. */
function cell(text: string, marked: boolean): CellInfo {
  const marker = marked && text !== '' ? { image: '一、', family: 'han' as const, start: 0, end: 2 } : null;
  return { text, start: 0, end: text.length, marker, rest: text };
}

/** Rows of 1–6 cells drawn from TEXTS, one in eight with a marker on its first cell. */
function drawRows(count: number, seed: number): CellInfo[][] {
  const rand = random(seed);
  return Array.from({ length: count }, () => {
    const width = 1 + Math.floor(rand() * 6);
    return Array.from({ length: width }, (_, i) =>
      cell(TEXTS[Math.floor(rand() * TEXTS.length)]!, i === 0 && rand() < 0.125),
    );
  });
}

/** The row reading before its one pass: the filled cells filtered, then each row kind's test on them. */
function readFilledFully(cells: CellInfo[]): {
  count: number;
  first: CellInfo | undefined;
  firstIndex: number;
  data: boolean;
} {
  const filled = cells.filter((c) => c.text !== '');
  const data =
    Boolean(filled[0]?.marker) ||
    filled.some((c) => isNumeric(c.text) || holdsValues(c.text)) ||
    (filled.length >= 2 &&
      filled.slice(1).every((c) => readValue(c.text).kind === 'empty') &&
      !looksLikeHeader(filled.map((c) => c.text)));
  return { count: filled.length, first: filled[0], firstIndex: filled[0] ? cells.indexOf(filled[0]) : -1, data };
}

/** The row's cell unit before it was read with the values: every value cell read again. */
function cellsUnitFully(texts: string[]): string | null {
  let unit: string | null = null;
  for (const text of texts) {
    const value = valueUnit(text);
    if (value === undefined) continue;
    if (value === null || (unit !== null && unit !== value)) return null;
    unit = value;
  }
  return unit;
}

describe('a row read in one pass', () => {
  it('should count, find and classify the filled cells as the full reading does', () => {
    const rows = drawRows(20000, 3);
    const differing = rows.filter((cells) => {
      const fast = readFilled(cells);
      const full = readFilledFully(cells);
      return (
        fast.count !== full.count ||
        fast.first !== full.first ||
        fast.firstIndex !== full.firstIndex ||
        fast.data !== full.data
      );
    });
    expect(differing.map((cells) => cells.map((c) => c.text))).toEqual([]);
  });

  it('should tell a label followed by empty marks only from a header row', () => {
    expect(readFilled([cell('规章', false), cell('——', false), cell('', false), cell('／', false)]).data).toBe(true);
    expect(readFilled([cell('本年新增', false), cell('——', false)]).data).toBe(false);
    expect(readFilled([cell('规章', false), cell('——', false), cell('abc', false)]).data).toBe(false);
  });
});

describe('the unit after a row’s numbers', () => {
  it('should give what reading all the value cells again gives', () => {
    const rows = drawRows(20000, 11);
    const differing = rows.filter((cells) => {
      const texts = cells.map((c) => c.text);
      let unit: string | null | undefined;
      for (const text of texts) if (isNumeric(text)) unit = withCellUnit(unit, text);
      return (unit ?? null) !== cellsUnitFully(texts);
    });
    expect(differing.map((cells) => cells.map((c) => c.text))).toEqual([]);
  });
});

describe('cached header layouts', () => {
  const compute = (headers: string[][], dataWidth: number, labelFirst: boolean) =>
    knownLayout(headers, dataWidth) ??
    layoutFromHeaders(headers, Math.max(...headers.map((row) => row.length)), labelFirst);

  it('should give the layout made afresh, for the same cells cut into rows differently and other data widths', () => {
    const rand = random(5);
    const words = ['统计指标', '本年', '上一年', '单位', '自然人', '商业企业', '总计', '数量', 'A'];
    for (let n = 0; n < 3000; n++) {
      const rows = 1 + Math.floor(rand() * 3);
      const headers = Array.from({ length: rows }, () =>
        Array.from({ length: 1 + Math.floor(rand() * 4) }, () => words[Math.floor(rand() * words.length)]!),
      );
      const dataWidth = 1 + Math.floor(rand() * 6);
      const labelFirst = rand() < 0.5;
      expect(headerLayout(headers, dataWidth, labelFirst)).toEqual(compute(headers, dataWidth, labelFirst));
    }
  });

  it('should keep a known national header’s layouts apart by data width', () => {
    for (const known of flattenedHeaders) {
      const headers = [[...known.words]];
      const narrow = headerLayout(headers, known.columns.length, true);
      const wide = headerLayout([[...known.words]], known.columns.length + 3, true);
      expect(narrow).toEqual(compute(headers, known.columns.length, true));
      expect(wide).toEqual(compute(headers, known.columns.length + 3, true));
      expect(wide.width).toBe(known.columns.length + 3);
    }
  });

  it('should not follow the caller’s arrays once it has kept a layout (a Report’s headers are those arrays)', () => {
    const headers = [['项目', '本年新增', '累计']];
    const first = headerLayout(headers, 3, true);
    headers[0]![1] = '上一年';
    expect(headerLayout([['项目', '本年新增', '累计']], 3, true)).toEqual(first);
    expect(headerLayout(headers, 3, true)).toEqual(compute(headers, 3, true));
  });
});
