/**
 * The grammar's lines → a flat list of blocks: text lines (with their marker), blank lines and
 * table blocks of rows and cells. All semantics start here (docs/architecture.md, "Conventions": the
 * grammar only reports lines, the sink here holds the semantics).
 */
import type { IToken } from 'chevrotain';
import type { LineSink } from '../../grammars/report-text/index.js';
import { markerFamilyOf, type MarkerFamily } from '../../grammars/report-text/tokens.js';
import { isProseRow } from './prose-rows.js';

/** A numbering marker found at the start of a line or cell. */
export interface MarkerInfo {
  image: string;
  family: MarkerFamily;
  start: number;
  end: number;
}

/** A line of narrative text. */
export interface TextLine {
  kind: 'text';
  /** Offset of the first non-blank character. */
  start: number;
  /** Exclusive offset after the last non-blank character. */
  end: number;
  marker: MarkerInfo | null;
  /** Text after the marker, trimmed. */
  text: string;
  /** Offset where `text` starts. */
  textStart: number;
}

/** A blank line. */
export interface BlankLine {
  kind: 'blank';
  start: number;
  end: number;
}

/** One cell of a pipe row. */
export interface CellInfo {
  /** As printed, trimmed. */
  text: string;
  start: number;
  end: number;
  marker: MarkerInfo | null;
  /** Text after the marker, trimmed. */
  rest: string;
}

/** One pipe row. */
export interface RowLine {
  start: number;
  end: number;
  cells: CellInfo[];
}

/** Consecutive pipe rows. */
export interface TableBlock {
  kind: 'table';
  start: number;
  end: number;
  rows: RowLine[];
}

/** A line or table block, in document order. */
export type Block = TextLine | BlankLine | TableBlock;

/** Space, tab, CR, NBSP, ideographic space, BOM. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

function markerOf(token: IToken): MarkerInfo {
  return {
    image: token.image,
    family: markerFamilyOf(token),
    start: token.startOffset,
    end: token.startOffset + token.image.length,
  };
}

/**
 * @param text The parsed text.
 * @param start Start of a row's line.
 * @param end Its end.
 * @returns Whether every pipe of the line stands inside 《…》 (a quoted title, not a cell separator).
 */
function pipesInBookTitles(text: string, start: number, end: number): boolean {
  // Most rows have a pipe before any 《: the loop stops there.
  let depth = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x300a) depth++;
    else if (code === 0x300b) depth = Math.max(0, depth - 1);
    else if ((code === 0x7c || code === 0xff5c) && depth === 0) return false;
  }
  return true;
}

/** A row line read back as a text line: its first cell's marker, and the whole line as printed after it. */
function rowAsTextLine(text: string, row: RowLine): TextLine {
  const marker = row.cells[0]?.marker ?? null;
  let textStart = marker ? marker.end : row.start;
  while (textStart < row.end && isBlank(text.charCodeAt(textStart))) textStart++;
  return { kind: 'text', start: row.start, end: row.end, marker, text: text.slice(textStart, row.end), textStart };
}

/**
 * A pipe row as the grammar reports it: its line's bounds, pipe offsets and cell markers. Its cells are cut
 * from the text when first read (and kept): the grammar stage makes no object per cell, and a row whose cells
 * nobody reads never has them (docs/performance.md, "Grammar stage").
 */
class PipeRow implements RowLine {
  readonly start: number;
  readonly end: number;
  readonly #text: string;
  readonly #lineStart: number;
  readonly #lineEnd: number;
  readonly #pipes: readonly number[];
  readonly #markers: readonly IToken[];
  #cells: CellInfo[] | undefined = undefined;

  /**
   * @param text The parsed text.
   * @param lineStart The offset of the row's line.
   * @param lineEnd The offset of its line feed, or the end of the text.
   * @param pipes The offsets of its pipes, in order (kept, not changed).
   * @param markers The markers at the start of its cells, in order (kept, not changed).
   */
  constructor(text: string, lineStart: number, lineEnd: number, pipes: readonly number[], markers: readonly IToken[]) {
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    this.start = start;
    this.end = end;
    this.#text = text;
    this.#lineStart = lineStart;
    this.#lineEnd = lineEnd;
    this.#pipes = pipes;
    this.#markers = markers;
  }

  /** The row's cells: as printed between the line's ends and its pipes, trimmed; empty cells keep their place. */
  get cells(): CellInfo[] {
    return (this.#cells ??= cutCells(this.#text, this.#lineStart, this.#lineEnd, this.#pipes, this.#markers));
  }
}

/**
 * @returns The cells of the row line from `lineStart` to `lineEnd` whose pipes and cell markers are given.
 */
function cutCells(
  text: string,
  lineStart: number,
  lineEnd: number,
  pipes: readonly number[],
  markerTokens: readonly IToken[],
): CellInfo[] {
  const pipeCount = pipes.length;
  const lastPipe = pipes[pipeCount - 1]!;
  const cells: CellInfo[] = [];
  let nextMarker = 0;
  let candidate = markerTokens.length === 0 ? -1 : markerTokens[0]!.startOffset;
  // Cells lie between the line start, each pipe and the line end; empty cells keep their place.
  for (let i = 0; i <= pipeCount; i++) {
    let start = i === 0 ? lineStart : pipes[i - 1]! + 1;
    let end = i === pipeCount ? lineEnd : pipes[i]!;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    const cellText = text.slice(start, end);
    if (candidate >= start && candidate < end) {
      const marker = markerOf(markerTokens[nextMarker++]!);
      candidate = nextMarker < markerTokens.length ? markerTokens[nextMarker]!.startOffset : -1;
      let restStart = marker.end;
      while (restStart < end && isBlank(text.charCodeAt(restStart))) restStart++;
      cells.push({ text: cellText, start, end, marker, rest: text.slice(restStart, end) });
    } else cells.push({ text: cellText, start, end, marker: null, rest: cellText });
  }
  // A trailing pipe closes the row rather than opening an empty cell.
  const last = cells[cells.length - 1]!;
  if (cells.length > 1 && last.text === '' && last.start >= lastPipe) cells.pop();
  return cells;
}

/**
 * Receives the grammar's lines (grammars/report-text/parser.ts) and builds the blocks: the cells of each
 * pipe row, and consecutive rows grouped into tables.
 */
export class BlockCollector implements LineSink {
  readonly blocks: Block[] = [];
  /** The rows of the table being read, until a line that is no row ends it. */
  private rows: RowLine[] = [];
  /** Whether a row of the table being read has a 《 before its first pipe (see `endTable`). */
  private titled = false;
  /**
   * The offset of the first 《 at or after the last row start asked about (`titleAfter`), or the text's length;
   * -1 before the first row.
   */
  private titleAt = -1;

  /** @param text The text the grammar parses. */
  constructor(private readonly text: string) {}

  /**
   * @returns The blocks, in document order, once the grammar has reported every line.
   */
  finish(): Block[] {
    this.endTable();
    return this.blocks;
  }

  blank(offset: number): void {
    this.endTable();
    this.blocks.push({ kind: 'blank', start: offset, end: offset });
  }

  textLine(markerToken: IToken | undefined, textToken: IToken | undefined): void {
    this.endTable();
    const text = this.text;
    const marker = markerToken ? markerOf(markerToken) : null;
    let start = marker ? marker.start : textToken!.startOffset;
    let to = textToken ? textToken.startOffset + textToken.image.length : marker!.end;
    if (text.charCodeAt(to - 1) === 0x0a) to--; // a LineRun token holds the line feed that ends it
    let end = to;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    // The text after the marker, trimmed; none without a text token.
    let textStart = to;
    let textEnd = to;
    if (textToken) {
      textStart = textToken.startOffset;
      while (textStart < textEnd && isBlank(text.charCodeAt(textStart))) textStart++;
      while (textEnd > textStart && isBlank(text.charCodeAt(textEnd - 1))) textEnd--;
    }
    this.blocks.push({ kind: 'text', start, end, marker, text: text.slice(textStart, textEnd), textStart });
  }

  row(first: number, pipes: readonly number[], markerTokens: readonly IToken[], newline: number): void {
    const text = this.text;
    const lineStart = text.lastIndexOf('\n', first - 1) + 1;
    let lineEnd = newline >= 0 ? newline : text.indexOf('\n', pipes[pipes.length - 1]!);
    if (lineEnd === -1) lineEnd = text.length;
    if (this.titleAfter(lineStart) < pipes[0]!) this.titled = true;
    this.rows.push(new PipeRow(text, lineStart, lineEnd, pipes, markerTokens));
  }

  /**
   * @param offset A row's line start: rows come in document order, so the answer for the row before holds
   *   until `offset` passes it, and a text is searched for 《 about once, not row by row.
   * @returns The offset of the first 《 at or after `offset`, or the text's length.
   */
  private titleAfter(offset: number): number {
    if (offset > this.titleAt) {
      const at = this.text.indexOf('《', offset);
      this.titleAt = at < 0 ? this.text.length : at;
    }
    return this.titleAt;
  }

  /** Closes the table being read: its rows become a table block, or lines of text. */
  private endTable(): void {
    const all = this.rows;
    if (all.length === 0) return;
    this.rows = [];
    const titled = this.titled;
    this.titled = false;
    if (isProseRow(all)) {
      this.blocks.push(this.proseLine(all[0]!));
      return;
    }
    // A row whose first pipe comes before any 《 has a pipe outside book titles: most tables have no other.
    if (!titled) {
      this.blocks.push({ kind: 'table', start: all[0]!.start, end: all[all.length - 1]!.end, rows: all });
      return;
    }
    let rows: RowLine[] = [];
    const flush = (): void => {
      if (rows.length > 0)
        this.blocks.push({ kind: 'table', start: rows[0]!.start, end: rows[rows.length - 1]!.end, rows });
      rows = [];
    };
    for (const row of all) {
      // A sentence that quotes a title holding a pipe (《我为群众办实事|食用农产品快速检测结果天天报》) is no table row.
      if (pipesInBookTitles(this.text, row.start, row.end)) {
        flush();
        this.blocks.push(rowAsTextLine(this.text, row));
      } else rows.push(row);
    }
    flush();
  }

  /** A pipe row that is a line of narrative, as a text line: its marker is the first cell's. */
  private proseLine(row: RowLine): TextLine {
    const first = row.cells[0]!;
    const marker = first.marker && first.start === row.start ? first.marker : null;
    let textStart = marker ? marker.end : row.start;
    while (textStart < row.end && isBlank(this.text.charCodeAt(textStart))) textStart++;
    return {
      kind: 'text',
      start: row.start,
      end: row.end,
      marker,
      text: this.text.slice(textStart, row.end),
      textStart,
    };
  }
}
