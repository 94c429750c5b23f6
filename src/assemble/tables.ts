/**
 * Table blocks → Tables: title rows, clause rows (2019/2021 section 二), header
 * rows, data rows with values, units, notes, and the row hierarchy.
 */
import { createDiagnostic } from '../diagnostic.js';
import type { Diagnostic, Row, Table } from '../types.js';
import type { CellInfo, RowLine, TableBlock, TextLine } from './lines.js';
import type { PositionMapper } from '../pipeline/source-map.js';
import { RowHierarchy, type RowMarks } from './row-hierarchy.js';
import { cellsLookLikeHeader, looksLikeHeader, type ColumnLayout } from './table-header.js';
import { headerLayout } from './layout-cache.js';
import { tidy } from './text.js';
import { columnsUnit, noteUnit, withCellUnit } from './units.js';
import { cellValue, isNumeric, isUnit } from './values.js';
import { readFilled, type FilledCells } from './filled-cells.js';
import { BLANKS, isRunTogether } from './run-together.js';
import { holdsClause, isClauseStart } from '../vocabulary/clauses.js';
import { isDashRun } from '../vocabulary/empty-marks.js';

/** 填报单位:xxx in a title. */
const REPORTING_UNIT = /填报(?:单位|机关)[:：]\s*([^|｜\s（(]+)/;
/** 单位:件 / 单位：万元 in a title or header. */
const TABLE_UNIT = /(?:^|[\s(（])(?:计量)?单位[:：]\s*([^\s)）,，;；]+)/;
/** Trailing parenthetical note of a label. */
const NOTE = /[(（]([^()（）]*)[)）]\s*$/;
/** Whether `code` may be a blank of `\s` (a superset: a true answer only means the pattern is run). */
function mayBeBlank(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x205f) ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Everything the table builder needs besides the block. */
export interface TableContext {
  mapper: PositionMapper;
  diagnostics: Diagnostic[];
}

/** The cells' texts as printed (an array of the very length: pushing onto [] would reserve 17 places). */
function textsOf(cells: readonly CellInfo[]): string[] {
  const out = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = cells[i]!.text;
  return out;
}

/** A table's name in a title cell: 政府信息公开情况统计表, …一览表. */
const TABLE_NAME = /统计表|情况表|一览表/;

/** One filled cell, no number, no header word, and no row marker unless it names the table (附件：…统计表). */
function isTitleRow(filled: FilledCells): boolean {
  const first = filled.first!;
  return (
    filled.count === 1 &&
    (!first.marker || TABLE_NAME.test(first.text)) &&
    !isNumeric(first.text) &&
    !looksLikeHeader([first.text])
  );
}

function isClauseRow(filled: FilledCells, last: boolean): boolean {
  if (filled.count !== 1) return false;
  // Both patterns need 第: most single-cell rows (group labels) are let through without tidying.
  if (!filled.first!.text.includes('第')) return false;
  const text = tidy(filled.first!.text);
  // A clause line cut short (第二十条第(六) where a stored page ends) is a clause row too, never a value row.
  return holdsClause(text) || (last && isClauseStart(text));
}

/** Splits a label cell into label and trailing note. */
function splitNote(text: string): { label: string; note: string | null } {
  // A note ends the label (blanks after it aside): most labels end otherwise and skip the pattern.
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x29 && last !== 0xff09 && !mayBeBlank(last)) return { label: tidy(text), note: null };
  const match = NOTE.exec(text);
  if (!match || match.index === 0) return { label: tidy(text), note: null };
  return { label: tidy(text.slice(0, match.index)), note: tidy(match[1]!) };
}

/** A table being built. */
interface Draft {
  titleLines: string[];
  clause: string | null;
  headers: RowLine[];
  data: RowLine[];
  start: number;
  end: number;
}

function newDraft(start: number): Draft {
  return { titleLines: [], clause: null, headers: [], data: [], start, end: start };
}

/** A header row: not data, and header words in its cells. */
function isHeader(row: RowLine, data: boolean): boolean {
  return !data && cellsLookLikeHeader(row.cells);
}

/** A row whose one filled cell is its first, before empty cells: a row label whose values are all empty. */
function isLabelOnly(row: RowLine, filled: FilledCells): boolean {
  const at = filled.firstIndex;
  return filled.count === 1 && at <= 1 && at < row.cells.length - 1 && !/^[（(]/.test(filled.first!.text);
}

/** Groups a block's rows into drafts: a clause row or a title row after data starts a new table. */
function draftTables(block: TableBlock, titleLines: TextLine[]): Draft[] {
  const drafts: Draft[] = [];
  let draft = newDraft(titleLines[0]?.start ?? block.start);
  for (const line of titleLines) {
    const text = (line.marker?.image ?? '') + line.text;
    // 第二十条第(一)项: a clause row that starts a table of the 2019/2021 section 二.
    if (holdsClause(tidy(text))) draft.clause = tidy(text);
    else draft.titleLines.push(text);
  }
  const rows = block.rows;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    const filled = readFilled(row.cells);
    if (filled.count === 0) {
      draft.end = row.end;
      continue;
    }
    const data = filled.data;
    if (isClauseRow(filled, index === rows.length - 1)) {
      if (draft.headers.length > 0 || draft.data.length > 0) {
        drafts.push(draft);
        draft = newDraft(row.start);
      }
      draft.clause = tidy(filled.first!.text);
    } else if (draft.data.length === 0 && draft.headers.length === 0 && isTitleRow(filled)) {
      draft.titleLines.push(filled.first!.text);
    } else if (
      draft.data.length === 0 &&
      (isHeader(row, data) || (!data && filled.count >= 2)) &&
      !(draft.headers.length > 0 && isLabelOnly(row, filled))
    ) {
      draft.headers.push(row);
    } else if (draft.data.length > 0 && draft.headers.length > 0 && isHeader(row, data)) {
      // A new header after data: the next table of the block.
      drafts.push(draft);
      draft = newDraft(row.start);
      draft.headers.push(row);
    } else {
      draft.data.push(row);
    }
    draft.end = row.end;
  }
  drafts.push(draft);
  return drafts;
}

/** The number of cells of the widest row (0 for none). */
function widestRow(rows: readonly RowLine[]): number {
  let max = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i]!.cells.length > max) max = rows[i]!.cells.length;
  return max;
}

/** Whether most data rows start with a label (text), not a value. */
function firstColumnIsLabel(data: RowLine[]): boolean {
  let labelled = 0;
  for (let i = 0; i < data.length; i++) {
    const first = data[i]!.cells[0];
    if (first && cellValue(first.text) === undefined) labelled++;
  }
  return labelled * 2 > data.length;
}

/** Layout for a table without header rows: label cells, then an optional unit cell, then values. */
function inferLayout(data: RowLine[]): ColumnLayout {
  const width = widestRow(data);
  const hasUnit =
    data.filter((row) => row.cells.length === width && isUnit(row.cells[1]?.text ?? '')).length * 2 > data.length;
  const firstValue = hasUnit ? 2 : width > 1 ? 1 : 0;
  const columns = Array.from({ length: width - firstValue }, (_, i) => `列${i + 1}`);
  return { unitColumn: hasUnit ? 1 : -1, firstValue, width, columns };
}

/**
 * Splits cells holding several values run together into one cell per value, each with its own offsets.
 * Such cells come from PDF tables whose column rules were lost under a spanning header.
 * @param row A data row.
 * @returns A copy of the row with the cells split and the split cells listed, or null when no cell holds several values.
 */
function splitRunTogether(row: RowLine): { row: RowLine; split: CellInfo[] } | null {
  const rowCells = row.cells;
  let runTogether = false;
  for (let i = 1; i < rowCells.length && !runTogether; i++) runTogether = isRunTogether(rowCells[i]!.text);
  if (!runTogether) return null;
  const cells: CellInfo[] = [];
  const split: CellInfo[] = [];
  row.cells.forEach((cell, i) => {
    if (i === 0 || !isRunTogether(cell.text)) {
      cells.push(cell);
      return;
    }
    split.push(cell);
    let from = 0;
    for (const gap of cell.text.matchAll(BLANKS)) {
      const text = cell.text.slice(from, gap.index);
      cells.push({ text, start: cell.start + from, end: cell.start + gap.index!, marker: null, rest: text });
      from = gap.index! + gap[0].length;
    }
    const text = cell.text.slice(from);
    cells.push({ text, start: cell.start + from, end: cell.end, marker: null, rest: text });
  });
  return { row: { ...row, cells }, split };
}

/** The number of cells at the end of a row that print a value or an empty mark (a blank cell ends the run). */
function trailingValues(cells: CellInfo[]): number {
  let n = 0;
  for (let i = cells.length - 1; i >= 0; i--, n++) {
    const text = cells[i]!.text;
    if (text === '' || cellValue(text) === undefined) break;
  }
  return n;
}

/**
 * Empty cells after a row's values (an extra column of the page's table, filler pipes) would shift its values
 * into its labels when values are read from the right: when a number would land among the labels, the
 * empty cells after the row's last label and its `typed` unit and value cells are dropped.
 * @param cells The row's cells.
 * @param count How many of them are read.
 * @param typed Unit and value columns of the table.
 * @returns How many cells to read.
 */
function withoutFiller(cells: CellInfo[], count: number, typed: number): number {
  if (cells[count - 1]?.text !== '') return count;
  let numberInLabels = false;
  for (let c = 0; c < count - typed && !numberInLabels; c++) numberInLabels = isNumeric(cells[c]!.text);
  if (!numberInLabels) return count;
  let last = count - 1;
  while (
    last >= 0 &&
    (cells[last]!.text === '' || cellValue(cells[last]!.text) !== undefined || isUnit(cells[last]!.text))
  )
    last--;
  let n = count;
  while (n > last + 1 + typed && cells[n - 1]!.text === '') n--;
  return n;
}

function buildTable(draft: Draft, context: TableContext): Table {
  const { mapper, diagnostics } = context;
  // Rows with values run together are read split; the layout is learnt from the split rows.
  const original = draft.data;
  const splits = original.map(splitRunTogether);
  draft.data = splits.map((entry, i) => (entry === null ? original[i]! : entry.row));
  const headerCells = draft.headers.map((row) => textsOf(row.cells));
  const position = mapper.position(draft.start, draft.end);
  let layout: ColumnLayout;
  if (draft.headers.length > 0) {
    const cached = headerLayout(headerCells, widestRow(draft.data), firstColumnIsLabel(draft.data));
    layout = { ...cached, columns: [...cached.columns] };
  } else if (draft.data.length > 0) {
    layout = inferLayout(draft.data);
    diagnostics.push(
      createDiagnostic(
        'assemble-header-missing',
        'info',
        'This table has no header row; its columns were inferred from its data rows.',
        { position, origin: 'assemble' },
      ),
    );
  } else {
    layout = { unitColumn: -1, firstValue: 0, width: 0, columns: [] };
  }
  const valueCount = layout.columns.length;
  splits.forEach((entry, i) => {
    if (entry === null) return;
    // A split that gives a row more values than the table has columns was not a run of values: undone.
    if (trailingValues(entry.row.cells) > valueCount) {
      draft.data[i] = original[i]!;
      return;
    }
    for (const cell of entry.split) {
      diagnostics.push(
        createDiagnostic(
          'assemble-values-split',
          'info',
          `The cell "${cell.text}" holds several values run together; it was split into one cell per value.`,
          {
            position: mapper.position(cell.start, cell.end),
            actual: cell.text,
            origin: 'assemble',
          },
        ),
      );
    }
  });
  const hasUnit = layout.unitColumn >= 0;
  const columnUnit = columnsUnit(layout.columns);
  const rows: Row[] = [];
  const hierarchy = new RowHierarchy(rows);
  for (const line of draft.data) {
    const cells = line.cells;
    // Trailing empty cells beyond the table's width are filler.
    let count = cells.length;
    while (count > layout.width && cells[count - 1]!.text === '') count--;
    count = withoutFiller(cells, count, valueCount + (hasUnit ? 1 : 0));
    const rowPosition = mapper.position(line.start, line.end);
    if (count > layout.width && layout.width > 0) {
      diagnostics.push(
        createDiagnostic(
          'assemble-row-ragged',
          'warning',
          `This row has ${count} cells where the table has ${layout.width}; the values are read from the right.`,
          {
            position: rowPosition,
            expected: layout.width,
            actual: count,
            origin: 'assemble',
          },
        ),
      );
    }
    // Values are read from the right; a short row has empty leading value columns.
    const split = Math.max(0, count - valueCount);
    // valueCount values in all (an array of that length: pushing onto [] would reserve 17 places).
    const values = new Array<number | null>(valueCount);
    let v = 0;
    for (let k = valueCount - (count - split); k > 0; k--) values[v++] = null;
    // The unit printed after every number among the value cells (147230元), read with the values.
    let cellUnit: string | null | undefined;
    for (let c = split; c < count; c++) {
      const cell = cells[c]!;
      const value = cellValue(cell.text);
      if (typeof value === 'number') cellUnit = withCellUnit(cellUnit, cell.text);
      else if (value === undefined) {
        diagnostics.push(
          createDiagnostic(
            'assemble-value-unparsed',
            'warning',
            `The value cell "${cell.text}" is not a number; its value is null.`,
            {
              position: mapper.position(cell.start, cell.end),
              actual: cell.text,
              origin: 'assemble',
            },
          ),
        );
      }
      values[v++] = typeof value === 'number' ? value : null;
    }
    const unitCell = hasUnit && split > 0 ? cells[split - 1]! : null;
    const labelEnd = unitCell ? split - 1 : split;
    // Leading label cells are rowspan group labels: rows with no values, parents of what follows.
    let own: CellInfo | undefined;
    for (let c = 0; c < labelEnd; c++) {
      const cell = cells[c]!;
      if (cell.text === '') continue;
      if (own) hierarchy.add(makeRow(own, null, [], [own.text], mapper.position(own.start, own.end)), marksOf(own));
      own = cell;
    }
    const printed = textsOf(cells);
    const row = makeRow(own ?? null, unitCell ? unitCell.text : hasUnit ? '' : null, values, printed, rowPosition);
    // No unit cell: the unit printed in the label's note, after every value, or over every value column.
    row.unit ??= noteUnit(row.note) ?? cellUnit ?? columnUnit;
    hierarchy.add(row, marksOf(own));
  }
  withoutGroupValues(rows);
  const titleText = draft.titleLines.join(' ').trim();
  const reportingUnit = REPORTING_UNIT.exec(titleText)?.[1] ?? null;
  const title = tidyTitle(titleText.replace(REPORTING_UNIT, '').replace(/填报(?:单位|机关)[:：]?\s*$/, ''));
  return {
    title: title === '' ? null : title,
    reportingUnit,
    unit: tableUnit(titleText, headerCells),
    clause: draft.clause,
    headers: headerCells,
    columns: layout.columns,
    rows,
    position,
  };
}

/**
 * A group row (one with rows under it) whose value cells are all empty and which names no unit, or the heading
 * mark —— (`一、主动公开情况 | —— | |`), is a label over its rows, not an indicator left blank: it keeps its
 * printed cells and gets no values. A leaf row with empty cells keeps its nulls (a value the report left out).
 * @param rows The table's rows, with their parents set.
 */
function withoutGroupValues(rows: Row[]): void {
  const parents = new Set<number>();
  for (const row of rows) if (row.parent !== null) parents.add(row.parent);
  for (const index of parents) {
    const row = rows[index]!;
    const namesNoUnit = row.unit === null || isDashRun(row.unit);
    if (namesNoUnit && row.values.length > 0 && row.values.every((value) => value === null)) row.values = [];
  }
}

/** The first 单位：件 in the title and header cells, read as one text (most tables have none: checked first). */
function tableUnit(titleText: string, headerCells: string[][]): string | null {
  // TABLE_UNIT needs 单位 and its colon: most tables have none (a 计量单位 column is no table unit).
  let named = namesUnit(titleText);
  for (let r = 0; r < headerCells.length && !named; r++) {
    const row = headerCells[r]!;
    for (let c = 0; c < row.length && !named; c++) named = namesUnit(row[c]!);
  }
  if (!named) return null;
  return TABLE_UNIT.exec([titleText, ...headerCells.flat()].join(' '))?.[1] ?? null;
}

/** Whether `text` holds 单位 followed by a colon (单位: or 单位：), looked for once per 单位 rather than once per colon. */
function namesUnit(text: string): boolean {
  for (let at = text.indexOf('单位'); at >= 0; at = text.indexOf('单位', at + 2)) {
    const next = text.charCodeAt(at + 2);
    if (next === 0x3a || next === 0xff1a) return true;
  }
  return false;
}

function tidyTitle(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function makeRow(
  cell: CellInfo | null,
  unit: string | null,
  values: (number | null)[],
  cells: string[],
  position: Row['position'],
): Row {
  let rest = cell?.rest ?? '';
  let marker = cell?.marker ? markerText(cell.marker) : null;
  if (marker === '其中') {
    // 其中：1、政府网站公开数 → marker '其中1、', label '政府网站公开数'.
    const inner = INNER_MARKER.map((entry) => entry.pattern.exec(rest)).find(Boolean);
    if (inner) {
      marker += inner[0];
      rest = rest.slice(inner[0].length).trim();
    }
  }
  const { label, note } = cell ? splitNote(rest) : { label: '', note: null };
  return {
    marker,
    label,
    note,
    unit: unit === null ? null : unit === '' ? null : tidy(unit),
    values,
    cells,
    depth: 0,
    parent: null,
    key: null,
    position,
  };
}

/** A numbered list starting inside a 其中 cell: 其中：1、政府网站公开数. */
const INNER_MARKER: { family: string; pattern: RegExp }[] = [
  { family: 'digit', pattern: /^[0-9０-９]{1,3}[.．、](?![0-9０-９])/ },
  { family: 'digit-paren', pattern: /^[(（][0-9０-９]+[)）]/ },
  { family: 'han-paren', pattern: /^[(（][一二三四五六七八九十]+[)）]/ },
];

/** The marks of a row without a marker (one object for all: RowHierarchy only reads it). */
const NO_MARKS: RowMarks = Object.freeze({});

function marksOf(cell: CellInfo | undefined): RowMarks {
  if (!cell?.marker) return NO_MARKS;
  const family = cell.marker.family;
  if (family !== 'of-which') return { family };
  return { family, innerFamily: INNER_MARKER.find((inner) => inner.pattern.test(cell.rest))?.family };
}

/**
 * Builds the tables of one block of pipe rows.
 * @param block Consecutive pipe rows.
 * @param titleLines Text lines just above the block that title it (政府信息公开情况统计表, 填报单位…).
 * @param context Position mapper and diagnostics sink.
 * @returns One table, or several when clause rows or new header rows split the block.
 */
export function buildTables(block: TableBlock, titleLines: TextLine[], context: TableContext): Table[] {
  return draftTables(block, titleLines).map((draft) => buildTable(draft, context));
}

/** A row marker as printed, trimmed; 其中: and 其中： are both '其中'. */
function markerText(marker: CellInfo['marker'] & object): string {
  return marker.family === 'of-which' ? '其中' : marker.image.trim();
}
