import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/pipeline/index.js';
import type { Report } from '../../src/types.js';
import { reportShapeProblem, unaccountedLines } from './helpers/accounted.js';
import { applyMutations, flipWidth, mutations, undamagedLines } from './helpers/mutate.js';

const samplesDir = new URL('../../samples/', import.meta.url);
const sampleNames = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.txt') && !f.startsWith('render-'))
  .sort();
const samples = sampleNames.map((name) => {
  const text = readFileSync(new URL(name, samplesDir), 'utf8');
  return { name, text, report: parseReportText(text, { fileName: name }) };
});

/**
 * Original table rows with the line span they depend on: from the line before their table (a
 * title or clause row) through the line after the row. A row reads its columns from the header
 * rows above it and its group label from the rows above it, so only a row whose whole context
 * is intact counts as undamaged.
 */
function rowsBySpan(report: Report): { first: number; last: number; cells: string[] }[] {
  return report.tables.flatMap((t) =>
    t.rows.map((r) => ({
      first: Math.max(1, t.position.start.line - 1),
      last:
        (r.position.end.column === 1 && r.position.end.line > r.position.start.line
          ? r.position.end.line - 1
          : r.position.end.line) + 1,
      cells: r.cells,
    })),
  );
}

const key = (cells: readonly string[]): string => JSON.stringify(cells);

describe('mutated real samples', () => {
  it('the samples directory holds at least ten reports to mutate, each with tables', () => {
    expect(samples.length).toBeGreaterThanOrEqual(10);
    for (const s of samples) expect(s.report.tables.length, s.name).toBeGreaterThan(0);
  });

  it('deleted, duplicated, swapped, de-piped, width-flipped and cut samples still give a Report that keeps every undamaged row', () => {
    fc.assert(
      fc.property(fc.nat({ max: samples.length - 1 }), mutations, (index, list) => {
        const sample = samples[index]!;
        const originalLines = sample.text.split('\n');
        const lines = applyMutations(sample.text, list);
        const text = lines.map((l) => l.text).join('\n');
        const report = parseReportText(text, { fileName: sample.name });
        expect(reportShapeProblem(report)).toBeNull();
        expect(unaccountedLines(text, report)).toEqual([]);
        const intact = undamagedLines(lines, originalLines.length);
        intact.set(0, 0).set(originalLines.length + 1, 0); // the text edges never change
        const found = new Set(report.tables.flatMap((t) => t.rows.map((r) => key(r.cells))));
        for (const row of rowsBySpan(sample.report)) {
          let whole = true;
          for (let l = row.first; l <= row.last; l++) if (!intact.has(l)) whole = false;
          if (!whole) continue;
          expect(
            found.has(key(row.cells)),
            `${sample.name}: row (${row.cells.join(' | ')}) lost after ${JSON.stringify(list)}`,
          ).toBe(true);
        }
      }),
      { seed: 20261128, numRuns: 80 },
    );
  });

  it('a sample cut at every 97th character still gives a Report whose rows before the cut are intact', () => {
    const sample = samples.find((s) => s.name === 'quzhou-safety-2018.txt')!;
    const before = rowsBySpan(sample.report);
    for (let cut = 0; cut <= sample.text.length; cut += 97) {
      const text = sample.text.slice(0, cut);
      const report = parseReportText(text);
      expect(unaccountedLines(text, report)).toEqual([]);
      const lastWholeLine =
        text.lastIndexOf('\n') === -1 ? 0 : text.slice(0, text.lastIndexOf('\n')).split('\n').length;
      const found = new Set(report.tables.flatMap((t) => t.rows.map((r) => key(r.cells))));
      // The row just before the cut may become the last line and read differently; check rows further back.
      for (const row of before.filter((r) => r.last < lastWholeLine)) {
        expect(found.has(key(row.cells)), `cut at ${cut}: row ${row.cells.join(' | ')}`).toBe(true);
      }
    }
  });

  it('flipping a whole table to full-width forms keeps its values', () => {
    const sample = samples.find((s) => s.name === 'quzhou-safety-2018.txt')!;
    const lines = sample.text.split('\n');
    const start = lines.findIndex((l) => l.startsWith('统 计 指 标'));
    const flipped = [...lines.slice(0, start), ...lines.slice(start).map(flipWidth)].join('\n');
    const report = parseReportText(flipped);
    const table = report.tables.at(-1)!;
    const original = sample.report.tables.at(-1)!;
    expect(table.rows.map((r) => r.values)).toEqual(original.rows.map((r) => r.values));
  });
});
