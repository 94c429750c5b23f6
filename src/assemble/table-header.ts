/**
 * Header rows → column layout: which columns hold labels, which the unit, and
 * the names of the value columns (multi-level headers joined with '/').
 */
import { maxOf } from '../arrays.js';
import { flattenedHeaders } from '../forms/applications-appeals.js';
import { memoize } from '../memo.js';
import { fold, tidy } from './text.js';

/** Header words of label columns (统计指标, 指标名称, 信息内容 …). */
const LABEL_HEADER = /^(?:统计指标|指标名称|指标|项目|信息内容|内容|名称|类别|事项|序号)$|勾稽关系/;
/** Header words of a unit column. */
const UNIT_HEADER = /^(?:计量)?单位$/;
/** Words that only appear in header rows. */
const HEADER_WORD =
  /统计指标|指标名称|计量单位|^单位$|年度累计|历年累计|累计数|信息内容|本年|上一年|数量|申请人情况|自然人|法人或其他组织|商业企业|总计|行政复议|行政诉讼|结果维持|结果纠正|其他结果|尚未审结|未经复议|复议后起诉|^\d{4}年度?$|^项目$|处理决定|收费金额|采购项目|采购总?金额/;

/**
 * @param cells A row's cell texts.
 * @returns Whether the row reads like a header row (header words, no numbers).
 */
export function looksLikeHeader(cells: string[]): boolean {
  return cells.some(isHeaderCell);
}

/**
 * looksLikeHeader on a row's cells, without gathering their texts.
 * @param cells A row's cells.
 * @returns Whether one cell's text holds a header word.
 */
export function cellsLookLikeHeader(cells: readonly { text: string }[]): boolean {
  for (let i = 0; i < cells.length; i++) if (isHeaderCell(cells[i]!.text)) return true;
  return false;
}

const isHeaderCell = memoize((cell: string): boolean => HEADER_WORD.test(fold(cell)));

/** Column layout of a table. */
export interface ColumnLayout {
  /** Index of the unit column in a full-width row, or -1. */
  unitColumn: number;
  /** Index of the first value column in a full-width row. */
  firstValue: number;
  /** Total width of a full row. */
  width: number;
  columns: string[];
}

/**
 * National headers whose rowspans and colspans are usually flattened away in page text (each row lists
 * only its own cells): their columns are data, written with the form (src/forms/applications-appeals.ts).
 * 国办公开办函〔2019〕60号 and 〔2021〕30号, sections 三 and 四.
 */
const KNOWN_HEADERS = flattenedHeaders;

/**
 * @param headers Header rows (cell texts), as printed.
 * @param dataWidth Number of cells of the widest data row.
 * @returns The column layout of a known national header, or null.
 */
/** Characters every known header has (自然人 / 行政复议 in simplified or traditional form): a cheap pre-check. */
const KNOWN_HEADER_HINT = /自然人|行政[复複]/;

export function knownLayout(headers: string[][], dataWidth: number): ColumnLayout | null {
  if (!headers.some((row) => row.some((cell) => KNOWN_HEADER_HINT.test(cell.replace(/\s+/g, ''))))) return null;
  // Words are looked for inside the header text, not only as whole cells: a PDF table that lost its
  // column rules prints 自然人法人或其他组织总计商业企业… as one cell; and down each column, for a word
  // wrapped over two header rows (商业 over 企业).
  const down = Array.from({ length: maxOf(headers.map((row) => row.length)) }, (_, c) =>
    headers.map((row) => row[c] ?? '').join(''),
  );
  const text = [...headers.flat(), ...down].map(fold).join('|').replace(/\s+/g, '');
  const known = KNOWN_HEADERS.find((entry) => entry.words.every((word) => text.includes(word)));
  if (!known) return null;
  const width = Math.max(dataWidth, known.columns.length);
  return { unitColumn: -1, firstValue: width - known.columns.length, width, columns: [...known.columns] };
}

/**
 * @param headers Header rows (cell texts), as printed.
 * @param fullWidth Number of cells of the widest header row.
 * @param firstColumnIsLabel The data rows hold labels, not values, in their first cell.
 * @returns The column layout.
 */
export function layoutFromHeaders(headers: string[][], fullWidth: number, firstColumnIsLabel: boolean): ColumnLayout {
  let width = fullWidth;
  const grid = headers.map((row) => {
    const cells = row.map(tidy);
    while (cells.length < width) cells.push('');
    return cells;
  });
  let unitColumn = -1;
  let labelEnd = 0;
  for (let c = 0; c < width; c++) {
    const texts = grid.map((row) => fold(row[c]!));
    if (texts.some((t) => UNIT_HEADER.test(t))) {
      unitColumn = c;
      break;
    }
    if (texts.every((t) => t === '' || LABEL_HEADER.test(t))) labelEnd = c + 1;
    else break;
  }
  if (labelEnd === 0 && unitColumn !== 0 && firstColumnIsLabel) labelEnd = 1;
  const firstValue = unitColumn >= 0 ? unitColumn + 1 : labelEnd;
  // Upper header rows span to the right: fill empty cells from the left, within the value area.
  const filled = grid.map((row, level) => {
    if (level === grid.length - 1) return row;
    const out = [...row];
    for (let c = firstValue + 1; c < width; c++) if (out[c] === '') out[c] = out[c - 1]!;
    return out;
  });
  const columns: string[] = [];
  for (let c = firstValue; c < width; c++) {
    const parts: string[] = [];
    for (const row of filled) {
      const text = row[c]!;
      if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
    }
    columns.push(parts.join('/'));
  }
  // Filler cells after the last named column are not columns.
  while (columns.length > 0 && columns[columns.length - 1] === '') {
    columns.pop();
    width--;
  }
  return { unitColumn, firstValue, width, columns };
}
