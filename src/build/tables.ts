/**
 * Table blocks → Tables: title rows, clause rows (2019/2021 section 二), header
 * rows, data rows with values, units, notes, and the row hierarchy.
 */
import { maxOf } from '../arrays.js';
import { createDiagnostic } from '../diagnostic.js';
import type { Diagnostic, Row, Table } from '../types.js';
import type { CellInfo, RowLine, TableBlock, TextLine } from './lines.js';
import type { PositionMapper } from './positions.js';
import { RowHierarchy, type RowMarks } from './row-hierarchy.js';
import { knownLayout, layoutFromHeaders, looksLikeHeader, type ColumnLayout } from './table-header.js';
import { tidy } from './text.js';
import { isNumeric, isUnit, readValue } from './values.js';

/** 第二十条第(一)项: a clause row that starts a table of the 2019/2021 section 二. */
const CLAUSE = /第[二十一三四五六七八九]+条第?[(（][一二三四五六七八九十]+[)）]项/;
/** 填报单位:xxx in a title. */
const REPORTING_UNIT = /填报(?:单位|机关)[:：]\s*([^|｜\s（(]+)/;
/** 单位:件 / 单位：万元 in a title or header. */
const TABLE_UNIT = /(?:^|[\s(（])(?:计量)?单位[:：]\s*([^\s)）,，;；]+)/;
/** Trailing parenthetical note of a label. */
const NOTE = /[(（]([^()（）]*)[)）]\s*$/;

/** Everything the table builder needs besides the block. */
export interface TableContext {
  mapper: PositionMapper;
  diagnostics: Diagnostic[];
}

function nonEmpty(cells: CellInfo[]): CellInfo[] {
  return cells.filter((cell) => cell.text !== '');
}

function isTitleRow(row: RowLine): boolean {
  const filled = nonEmpty(row.cells);
  return filled.length === 1 && !filled[0]!.marker && !isNumeric(filled[0]!.text) && !looksLikeHeader([filled[0]!.text]);
}

function isClauseRow(row: RowLine): boolean {
  const filled = nonEmpty(row.cells);
  return filled.length === 1 && CLAUSE.test(tidy(filled[0]!.text));
}

function isDataRow(row: RowLine): boolean {
  const filled = nonEmpty(row.cells);
  if (filled[0]?.marker || filled.some((cell) => isNumeric(cell.text))) return true;
  // 规章 | —— | —— | ——: a label and empty marks only.
  return filled.length >= 2 && filled.slice(1).every((cell) => readValue(cell.text).kind === 'empty') && !looksLikeHeader(filled.map((cell) => cell.text));
}


/** Splits a label cell into label and trailing note. */
function splitNote(text: string): { label: string; note: string | null } {
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

/** Groups a block's rows into drafts: a clause row or a title row after data starts a new table. */
function draftTables(block: TableBlock, titleLines: TextLine[]): Draft[] {
  const drafts: Draft[] = [];
  let draft = newDraft(titleLines[0]?.start ?? block.start);
  for (const line of titleLines) {
    const text = (line.marker?.image ?? '') + line.text;
    if (CLAUSE.test(tidy(text))) draft.clause = tidy(text);
    else draft.titleLines.push(text);
  }
  for (const row of block.rows) {
    const data = isDataRow(row);
    const header = !data && looksLikeHeader(row.cells.map((cell) => cell.text));
    if (nonEmpty(row.cells).length === 0) {
      draft.end = row.end;
      continue;
    }
    if (isClauseRow(row)) {
      if (draft.headers.length > 0 || draft.data.length > 0) {
        drafts.push(draft);
        draft = newDraft(row.start);
      }
      draft.clause = tidy(nonEmpty(row.cells)[0]!.text);
    } else if (draft.data.length === 0 && draft.headers.length === 0 && isTitleRow(row)) {
      draft.titleLines.push(nonEmpty(row.cells)[0]!.text);
    } else if (draft.data.length === 0 && (header || (!data && nonEmpty(row.cells).length >= 2))) {
      draft.headers.push(row);
    } else if (draft.data.length > 0 && draft.headers.length > 0 && header) {
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

/** Whether most data rows start with a label (text), not a value. */
function firstColumnIsLabel(data: RowLine[]): boolean {
  const labelled = data.filter((row) => row.cells[0] && readValue(row.cells[0].text).kind === 'text').length;
  return labelled * 2 > data.length;
}

/** Layout for a table without header rows: label cells, then an optional unit cell, then values. */
function inferLayout(data: RowLine[]): ColumnLayout {
  const width = maxOf(data.map((row) => row.cells.length));
  const hasUnit = data.filter((row) => row.cells.length === width && isUnit(row.cells[1]?.text ?? '')).length * 2 > data.length;
  const firstValue = hasUnit ? 2 : width > 1 ? 1 : 0;
  const columns = Array.from({ length: width - firstValue }, (_, i) => `列${i + 1}`);
  return { unitColumn: hasUnit ? 1 : -1, firstValue, width, columns };
}

function buildTable(draft: Draft, context: TableContext): Table {
  const { mapper, diagnostics } = context;
  const headerCells = draft.headers.map((row) => row.cells.map((cell) => cell.text));
  const position = mapper.position(draft.start, draft.end);
  let layout: ColumnLayout;
  if (draft.headers.length > 0) {
    const dataWidth = maxOf(draft.data.map((row) => row.cells.length));
    layout = knownLayout(headerCells, dataWidth) ?? layoutFromHeaders(headerCells, maxOf(headerCells.map((cells) => cells.length)), firstColumnIsLabel(draft.data));
  } else if (draft.data.length > 0) {
    layout = inferLayout(draft.data);
    diagnostics.push(createDiagnostic('table-no-header', 'info', 'This table has no header row; its columns were inferred from its data rows.', { position, origin: 'build' }));
  } else {
    layout = { unitColumn: -1, firstValue: 0, width: 0, columns: [] };
  }
  const valueCount = layout.columns.length;
  const hasUnit = layout.unitColumn >= 0;
  const rows: Row[] = [];
  const hierarchy = new RowHierarchy(rows);
  for (const line of draft.data) {
    let cells = line.cells;
    while (cells.length > layout.width && cells[cells.length - 1]!.text === '') cells = cells.slice(0, -1);
    const rowPosition = mapper.position(line.start, line.end);
    if (cells.length > layout.width && layout.width > 0) {
      diagnostics.push(
        createDiagnostic('table-ragged-row', 'warning', `This row has ${cells.length} cells where the table has ${layout.width}; the values are read from the right.`, {
          position: rowPosition,
          expected: layout.width,
          actual: cells.length,
          origin: 'build',
        }),
      );
    }
    const split = Math.max(0, cells.length - valueCount);
    const valueCells = cells.slice(split);
    const labelArea = cells.slice(0, split);
    const unitCell = hasUnit && labelArea.length > 0 ? labelArea.pop()! : null;
    const labels = nonEmpty(labelArea);
    const values = valueCells.map((cell) => {
      const value = readValue(cell.text);
      if (value.kind === 'text') {
        diagnostics.push(
          createDiagnostic('table-value-unparsed', 'warning', `The value cell "${cell.text}" is not a number; its value is null.`, {
            position: mapper.position(cell.start, cell.end),
            actual: cell.text,
            origin: 'build',
          }),
        );
      }
      return value.kind === 'number' ? value.value : null;
    });
    while (values.length < valueCount) values.unshift(null);
    // Leading label cells are rowspan group labels: rows with no values, parents of what follows.
    for (const group of labels.slice(0, -1)) {
      hierarchy.add(makeRow(group, null, [], [group.text], mapper.position(group.start, group.end)), marksOf(group));
    }
    const own = labels[labels.length - 1];
    const printed = line.cells.map((cell) => cell.text);
    hierarchy.add(makeRow(own ?? null, unitCell ? unitCell.text : hasUnit ? '' : null, values, printed, rowPosition), marksOf(own));
  }
  const titleText = draft.titleLines.join(' ').trim();
  const reportingUnit = REPORTING_UNIT.exec(titleText)?.[1] ?? null;
  const title = tidyTitle(titleText.replace(REPORTING_UNIT, '').replace(/填报(?:单位|机关)[:：]?\s*$/, ''));
  const unitSource = [titleText, ...headerCells.flat()].join(' ');
  return {
    title: title === '' ? null : title,
    reportingUnit,
    unit: TABLE_UNIT.exec(unitSource)?.[1] ?? null,
    clause: draft.clause,
    headers: headerCells,
    columns: layout.columns,
    rows,
    position,
  };
}

function tidyTitle(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function makeRow(cell: CellInfo | null, unit: string | null, values: (number | null)[], cells: string[], position: Row['position']): Row {
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

function marksOf(cell: CellInfo | undefined): RowMarks {
  if (!cell?.marker) return {};
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
