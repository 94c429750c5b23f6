/**
 * Line records: one table line (or one cell, in one-cell-per-line text) read as label cells plus
 * trailing value tokens, per rendering. A record without value tokens is "label only": a wrapped
 * label, a rowspan group label, a row whose cells are all empty, or the text after the table.
 */
import { cellKind, isTyped, splitLabelCells, tokenise, type Token } from './cell-types.js';
import type { HeaderSpec } from './header-data.js';
import { isPipesOnly, withoutTrailingPipes } from './line-tests.js';

/** How the table's text is rendered. */
export type Mode = 'pipe' | 'tsv' | 'aligned' | 'cells';

/** One line (or cell group) of a table. */
export interface LineRecord {
  /** Label cells as printed. */
  labels: string[];
  /** Unit and value tokens, in reading order; null for a label-only record. */
  tokens: Token[] | null;
  /** Exact unit and values when the rendering keeps empty cells (TSV). */
  preset: { unit: string | null; values: string[] } | null;
  /** Original line range (0-based, inclusive). */
  start: number;
  end: number;
}

/** Cells the spec expects after the labels. */
export const typedWidth = (spec: HeaderSpec): number => spec.valueColumns + (spec.unitColumn ? 1 : 0);

const token = (text: string): Token => ({ text, offset: 0, from: 0, to: 0 });

/**
 * Reads a space-aligned line: trailing unit/value tokens, the rest is the label.
 * @param line The line.
 * @param index Its 0-based line index.
 * @param spec The table's header spec.
 * @returns The record, or null when the line cannot be a row of this table.
 */
export function alignedRecord(line: string, index: number, spec: HeaderSpec): LineRecord | null {
  const tokens = tokenise(line);
  const max = typedWidth(spec);
  let first = tokens.length;
  while (first > 0 && tokens.length - first < max) {
    const kind = cellKind(tokens[first - 1]!.text, spec.unitColumn);
    if (!isTyped(kind)) break;
    first--;
    if (kind === 'unit') break;
  }
  const labelTokens = tokens.slice(0, first);
  const typed = tokens.slice(first);
  if (spec.labelLevels === 0)
    return labelTokens.length === 0 ? { labels: [], tokens: typed, preset: null, start: index, end: index } : null;
  let labels: string[] = [];
  if (labelTokens.length > 0) {
    labels =
      spec.labelLevels > 1
        ? splitLabelCells(line, labelTokens)
        : [line.slice(labelTokens[0]!.offset, labelTokens.at(-1)!.offset + labelTokens.at(-1)!.text.length)];
  }
  return { labels, tokens: typed.length ? typed : null, preset: null, start: index, end: index };
}

/** Index of the last cell that holds label text (neither empty nor a number, unit or empty mark), or -1. */
function lastLabel(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '' && !isTyped(cellKind(cells[i]!, true))) return i;
  return -1;
}

/** `line.split('\t').map((c) => c.trim())` in one pass. */
function tabCells(line: string): string[] {
  const cells: string[] = [];
  let from = 0;
  for (let i = line.indexOf('\t'); i !== -1; i = line.indexOf('\t', from)) {
    cells.push(line.slice(from, i).trim());
    from = i + 1;
  }
  cells.push(line.slice(from).trim());
  return cells;
}

/**
 * Reads a tab-separated line. Empty cells are kept by TSV, so the last cells are the values.
 * @param line The line.
 * @param index Its 0-based line index.
 * @param spec The table's header spec.
 * @returns The record, or null when the line cannot be a row of this table.
 */
export function tsvRecord(line: string, index: number, spec: HeaderSpec): LineRecord | null {
  if (!line.includes('\t')) {
    const text = line.trim();
    return spec.labelLevels === 0 ? null : { labels: [text], tokens: null, preset: null, start: index, end: index };
  }
  const cells = tabCells(line);
  while (cells.length > typedWidth(spec) + Math.max(1, spec.labelLevels) && cells.at(-1) === '') cells.pop();
  const n = spec.valueColumns;
  let labelCount = cells.length - typedWidth(spec);
  if (labelCount > 0 && cells.slice(0, labelCount).some((c) => cellKind(c, false) === 'number')) {
    // Read from the right, a value would land among the labels: the row has empty cells after its values
    // (an extra column of the page's table, tabs left after the last cell). Its values start after its
    // last label cell.
    const typedFrom = lastLabel(cells) + 1;
    while (cells.length > typedFrom + typedWidth(spec) && cells.at(-1) === '') cells.pop();
    while (cells.length < typedFrom + typedWidth(spec)) cells.push('');
    labelCount = cells.length - typedWidth(spec);
  }
  if (labelCount < (spec.labelLevels === 0 ? 0 : 1)) {
    // fewer cells than columns: fall back to typing the cells
    const labels = spec.labelLevels === 0 ? [] : [cells[0]!];
    const rest = cells
      .slice(labels.length)
      .filter((c) => c !== '')
      .map(token);
    return { labels, tokens: rest, preset: null, start: index, end: index };
  }
  const labels = cells.slice(0, labelCount).filter((c, i) => c !== '' || (spec.labelLevels === 1 && i === 0));
  const unit = spec.unitColumn ? cells[labelCount]! : null;
  const values = cells.slice(cells.length - n);
  return {
    labels: spec.labelLevels === 1 && labels.length > 1 ? labels : labels,
    tokens: null,
    preset: { unit, values },
    start: index,
    end: index,
  };
}

/**
 * Reads one cell of one-cell-per-line text.
 * @param line The line.
 * @returns The cell text ('' for an explicit empty cell `|`), or null for a blank line.
 */
export function cellOfLine(line: string): string | null {
  const t = line.trim();
  if (!t) return null;
  if (isPipesOnly(t)) return '';
  // the trailing ` |` and filler pipes of one-cell-per-line text
  return withoutTrailingPipes(t);
}

/**
 * Groups one-cell-per-line cells into records: label cells, then the unit and value cells after them.
 * @param cells Cells with their line index; `opensRow` when a row opener (a lone `|` line) stood before the cell.
 * @param spec The table's header spec.
 * @returns The records.
 */
export function groupCells(
  cells: readonly { text: string; line: number; opensRow?: boolean }[],
  spec: HeaderSpec,
): LineRecord[] {
  const records: LineRecord[] = [];
  const max = typedWidth(spec);
  let current: LineRecord | null = null;
  for (const cell of cells) {
    const typed = isTyped(cellKind(cell.text, spec.unitColumn));
    if (!typed) {
      current = { labels: [cell.text], tokens: null, preset: null, start: cell.line, end: cell.line };
      records.push(current);
      continue;
    }
    if (
      !current ||
      (current.tokens && current.tokens.length >= max) ||
      (cell.opensRow && (current.tokens || current.labels.length > 0))
    ) {
      current = { labels: [], tokens: null, preset: null, start: cell.line, end: cell.line };
      records.push(current);
    }
    (current.tokens ??= []).push(token(cell.text));
    current.end = cell.line;
  }
  return records;
}
