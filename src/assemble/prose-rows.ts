/**
 * A line of narrative with a `|` inside it (`…发布365篇《我为群众办实事|食用农产品快速检测结果天天报》系列文章…`)
 * is lexed as a pipe row. On its own, with no value and no header word, a row that reads as sentences is
 * a line of text, not a table.
 */
import type { RowLine } from './lines.js';
import { looksLikeHeader } from './table-header.js';
import { isNumeric } from './values.js';

/** A sentence end inside a cell: a table cell is a label or a value, never a sentence. */
const SENTENCE_END = /[。！？；]/;

/**
 * @param rows The rows of one block of pipe rows.
 * @returns Whether the block is one line of narrative: a single row, a sentence end in a cell, no numeric
 *   cell and no header word.
 */
export function isProseRow(rows: readonly RowLine[]): boolean {
  if (rows.length !== 1) return false;
  const texts = rows[0]!.cells.map((cell) => cell.text).filter((text) => text !== '');
  return (
    texts.some((text) => SENTENCE_END.test(text)) && !texts.some((text) => isNumeric(text)) && !looksLikeHeader(texts)
  );
}
