/**
 * Rebuilding table rows from word-extractor's .doc body text.
 *
 * word-extractor turns every cell mark and row mark (both 0x07) into `\t`. Rows of narrow tables end
 * `\t\n`, but in wide tables (the 2019/2021 matrices) the row mark stays a `\t`: rows run together,
 * separated by one extra empty field, and the last row runs into the next heading. A data row there is
 * `('')* label* value{V}` where V, the number of value columns, is the longest run of numeric fields;
 * rows are cut after V values. Covered (vertically merged) cells are empty fields. Labels are padded
 * with empty cells to the widest row, so horizontally merged label cells line up as in the HTML grid.
 */
import { EMPTY_MARK_SOURCE } from '../vocabulary/empty-marks.js';

/** One output item: a paragraph line or a table row. */
export type DocItem = { kind: 'line'; text: string } | { kind: 'row'; cells: string[] };

/** Values that count as a table value cell. */
const VALUE = new RegExp(`^(?:[-+]?\\d[\\d,]*(?:\\.\\d+)?%?|${EMPTY_MARK_SOURCE})$`);

/**
 * Splits a .doc body into paragraph lines and table rows.
 * @param body `getBody({filterUnicode: false})` output.
 * @returns Items in order, and whether wide rows had to be rebuilt.
 */
export function splitDocBody(body: string): { items: DocItem[]; rebuilt: boolean } {
  const lines = joinBrokenCells(body.split('\n'));
  const items: DocItem[] = [];
  let rebuilt = false;
  let run: string[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const result = rowsOfRun(run);
    rebuilt ||= result.rebuilt;
    items.push(...result.rows.map((cells): DocItem => ({ kind: 'row', cells })));
    if (result.trailing !== '') items.push({ kind: 'line', text: result.trailing });
    run = [];
  };
  for (const line of lines) {
    if (line.includes('\t') && (line.endsWith('\t') || line.includes('\t\t'))) {
      run.push(line);
      if (!line.endsWith('\t')) flush(); // the last row ran into a heading
    } else {
      flush();
      if (line.trim() !== '') items.push({ kind: 'line', text: line.trim() });
    }
  }
  flush();
  return { items, rebuilt };
}

/** A cell holding a line break splits its row's line: `a\tb1` + `b2\tc\t` → one line. */
function joinBrokenCells(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    while (
      line.includes('\t') &&
      !line.endsWith('\t') &&
      !/\t\t[^\t]*$/.test(line) &&
      i + 1 < lines.length &&
      lines[i + 1]!.includes('\t')
    ) {
      line += lines[++i]!;
    }
    out.push(line);
  }
  return out;
}

function rowsOfRun(run: string[]): { rows: string[][]; trailing: string; rebuilt: boolean } {
  const last = run[run.length - 1]!;
  const cut = last.lastIndexOf('\t');
  const trailing = last.slice(cut + 1).trim();
  const lines = [...run.slice(0, -1), last.slice(0, cut + 1)];
  const fieldsOf = (line: string): string[] =>
    line
      .split('\t')
      .slice(0, -1)
      .map((field) => field.trim());
  const valueCount = Math.max(0, ...lines.map((line) => longestValueRun(fieldsOf(line))));
  const rows: string[][] = [];
  let rebuilt = false;
  for (const line of lines) {
    const fields = fieldsOf(line);
    // A narrow row: exactly one row per line.
    if (
      !line.endsWith('\t\t') ||
      valueCount === 0 ||
      fields.length <= valueCount + 1 ||
      longestValueRun(fields) === 0
    ) {
      rows.push(fields);
      continue;
    }
    rebuilt = true;
    rows.push(...splitWideLine(fields, valueCount));
  }
  const width = Math.max(0, ...rows.map((row) => row.length));
  return { rows: rebuilt ? rows.map((row) => padLabels(row, width, valueCount)) : rows, trailing, rebuilt };
}

/** Cuts a line of run-together rows into rows of `labels + valueCount values`. */
function splitWideLine(fields: string[], valueCount: number): string[][] {
  const rows: string[][] = [];
  let i = fields.findIndex((field) => VALUE.test(field));
  // Before the first values: the tail of a header row, its row mark, then the first row's labels.
  let labelStart = i;
  while (labelStart > 0 && fields[labelStart - 1] !== '') labelStart--;
  if (labelStart > 0) rows.push(fields.slice(0, labelStart - 1));
  let labels = fields.slice(labelStart, i);
  while (i < fields.length) {
    rows.push([...labels, ...fields.slice(i, i + valueCount)]);
    i += valueCount;
    if (fields[i] === '') i++; // row mark
    labels = [];
    while (i < fields.length && fields[i] === '' && i + 1 < fields.length && !VALUE.test(fields[i + 1]!))
      labels.push(fields[i++]!);
    while (i < fields.length && fields[i] !== '' && !VALUE.test(fields[i]!)) labels.push(fields[i++]!);
    if (i < fields.length && labels.length === 0 && !VALUE.test(fields[i]!) && fields[i] !== '') break;
  }
  return rows;
}

function longestValueRun(fields: string[]): number {
  let best = 0;
  let current = 0;
  for (const field of fields) {
    current = VALUE.test(field) ? current + 1 : 0;
    best = Math.max(best, current);
  }
  return best;
}

/** Inserts empty cells after the labels so that the values line up at the right. */
function padLabels(row: string[], width: number, valueCount: number): string[] {
  if (row.length >= width || row.length < valueCount) return row;
  const values = row.slice(row.length - valueCount);
  if (!values.every((value) => value === '' || VALUE.test(value))) return row;
  return [...row.slice(0, row.length - valueCount), ...Array<string>(width - row.length).fill(''), ...values];
}
