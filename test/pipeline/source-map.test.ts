import { describe, expect, it } from 'vitest';
import { PositionMapper } from '../../src/pipeline/source-map.js';

describe('PositionMapper with rebuilt lines', () => {
  // Parsed line 0 is original line 0 unchanged; parsed line 1 is rebuilt from original lines 1–2; parsed line 2 came
  // from original line 3 but was rewritten.
  const original = 'title\na\tb\nc\td\n1 2';
  const parsed = 'title\na | b |\n1 | 2 |';
  const mapper = new PositionMapper(parsed, original, [
    { start: 0, end: 0 },
    { start: 1, end: 2 },
    { start: 3, end: 3 },
  ]);
  const span = (start: number, end: number): number[] => {
    const p = mapper.position(start, end);
    return [p.start.line, p.start.column, p.end.line, p.end.column];
  };

  it('maps an unchanged line exactly and a rebuilt or rewritten line to its whole original lines, however often asked', () => {
    const asked = () => [span(1, 4), span(6, 9), span(14, 17), span(0, 5)];
    const expected = [
      [1, 2, 1, 5],
      [2, 1, 3, 4],
      [4, 1, 4, 4],
      [1, 1, 1, 6],
    ];
    expect(asked()).toEqual(expected);
    // Asked again, in another order: the same answers.
    expect([span(14, 17), span(0, 5), span(6, 9), span(1, 4)]).toEqual([
      expected[2],
      expected[3],
      expected[1],
      expected[0],
    ]);
  });
});
