/**
 * Tab-separated rows that no known header (header-data.ts) claims: a table of a form this library does not
 * know (`项目 | 单位 | 数量`), or one whose header could not be read. TSV keeps every cell, empty ones
 * included, so such rows are rewritten as pipe rows cell for cell; the assemble stage reads their header.
 */
import { hasInnerPipe } from './cell-types.js';

/** A run of tab-separated rows, one cell array per line. */
export interface TsvRun {
  /** First and last line (0-based, inclusive). */
  start: number;
  end: number;
  rows: string[][];
}

/** Cells of a tab-separated line, trimmed, and how many hold text; null without a tab or with pipe cells. */
function tsvCells(line: string): { cells: string[]; filled: number } | null {
  if (!line.includes('\t') || hasInnerPipe(line)) return null;
  const cells = line.split('\t').map((cell) => cell.trim());
  let filled = 0;
  for (const cell of cells) if (cell !== '') filled++;
  return { cells, filled };
}

/**
 * Runs of at least two tab-separated rows. A run starts on a line of two cells or more, and goes on over
 * lines with a tab and any text (a row whose values are all empty); a blank line or a line without a
 * tab ends it.
 * @param lines The text's lines.
 * @param taken Whether a line belongs to a table already read with its known header.
 * @returns The runs, in order.
 */
export function findTsvRuns(lines: readonly string[], taken: (line: number) => boolean): TsvRun[] {
  const runs: TsvRun[] = [];
  let run: TsvRun | null = null;
  const close = (): void => {
    if (run && run.rows.length >= 2) runs.push(run);
    run = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const row = taken(i) ? null : tsvCells(lines[i]!);
    if (!row || row.filled === 0 || (!run && row.filled < 2)) {
      close();
      continue;
    }
    run ??= { start: i, end: i, rows: [] };
    run.rows.push(row.cells);
    run.end = i;
  }
  close();
  return runs;
}
