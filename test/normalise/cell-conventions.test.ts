import { describe, expect, it } from 'vitest';
import { cellConventions } from '../../src/normalise/tables/block.js';
import { isNarrative } from '../../src/normalise/tables/cell-types.js';
import { endsInPipe, isBlankLine, isPipesOnly } from '../../src/normalise/tables/line-tests.js';
import { random } from '../helpers/draw.js';

/** The two scans `cellConventions` does in one pass, as they were: each over the lines on its own. */
function separatesCells(lines: readonly string[], from: number, limit: number): boolean {
  let separators = 0;
  let closed = 0;
  let open = 0;
  for (let i = from; i < limit; i++) {
    const line = lines[i]!;
    if (isBlankLine(line)) continue;
    if (isNarrative(line)) break;
    if (isPipesOnly(line)) separators++;
    else if (endsInPipe(line)) closed++;
    else open++;
  }
  return open > 0 && closed * 4 < separators && separators * 5 >= open * 4;
}

function opensRows(lines: readonly string[], from: number, limit: number): boolean {
  let openers = 0;
  let closed = 0;
  let open = 0;
  for (let i = from; i < limit; i++) {
    const line = lines[i]!;
    if (isBlankLine(line)) continue;
    if (isPipesOnly(line)) openers++;
    else if (endsInPipe(line)) closed++;
    else open++;
  }
  return openers > 0 && open > closed;
}

describe('one-cell-per-line conventions in one pass', () => {
  it('should tell them apart as the two scans do, on drawn blocks', () => {
    const kinds = [
      '|',
      ' | ',
      '规章',
      '0',
      '0 |',
      '规章 |',
      '8 | |||',
      '',
      '  ',
      '结束。',
      '一、总体情况，',
      '|规章|0|',
    ];
    const rand = random(0xce11);
    const seen = { separators: 0, rowOpeners: 0, neither: 0 };
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + Math.floor(rand() * 14);
      const lines = Array.from({ length }, () => kinds[Math.floor(rand() * kinds.length)]!);
      // bias towards the two conventions: cells with a lone pipe after each, or before each row
      if (n % 3 === 1) for (let i = 1; i < lines.length; i += 2) lines[i] = '|';
      const from = Math.floor(rand() * 2);
      const limit = lines.length - Math.floor(rand() * 2);
      const separators = separatesCells(lines, from, limit);
      const expected = { separators, rowOpeners: !separators && opensRows(lines, from, limit) };
      expect(cellConventions(lines, from, limit), JSON.stringify({ lines, from, limit })).toEqual(expected);
      if (expected.separators) seen.separators++;
      else if (expected.rowOpeners) seen.rowOpeners++;
      else seen.neither++;
    }
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(500);
  });
});
