import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/diagnostic.js';
import { lineAt, PositionMapper, sameLine, type LineOrigins } from '../../src/pipeline/source-map.js';
import type { Position } from '../../src/types.js';
import { random } from '../helpers/draw.js';

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

/**
 * The mapping as it was first written (docs/performance.md, "Positions"): every offset through `LineIndex.point`, a
 * rebuilt text through intermediate points and whole-line slices. The mapper must give the same positions.
 */
function referencePosition(
  parsedText: string,
  originalText: string,
  origins: LineOrigins | null,
): (start: number, end: number) => Position {
  const parsed = new LineIndex(parsedText);
  const original = origins ? new LineIndex(originalText) : parsed;
  const lineText = (text: string, index: LineIndex, line: number): string => {
    const start = index.starts[line] ?? text.length;
    const next = index.starts[line + 1];
    return text.slice(start, next === undefined ? text.length : next - 1);
  };
  const mapPoint = (line: number, column: number, side: 'start' | 'end'): number => {
    const origin = origins![line] ?? { start: line, end: line };
    const originalStart = original.starts[origin.start] ?? originalText.length;
    const same =
      origin.start === origin.end &&
      lineText(parsedText, parsed, line) === lineText(originalText, original, origin.start);
    if (same) return originalStart + column;
    if (side === 'start') return originalStart;
    const next = original.starts[origin.end + 1];
    return next === undefined ? originalText.length : next - 1;
  };
  return (start, end) => {
    if (!origins) return parsed.position(start, end);
    const a = parsed.point(start);
    const b = parsed.point(end);
    const from = mapPoint(a.line - 1, a.column - 1, 'start');
    const to = mapPoint(b.line - 1, b.column - 1, 'end');
    return original.position(from, Math.max(from, to));
  };
}

describe('PositionMapper against the reference mapping', () => {
  const LINES = ['', 'a', '标题', 'a | b |', '  本年新增 | 12 | 3 |', '一、总体情况', 'x'.repeat(40), '\r'];

  /** A text of drawn lines, and an original made from it: some lines kept, some rewritten, some split in two. */
  function drawTexts(rand: () => number): { parsed: string; original: string; origins: LineOrigins } {
    const count = 1 + Math.floor(rand() * 30);
    const parsedLines: string[] = [];
    const originalLines: string[] = [];
    const origins: LineOrigins = [];
    for (let i = 0; i < count; i++) {
      const line = LINES[Math.floor(rand() * LINES.length)]!;
      parsedLines.push(line);
      const kind = rand();
      const at = originalLines.length;
      if (kind < 0.5) originalLines.push(line);
      else if (kind < 0.7) originalLines.push(line + 'z');
      else if (kind < 0.8) originalLines.push(line.slice(1));
      else originalLines.push(line.slice(0, 2), line.slice(2));
      origins.push({ start: at, end: originalLines.length - 1 });
    }
    // Sometimes fewer origins than lines: the lines after map to the original line of the same number.
    if (rand() < 0.2) origins.length = Math.floor(origins.length / 2);
    return { parsed: parsedLines.join('\n'), original: originalLines.join('\n'), origins };
  }

  /** Offset pairs: mostly in document order on one line or across a few, sometimes backwards or past the end. */
  function drawSpans(rand: () => number, length: number): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    let at = 0;
    for (let i = 0; i < 40; i++) {
      const kind = rand();
      let start: number;
      if (kind < 0.7) start = at + Math.floor(rand() * 12);
      else if (kind < 0.9) start = Math.floor(rand() * (length + 2));
      else start = length + Math.floor(rand() * 3);
      const span = rand() < 0.8 ? Math.floor(rand() * 10) : Math.floor(rand() * (length + 2)) - start;
      spans.push([start, start + span]);
      at = Math.min(length, Math.max(at, start + Math.max(span, 0)));
    }
    return spans;
  }

  it('maps every drawn span of a plain and of a rebuilt text as the reference does', () => {
    const rand = random(15_003);
    let rebuilt = 0;
    for (let round = 0; round < 400; round++) {
      const { parsed, original, origins } = drawTexts(rand);
      const plain = new PositionMapper(parsed, parsed, null);
      const plainReference = referencePosition(parsed, parsed, null);
      const mapped = new PositionMapper(parsed, original, origins);
      const mappedReference = referencePosition(parsed, original, origins);
      for (const [start, end] of drawSpans(rand, parsed.length)) {
        expect(plain.position(start, end)).toEqual(plainReference(start, end));
        const position = mappedReference(start, end);
        if (position.start.offset !== start) rebuilt++;
        expect(mapped.position(start, end)).toEqual(position);
      }
    }
    // The drawing reaches the rebuilt lines' mapping, not only unchanged ones.
    expect(rebuilt).toBeGreaterThan(1000);
  });

  it('finds the line of an offset from any guess, forward within a few lines or farther, and backwards', () => {
    const starts = [0, 3, 3, 7, 10, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 40];
    const expected = (offset: number): number => {
      let line = 0;
      for (let i = 0; i < starts.length; i++) if (starts[i]! <= offset) line = i;
      return line;
    };
    for (let offset = -2; offset < 45; offset++) {
      for (let from = 0; from < starts.length + 2; from++) expect(lineAt(starts, offset, from)).toBe(expected(offset));
    }
  });

  it('compares lines in place', () => {
    const a = 'ab\ncd\n\nef';
    const b = 'cd\nab\nef\n';
    const starts = (text: string): number[] => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
    expect(sameLine(a, starts(a), 0, b, starts(b), 1)).toBe(true);
    expect(sameLine(a, starts(a), 1, b, starts(b), 0)).toBe(true);
    expect(sameLine(a, starts(a), 3, b, starts(b), 2)).toBe(true);
    expect(sameLine(a, starts(a), 2, b, starts(b), 3)).toBe(true);
    expect(sameLine(a, starts(a), 0, b, starts(b), 0)).toBe(false);
    expect(sameLine(a, starts(a), 2, b, starts(b), 2)).toBe(false);
    // Past the last line: the empty line at the end.
    expect(sameLine(a, starts(a), 9, b, starts(b), 3)).toBe(true);
  });
});
