/**
 * The blocks the grammar stage fills (src/assemble/lines.ts, `BlockCollector`), against an eager reference
 * that cuts every row's cells when the row is reported and looks for book titles in every row (the collector
 * before docs/performance.md, "Grammar stage", fourth pass): a row's cells are cut when first read, and a table
 * whose rows have no 《 before their first pipe is not searched for titles. Same blocks on texts drawn around
 * both.
 */
import type { IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { draw } from '../helpers/draw.js';
import { parseReportTextLines, type LineSink } from '../../grammars/report-text/index.js';
import { markerFamilyOf } from '../../grammars/report-text/tokens.js';
import { runGrammar } from '../../src/pipeline/grammar.js';
import { isProseRow } from '../../src/assemble/prose-rows.js';
import type { Block, CellInfo, MarkerInfo, RowLine, TextLine } from '../../src/assemble/lines.js';

const isBlank = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x3000 || code === 0xfeff;

const markerOf = (token: IToken): MarkerInfo => ({
  image: token.image,
  family: markerFamilyOf(token),
  start: token.startOffset,
  end: token.startOffset + token.image.length,
});

/** Whether every pipe of a row's line stands inside 《…》, read character by character. */
function pipesInBookTitles(text: string, start: number, end: number): boolean {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x300a) depth++;
    else if (code === 0x300b) depth = Math.max(0, depth - 1);
    else if ((code === 0x7c || code === 0xff5c) && depth === 0) return false;
  }
  return true;
}

/** A row line read as a text line: its first cell's marker (at the row's start, for a prose row), the rest as printed. */
function asTextLine(text: string, row: RowLine, markerAtStartOnly: boolean): TextLine {
  const first = row.cells[0];
  let marker = first?.marker ?? null;
  if (markerAtStartOnly && first?.start !== row.start) marker = null;
  let textStart = marker ? marker.end : row.start;
  while (textStart < row.end && isBlank(text.charCodeAt(textStart))) textStart++;
  return { kind: 'text', start: row.start, end: row.end, marker, text: text.slice(textStart, row.end), textStart };
}

/** The reference: every row's cells cut at once, every row of every table read for book titles. */
class EagerCollector implements LineSink {
  readonly blocks: Block[] = [];
  private rows: RowLine[] = [];

  constructor(private readonly text: string) {}

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
    if (text.charCodeAt(to - 1) === 0x0a) to--;
    let end = to;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
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
    const lastPipe = pipes[pipes.length - 1]!;
    const lineStart = text.lastIndexOf('\n', first - 1) + 1;
    let lineEnd = newline >= 0 ? newline : text.indexOf('\n', lastPipe);
    if (lineEnd === -1) lineEnd = text.length;
    const bounds = [lineStart - 1, ...pipes, lineEnd];
    const cells: CellInfo[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      let start = bounds[i]! + 1;
      let end = bounds[i + 1]!;
      while (start < end && isBlank(text.charCodeAt(start))) start++;
      while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
      const cellText = text.slice(start, end);
      const token = markerTokens.find((m) => m.startOffset >= start && m.startOffset < end);
      if (token) {
        const marker = markerOf(token);
        let restStart = marker.end;
        while (restStart < end && isBlank(text.charCodeAt(restStart))) restStart++;
        cells.push({ text: cellText, start, end, marker, rest: text.slice(restStart, end) });
      } else cells.push({ text: cellText, start, end, marker: null, rest: cellText });
    }
    const last = cells[cells.length - 1]!;
    if (cells.length > 1 && last.text === '' && last.start >= lastPipe) cells.pop();
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    this.rows.push({ start, end, cells });
  }

  private endTable(): void {
    const all = this.rows;
    if (all.length === 0) return;
    this.rows = [];
    if (isProseRow(all)) {
      this.blocks.push(asTextLine(this.text, all[0]!, true));
      return;
    }
    let rows: RowLine[] = [];
    const flush = (): void => {
      if (rows.length > 0)
        this.blocks.push({ kind: 'table', start: rows[0]!.start, end: rows[rows.length - 1]!.end, rows });
      rows = [];
    };
    for (const row of all) {
      if (pipesInBookTitles(this.text, row.start, row.end)) {
        flush();
        this.blocks.push(asTextLine(this.text, row, false));
      } else rows.push(row);
    }
    flush();
  }
}

/** Blocks as plain data, every row's cells read. */
const plain = (blocks: readonly Block[]): unknown =>
  blocks.map((block) =>
    block.kind === 'table'
      ? { ...block, rows: block.rows.map((row) => ({ start: row.start, end: row.end, cells: row.cells })) }
      : block,
  );

function reference(text: string): unknown {
  const collector = new EagerCollector(text);
  expect(parseReportTextLines(text, collector)).toEqual([]);
  return plain(collector.finish());
}

const PIECES = [
  ...'文字表数件条。；《》《》||｜ \u3000\t\n\n\n',
  ' | ',
  '一、',
  '（二）',
  '(3)',
  '4.',
  '5、',
  '①',
  '其中：',
  '附件',
  '第一，',
  '12',
  '0',
  '1.5',
  '——',
  '\r\n',
];

describe('grammar stage blocks', () => {
  it('should give the blocks of the eager reference on texts drawn with pipes, markers and book titles', () => {
    const texts = [...draw(PIECES, 4000, 40, 151), ...draw(PIECES, 400, 200, 152)];
    for (const text of texts) expect(plain(runGrammar(text).blocks), JSON.stringify(text)).toEqual(reference(text));
    // The draw reaches tables, rows read as text for their titles, and prose rows.
    const kinds = texts.map((text) => runGrammar(text).blocks);
    expect(kinds.some((blocks) => blocks.some((block) => block.kind === 'table'))).toBe(true);
    expect(texts.some((text) => /《[^》\n]*\|/.test(text))).toBe(true);
  });

  it('should read titles on rows that come after a 《 elsewhere, and on the second row of a table', () => {
    const texts = [
      '见《条例》。\n项目 | 数量\n发布《办实事|天天报》系列文章 | 3\n',
      '项目 | 数量\n《甲|乙》\n行政许可 | 7\n',
      '项目 | 数量\n行政许可 | 7\n发布《办实事|天天报》\n其他 | 《丙|丁》\n',
      '《甲》\n\n项目 | 数量 《乙|丙》\n',
    ];
    for (const text of texts) expect(plain(runGrammar(text).blocks), text).toEqual(reference(text));
    // The row of a title alone is a text line between two tables.
    expect(runGrammar(texts[2]!).blocks.map((block) => block.kind)).toEqual(['table', 'text', 'table']);
  });

  it("should cut a row's cells when they are first read, once", () => {
    const { blocks } = runGrammar('项目 | 数量\n（一）行政许可 | 7 |\n');
    const table = blocks[0]!;
    expect(table.kind).toBe('table');
    const row = (table as { rows: RowLine[] }).rows[1]!;
    // Not an own property of the row: a getter on its prototype, which keeps what it cuts.
    expect(Object.getOwnPropertyDescriptor(row, 'cells')).toBeUndefined();
    expect(row.cells).toBe(row.cells);
    expect(row.cells.map((cell) => [cell.text, cell.marker?.image ?? null, cell.rest])).toEqual([
      ['（一）行政许可', '（一）', '行政许可'],
      ['7', null, '7'],
    ]);
    // Spread into a plain object (src/assemble/tables.ts does), a row keeps its bounds and nothing else.
    expect({ ...row }).toEqual({ start: row.start, end: row.end });
  });
});
