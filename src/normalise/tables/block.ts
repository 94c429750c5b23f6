/**
 * One table block: from its header to its last row, read in the block's rendering, with page
 * furniture and repeated headers taken out, rebuilt as rows in the pipe convention.
 */
import { cellKind, hasInnerPipe, isNarrative, tokenise, type Token } from './cell-types.js';
import { compact, compactLine, headerRows, matchHeaderAt, type HeaderMatch } from './header-match.js';
import { learnCentres, placeValues, type Placement } from './placement.js';
import { resolveLabels, type Draft } from './labels.js';
import { alignedRecord, cellOfLine, groupCells, tsvRecord, type LineRecord, type Mode } from './records.js';
import type { TitleLine } from './scan.js';
import { joinBrokenRow } from './split-rows.js';
import {
  compactEquals,
  compactStartsWith,
  endsInPipe,
  endsInPipeThenBlanks,
  furnitureOf,
  isBlankLine,
  isPipesOnly,
} from './line-tests.js';

/** A line taken out of a table. */
export interface Removal {
  start: number;
  end: number;
  kind: 'furniture' | 'repeated-header' | 'repeated-title';
  /** Furniture kind or header id. */
  name: string;
}

/** An output row. */
export interface OutRow {
  cells: string[] | null;
  /** Verbatim line (pipe tables keep their rows). */
  raw: string | null;
  start: number;
  end: number;
  /** Set when the values were placed with less than full evidence. */
  placement?: Placement;
  /** Original lines joined into this row's labels. */
  joined?: number;
}

/** A parsed block. */
export interface Block {
  mode: Mode;
  header: HeaderMatch;
  /** First and last original line of the block (title included). */
  start: number;
  end: number;
  rows: OutRow[];
  removals: Removal[];
  /** Rows broken across a page break and joined back (original line ranges of the joined rows). */
  rejoined?: { start: number; end: number }[];
  /** Whether the block's text changes. */
  changed: boolean;
}

const LONGEST_LABEL = 150;

/**
 * Decides the rendering of a table from its header lines and first data lines.
 * @param lines The text's lines.
 * @param header The header.
 * @param limit First line index after the block's possible extent.
 * @returns The mode.
 */
export function detectMode(lines: readonly string[], header: HeaderMatch, limit: number): Mode {
  for (let i = header.start; i <= header.end; i++) if (hasInnerPipe(lines[i]!)) return 'pipe';
  const headPrefix = compactLine(lines, header.start).slice(0, 2);
  let tabs = 0;
  let aligned = 0;
  let seen = 0;
  for (let i = header.start; i <= header.end; i++) if (lines[i]!.includes('\t')) tabs++;
  // one tab decides (the rest of this function only looks): no need to read the rows
  if (tabs > 0) return 'tsv';
  for (let i = header.end + 1; i < limit && seen < 4; i++) {
    const line = lines[i]!;
    if (isBlankLine(line) || furnitureOf(line)) continue;
    const again = compactStartsWith(line, headPrefix) ? matchHeaderAt(lines, i, [header.compiled], limit) : null;
    if (again) {
      i = again.end;
      continue;
    }
    seen++;
    if (line.includes('\t')) return 'tsv';
    if (endsInPipeThenBlanks(line)) continue;
    const tokens = tokenise(line);
    if (tokens.length >= 2 && cellKind(tokens.at(-1)!.text, header.compiled.spec.unitColumn) !== 'text') aligned++;
  }
  return aligned > 0 ? 'aligned' : 'cells';
}

interface Context {
  lines: readonly string[];
  header: HeaderMatch;
  title: TitleLine | null;
  /** The title without whitespace, to spot it repeated on a new page. */
  titleCompact: string | null;
  /** The first two characters of the header's first line without spaces: a repeated header starts with them. */
  headPrefix: string;
  limit: number;
  mode: Mode;
  /** One cell per line where a lone `|` line opens each row (a scraped page: `|`, cell, cell, `last |||`). */
  rowOpeners: boolean;
  /** One cell per line where a lone `|` line follows every cell (`cell`, `|`, `cell`, `|`): two in a row hold an empty cell. */
  separators: boolean;
}

/** Checks whether line i repeats the header (or title) and returns the repeated range. */
function repeated(ctx: Context, i: number): Removal | null {
  const line = ctx.lines[i]!;
  if (ctx.titleCompact && compactEquals(line, ctx.titleCompact))
    return { start: i, end: i, kind: 'repeated-title', name: 'title' };
  if (!compactStartsWith(line, ctx.headPrefix)) return null;
  const m = matchHeaderAt(ctx.lines, i, [ctx.header.compiled], ctx.limit);
  return m ? { start: m.start, end: m.end, kind: 'repeated-header', name: m.compiled.spec.id } : null;
}

/**
 * Reads a block in any mode but pipe.
 * @param ctx The block context.
 * @returns The records, removals and the last line index read.
 */
function readRecords(ctx: Context): { records: LineRecord[]; removals: Removal[] } {
  const { lines, header, limit, mode } = ctx;
  const spec = header.compiled.spec;
  const records: LineRecord[] = [];
  const removals: Removal[] = [];
  const cells: { text: string; line: number; opensRow?: boolean }[] = [];
  /** With row openers: after a row's last cell (` |`), only a new row, furniture or a repeated header may follow. */
  let rowClosed = false;
  let opensRow = false;
  /** With separator pipes: whether the last cell line read was a lone `|`. */
  let afterSeparator = false;
  for (let i = header.end + 1; i < limit; i++) {
    const line = lines[i]!;
    if (isBlankLine(line)) {
      if (line.includes('\f')) removals.push({ start: i, end: i, kind: 'furniture', name: 'page-break' });
      continue;
    }
    const furniture = furnitureOf(line);
    if (furniture) {
      removals.push({ start: i, end: i, kind: 'furniture', name: furniture });
      continue;
    }
    const again = repeated(ctx, i);
    if (again) {
      removals.push(again);
      i = again.end;
      continue;
    }
    if (isNarrative(line) || hasInnerPipe(line)) break;
    if (mode === 'cells') {
      const cell = cellOfLine(line);
      if (cell === null) continue;
      if (ctx.separators) {
        const separator = isPipesOnly(line);
        const empty = separator && afterSeparator;
        afterSeparator = separator;
        if (separator && !empty) continue;
      }
      if (ctx.rowOpeners) {
        if (cell === '') {
          rowClosed = false;
          opensRow = true;
          continue;
        }
        // A line after a closed row that does not open a new one is the text after the table.
        if (rowClosed) break;
        rowClosed = endsInPipe(line);
      }
      if (cell.length > LONGEST_LABEL) break;
      cells.push(opensRow ? { text: cell, line: i, opensRow } : { text: cell, line: i });
      opensRow = false;
      continue;
    }
    const record = mode === 'tsv' ? tsvRecord(line, i, spec) : alignedRecord(line, i, spec);
    if (!record) break;
    if (!record.tokens && !record.preset && (record.labels.join('').length > LONGEST_LABEL || spec.labelLevels === 0))
      break;
    records.push(record);
  }
  return { records: mode === 'cells' ? groupCells(cells, spec) : records, removals };
}

/**
 * Tells the one-cell-per-line conventions apart, in one pass over the block's lines.
 * - Separator pipes: a lone `|` line after every cell line (`规章`, `|`, `0`, `|`), no cell line closed by a
 *   pipe; row openers come once per row of two or more cells, so fewer than one per cell line. Counted up to
 *   the first narrative line.
 * - Row openers: filler pipes close every cell (`text |`, an empty cell ` |`); a scraped page opens each row
 *   with a lone `|` and closes only its last cell (`8 | |||`), so most of its cell lines have no pipe.
 *   Counted over all the lines, and asked only when the cells are not separated.
 * @param lines The text's lines.
 * @param from First line after the header.
 * @param limit First line after the block's possible extent.
 * @returns Whether lone `|` lines separate the cells, and whether they open rows.
 */
export function cellConventions(
  lines: readonly string[],
  from: number,
  limit: number,
): { separators: boolean; rowOpeners: boolean } {
  let pipesOnly = 0;
  let closed = 0;
  let open = 0;
  // the counts up to the first narrative line
  let narrative = false;
  let separators = 0;
  let closedBefore = 0;
  let openBefore = 0;
  for (let i = from; i < limit; i++) {
    const line = lines[i]!;
    if (isBlankLine(line)) continue;
    if (!narrative && isNarrative(line)) {
      narrative = true;
      separators = pipesOnly;
      closedBefore = closed;
      openBefore = open;
    }
    if (isPipesOnly(line)) pipesOnly++;
    else if (endsInPipe(line)) closed++;
    else open++;
  }
  if (!narrative) {
    separators = pipesOnly;
    closedBefore = closed;
    openBefore = open;
  }
  const separated = openBefore > 0 && closedBefore * 4 < separators && separators * 5 >= openBefore * 4;
  return { separators: separated, rowOpeners: !separated && pipesOnly > 0 && open > closed };
}

/** Unit and value cells of a row. */
function cellsOf(draft: Draft, ctx: Context, centres: number[] | null): { unit: string | null; placement: Placement } {
  const spec = ctx.header.compiled.spec;
  const n = spec.valueColumns;
  const preset = draft.record.preset;
  if (preset) return { unit: preset.unit, placement: { values: preset.values, basis: 'complete', readings: 1 } };
  let tokens: Token[] = draft.record.tokens ?? [];
  let unit: string | null = spec.unitColumn ? '' : null;
  if (spec.unitColumn && tokens.length > 0) {
    const kind = cellKind(tokens[0]!.text, true);
    if (tokens.length === n + 1 || kind === 'unit' || kind === 'dash') {
      unit = tokens[0]!.text;
      tokens = tokens.slice(1);
    }
  }
  if (tokens.length === 0)
    return { unit, placement: { values: new Array<string>(n).fill(''), basis: 'complete', readings: 1 } };
  return { unit, placement: placeValues(tokens, n, spec.rowIdentities, centres) };
}

/** Value tokens of a record after its unit, when it printed all n values (to learn column positions). */
function fullValueTokens(record: LineRecord, ctx: Context): Token[] | null {
  const spec = ctx.header.compiled.spec;
  const tokens = record.tokens;
  if (!tokens) return null;
  const n = spec.valueColumns;
  if (tokens.length === n + (spec.unitColumn ? 1 : 0)) return tokens.slice(tokens.length - n);
  if (tokens.length === n && !(spec.unitColumn && cellKind(tokens[0]!.text, true) === 'unit')) return tokens;
  return null;
}

/** Rows padded to fixed columns (pdftotext -layout) give column positions; single spaces (pdf-parse) do not. */
const PADDED = /\S {2,}\S/;

/** Display-column centres of the value columns, learned from full rows of a padded layout. */
function layoutCentres(records: readonly LineRecord[], ctx: Context): number[] | null {
  const withValues = records.filter((r) => r.tokens && r.tokens.length > 0);
  const padded = withValues.filter((r) => PADDED.test(ctx.lines[r.end]!)).length;
  if (withValues.length === 0 || padded * 2 < withValues.length) return null;
  const full = withValues.map((r) => fullValueTokens(r, ctx)).filter((t): t is Token[] => t !== null);
  return learnCentres(full, ctx.header.compiled.spec.valueColumns);
}

/**
 * Parses the block that starts with `header`.
 * @param lines The text's lines.
 * @param header The header.
 * @param title The title line above the header, if any: absorbed as the table's first row unless it is a
 *   heading (then it stays a text line, outside the block).
 * @param limit First line index the block may not reach (the next table).
 * @param mode The rendering, from `detectMode`.
 * @returns The block, or null when no data row follows the header.
 */
export function parseBlock(
  lines: readonly string[],
  header: HeaderMatch,
  title: TitleLine | null,
  limit: number,
  mode: Mode,
): Block | null {
  const titleCompact = title ? compact(title.text) : null;
  const headPrefix = compactLine(lines, header.start).slice(0, 2);
  const ctx: Context = {
    lines,
    header,
    title,
    titleCompact,
    headPrefix,
    limit,
    mode,
    rowOpeners: false,
    separators: false,
  };
  if (mode === 'cells') {
    const conventions = cellConventions(lines, header.end + 1, limit);
    ctx.separators = conventions.separators;
    ctx.rowOpeners = conventions.rowOpeners;
  }
  const start = title ? (title.heading ? title.line + 1 : title.line) : header.start;
  if (mode === 'pipe') return parsePipeBlock(ctx, start);
  const { records, removals } = readRecords(ctx);
  const drafts = resolveLabels(records, header.compiled.spec, mode);
  if (drafts.length === 0) return null;
  const end = drafts.at(-1)!.end;
  const spec = header.compiled.spec;
  const width = spec.layout[0]!.length;
  const centres = mode === 'aligned' ? layoutCentres(records, ctx) : null;
  const rows: OutRow[] = [];
  if (title && !title.heading)
    rows.push({
      cells: [title.text.replace(/[\t|｜]+/g, ' ').trim(), ...new Array<string>(width - 1).fill('')],
      raw: null,
      start: title.line,
      end: title.line,
    });
  for (const cells of headerRows(header)) rows.push({ cells, raw: null, start: header.start, end: header.end });
  for (const draft of drafts) {
    const { unit, placement } = cellsOf(draft, ctx, centres);
    const labels = spec.labelLevels === 0 ? [] : draft.labels.length ? draft.labels : [''];
    const row: OutRow = {
      cells: [...labels, ...(unit === null ? [] : [unit]), ...placement.values],
      raw: null,
      start: draft.start,
      end: draft.end,
    };
    if (placement.readings > 1 || placement.basis === 'sums') row.placement = placement;
    if (draft.joined) row.joined = draft.joined;
    rows.push(row);
  }
  return { mode, header, start, end, rows, removals: removals.filter((r) => r.start <= end), changed: true };
}

/** A pipe table: rows stay as they are; only furniture and repeated headers inside it are taken out. */
function parsePipeBlock(ctx: Context, start: number): Block {
  const { lines, header, limit } = ctx;
  const removals: Removal[] = [];
  const rows: OutRow[] = [];
  for (let i = start; i <= header.end; i++) rows.push({ cells: null, raw: lines[i]!, start: i, end: i });
  let end = header.end;
  const tentative: Removal[] = [];
  const blanks: number[] = [];
  const rejoined: { start: number; end: number }[] = [];
  for (let i = header.end + 1; i < limit; i++) {
    const line = lines[i]!;
    if (isBlankLine(line)) {
      blanks.push(i);
      continue;
    }
    const furniture = furnitureOf(line);
    if (furniture) {
      tentative.push({ start: i, end: i, kind: 'furniture', name: furniture });
      continue;
    }
    if (!line.includes('|') && !line.includes('｜')) break;
    const again = repeated(ctx, i);
    if (again) {
      tentative.push(again);
      i = again.end;
      continue;
    }
    // After a page break (a header repeated or furniture taken out), a row may continue the row before it.
    const previous = rows.at(-1)!;
    const joined = tentative.length > 0 && previous.start > header.end ? joinBrokenRow(previous.raw!, line) : null;
    for (const removal of tentative) removals.push(removal);
    tentative.length = 0;
    if (joined !== null) {
      rows[rows.length - 1] = { cells: null, raw: joined, start: previous.start, end: i };
      rejoined.push({ start: previous.start, end: i });
      blanks.length = 0;
      end = i;
      continue;
    }
    for (const b of blanks) if (b > end) rows.push({ cells: null, raw: '', start: b, end: b });
    blanks.length = 0;
    rows.push({ cells: null, raw: line, start: i, end: i });
    end = i;
  }
  if (removals.length) {
    // blank lines around removed furniture would split the table: keep only rows
    const kept = rows.filter((r) => r.raw !== '');
    return {
      mode: 'pipe',
      header,
      start,
      end,
      rows: kept,
      removals,
      ...(rejoined.length ? { rejoined } : {}),
      changed: true,
    };
  }
  return { mode: 'pipe', header, start, end, rows, removals, changed: false };
}
