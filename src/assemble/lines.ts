/**
 * CST → a flat list of lines: text lines (with their marker), blank lines and
 * table blocks of rows and cells. All semantics start here (docs/architecture.md, "Conventions": the
 * visitor holds the semantics, the grammar stays pure).
 */
import type { IToken } from 'chevrotain';
import { reportTextParser } from '../../grammars/report-text/index.js';
import { markerFamilies, type MarkerFamily } from '../../grammars/report-text/tokens.js';
import { isProseRow } from './prose-rows.js';
import type {
  DocumentCstChildren,
  RowCstChildren,
  TableCstChildren,
  TextLineCstChildren,
} from '../../grammars/report-text/cst.js';

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

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

function markerOf(token: IToken): MarkerInfo {
  const family = markerFamilies[token.tokenType.name as keyof typeof markerFamilies];
  return {
    image: token.image,
    family,
    start: token.startOffset,
    end: token.startOffset + token.image.length,
  };
}

/** Offset of the first token of a row. */
function firstOffset(row: RowCstChildren): number {
  return Math.min(
    row.Pipe[0]!.startOffset,
    row.Marker?.[0]?.startOffset ?? Infinity,
    row.Text?.[0]?.startOffset ?? Infinity,
  );
}

/** Offset of the first token of a text line. */
function lineOffset(line: TextLineCstChildren): number {
  return (line.Marker?.[0] ?? line.Text![0]!).startOffset;
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

const BaseVisitor = reportTextParser.getBaseCstVisitorConstructorWithDefaults();

/** Visits the CST of one document and collects its blocks. */
class LinesVisitor extends BaseVisitor {
  blocks: Block[] = [];
  private text = '';

  constructor() {
    super();
    this.validateVisitor();
  }

  /**
   * @param children Document children.
   * @param text The text the CST was parsed from.
   * @returns The blocks in order.
   */
  run(children: DocumentCstChildren, text: string): Block[] {
    this.blocks = [];
    this.text = text;
    // The CST keeps each kind of child in its own list, each in document order: merge them back.
    const tables = children.table ?? [];
    const lines = children.textLine ?? [];
    const blanks = children.blank ?? [];
    const tableAt = (k: number): number =>
      k < tables.length ? firstOffset(tables[k]!.children.row[0]!.children) : Infinity;
    const lineAt = (k: number): number => (k < lines.length ? lineOffset(lines[k]!.children) : Infinity);
    const blankAt = (k: number): number => (k < blanks.length ? blanks[k]!.startOffset : Infinity);
    let t = 0;
    let l = 0;
    let b = 0;
    let nextTable = tableAt(0);
    let nextLine = lineAt(0);
    let nextBlank = blankAt(0);
    while (nextTable !== Infinity || nextLine !== Infinity || nextBlank !== Infinity) {
      if (nextTable < nextLine && nextTable < nextBlank) {
        this.table(tables[t]!.children);
        nextTable = tableAt(++t);
      } else if (nextLine < nextBlank) {
        this.textLine(lines[l]!.children);
        nextLine = lineAt(++l);
      } else {
        this.blocks.push({ kind: 'blank', start: nextBlank, end: nextBlank });
        nextBlank = blankAt(++b);
      }
    }
    return this.blocks;
  }

  table(children: TableCstChildren): void {
    const all = children.row.map((row) => this.row(row.children));
    if (isProseRow(all)) {
      this.blocks.push(this.proseLine(all[0]!));
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
  proseLine(row: RowLine): TextLine {
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

  row(children: RowCstChildren): RowLine {
    const text = this.text;
    const pipeTokens = children.Pipe;
    const lastPipe = pipeTokens[pipeTokens.length - 1]!.startOffset;
    const lineStart = text.lastIndexOf('\n', firstOffset(children) - 1) + 1;
    let lineEnd = children.Newline?.[0]?.startOffset ?? text.indexOf('\n', lastPipe);
    if (lineEnd === -1) lineEnd = text.length;
    const markerTokens = children.Marker;
    const markers = markerTokens === undefined ? [] : markerTokens.map(markerOf);
    if (markers.length > 1) markers.sort((a, b) => a.start - b.start);
    const cells: CellInfo[] = [];
    let nextMarker = 0;
    // Cells lie between the line start, each pipe and the line end; empty cells keep their place.
    for (let i = 0; i <= pipeTokens.length; i++) {
      let start = i === 0 ? lineStart : pipeTokens[i - 1]!.startOffset + 1;
      let end = i === pipeTokens.length ? lineEnd : pipeTokens[i]!.startOffset;
      while (start < end && isBlank(text.charCodeAt(start))) start++;
      while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
      const candidate = markers[nextMarker];
      const marker = candidate !== undefined && candidate.start >= start && candidate.start < end ? candidate : null;
      if (marker) nextMarker++;
      const cellText = text.slice(start, end);
      let rest = cellText;
      if (marker) {
        let restStart = marker.end;
        while (restStart < end && isBlank(text.charCodeAt(restStart))) restStart++;
        rest = text.slice(restStart, end);
      }
      cells.push({ text: cellText, start, end, marker, rest });
    }
    // A trailing pipe closes the row rather than opening an empty cell.
    const last = cells[cells.length - 1];
    if (cells.length > 1 && last && last.text === '' && last.start >= lastPipe) cells.pop();
    const [start, end] = trimRange(text, lineStart, lineEnd);
    return { start, end, cells };
  }

  textLine(children: TextLineCstChildren): void {
    const text = this.text;
    const markerToken = children.Marker?.[0];
    const textToken = children.Text?.[0];
    const marker = markerToken ? markerOf(markerToken) : null;
    const from = marker ? marker.start : textToken!.startOffset;
    const to = textToken ? textToken.startOffset + textToken.image.length : marker!.end;
    const [start, end] = trimRange(text, from, to);
    const [textStart, textEnd] = textToken ? trimRange(text, textToken.startOffset, to) : [to, to];
    this.blocks.push({ kind: 'text', start, end, marker, text: text.slice(textStart, textEnd), textStart });
  }
}

const visitor = new LinesVisitor();

/**
 * @param children The document CST's children.
 * @param text The text it was parsed from.
 * @returns Lines and table blocks in document order.
 */
export function collectBlocks(children: DocumentCstChildren, text: string): Block[] {
  return visitor.run(children, text);
}
