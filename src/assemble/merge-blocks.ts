/**
 * Repairs what page breaks and narrow columns do to pipe tables, before the
 * tables are built: page furniture lines (第 2 页 共 5 页, - 3 -) are removed
 * (each reported as info), a table continued after a page break is joined back
 * and its repeated header row dropped (reported), and a label wrapped onto its
 * own line is joined to its row.
 */
import { toHalfWidth } from '../vocabulary/width.js';
import { isWhiteSpace } from '../vocabulary/white-space.js';
import { createDiagnostic } from '../diagnostic.js';
import { FURNITURE_MAX_LENGTH, furnitureKind } from '../vocabulary/page-furniture.js';
import type { Diagnostic } from '../types.js';
import type { Block, CellInfo, RowLine, TableBlock, TextLine } from './lines.js';
import type { PositionMapper } from '../pipeline/source-map.js';
import { endsSentence, tidy } from './text.js';
import { readValue } from './values.js';

/**
 * @param text A whole line.
 * @returns Whether the line is page furniture (the patterns of src/normalise/tables/furniture.ts,
 *   full-width digits and dashes included) or the controls of the web page it was copied from.
 */
export function isFurniture(text: string): boolean {
  // Furniture lines are short, and start with a character few lines start with: most lines are turned away
  // before they are trimmed or folded.
  return mayStartFurniture(text) && matchesFurniture(text);
}

/**
 * isFurniture's patterns, run without its gate (exported for the test that checks the gate against them).
 * @param text A whole line.
 * @returns Whether the line, trimmed, is short enough and a furniture or site control pattern matches it.
 */
export function matchesFurniture(text: string): boolean {
  return (
    text.trim().length <= FURNITURE_MAX_LENGTH &&
    (furnitureKind(toHalfWidth(text)) !== null || PAGE_CHROME.test(text.replace(BLANKS, '')))
  );
}

/** The first characters of furniture (第, 共, a dash, a digit, Page) and of site controls (【, [, 打, 关, 返, 收, 分, 扫, 字), full-width folded. */
const FURNITURE_FIRST: ReadonlySet<number> = new Set(
  [...'第共-—–0123456789pP【[打关返收分扫字'].map((c) => c.charCodeAt(0)),
);

/**
 * A necessary condition of isFurniture's patterns, read by character code: the line, trimmed, is at most
 * FURNITURE_MAX_LENGTH long and starts with a character one of them can start with (or is blank: a blank line
 * with a form feed is a page break).
 * @param text A whole line.
 * @returns False when the line cannot be furniture.
 */
function mayStartFurniture(text: string): boolean {
  let from = 0;
  let to = text.length;
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
  if (from === to) return true;
  while (isWhiteSpace(text.charCodeAt(to - 1))) to--;
  if (to - from > FURNITURE_MAX_LENGTH) return false;
  const code = text.charCodeAt(from);
  return FURNITURE_FIRST.has(code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code);
}

/** One control of a government site's article page, bracketed or not: 【打印本页】 [关闭窗口] 分享到： … */
const CONTROL =
  '[【\\[]?(?:打印本页|打印本文|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|收藏|分享到[:：]?|扫一扫在手机打开当前页)[】\\]]?';
/**
 * Site controls copied with a page's text, on a line of their own: 【打印本页】【关闭窗口】, 字号：大 中 小,
 * 扫一扫在手机打开当前页. A line that also says something else (发布时间：… 字号：大 中 小) is kept.
 */
const PAGE_CHROME = new RegExp(`^(?:(?:${CONTROL})+|字号[:：]?(?:[【\\[]?[大中小][】\\]]?){3})$`);
const BLANKS = /[\s\u00a0\u3000]+/g;

function rowKey(row: RowLine): string {
  return row.cells.map((cell) => tidy(cell.text)).join('|');
}

function joinCells(
  first: { text: string; start: number; marker: CellInfo['marker'] },
  second: CellInfo,
  restOfFirst: string,
): CellInfo {
  return {
    text: first.text + second.text,
    start: first.start,
    end: second.end,
    marker: first.marker,
    rest: restOfFirst + second.text,
  };
}

function lineAsCell(line: TextLine): { text: string; start: number; marker: CellInfo['marker']; rest: string } {
  const text = line.marker ? line.marker.image + line.text : line.text;
  return { text, start: line.start, marker: line.marker, rest: line.marker ? line.text : text };
}

/** A short text line between two table blocks that continues a label. */
function isWrappedLabel(line: TextLine): boolean {
  return (
    line.text.length + (line.marker?.image.length ?? 0) <= 60 && !endsSentence(line.text) && !/[|｜]/.test(line.text)
  );
}

/**
 * @param blocks Blocks from the grammar stage (src/pipeline/grammar.ts).
 * @param mapper Offset → position (for diagnostics).
 * @param diagnostics Sink.
 * @returns Blocks with furniture removed and broken tables joined.
 */
export function mergeTableBlocks(blocks: Block[], mapper: PositionMapper, diagnostics: Diagnostic[]): Block[] {
  const out: Block[] = [];
  const lastTable = (): { table: TableBlock; gap: Block[] } | null => {
    const gap: Block[] = [];
    for (let i = out.length - 1; i >= 0; i--) {
      const block = out[i]!;
      if (block.kind === 'table') return { table: block, gap: gap.reverse() };
      gap.push(block);
      if (gap.length > 3) return null;
    }
    return null;
  };
  let furnitureSinceTable = false;
  for (const block of blocks) {
    if (block.kind === 'text' && !block.marker && isFurniture(block.text)) {
      diagnostics.push(
        createDiagnostic('assemble-continuation-furniture-removed', 'info', `Removed page furniture "${block.text}".`, {
          position: mapper.position(block.start, block.end),
          origin: 'assemble',
        }),
      );
      furnitureSinceTable = true;
      continue;
    }
    if (block.kind !== 'table') {
      out.push(block);
      continue;
    }
    const previous = lastTable();
    const gapText = previous?.gap.filter((b): b is TextLine => b.kind === 'text') ?? [];
    if (previous && gapText.length === 0) {
      const headers = previous.table.rows.slice(0, 3).map(rowKey);
      const first = block.rows[0]!;
      const repeated = headers.includes(rowKey(first));
      if (repeated || furnitureSinceTable) {
        let rows = block.rows;
        if (repeated) {
          diagnostics.push(
            createDiagnostic(
              'assemble-continuation-header-removed',
              'info',
              'Dropped a header row repeated after a page break; the table continues.',
              {
                position: mapper.position(first.start, first.end),
                origin: 'assemble',
              },
            ),
          );
          rows = rows.slice(1);
        }
        out.length = out.lastIndexOf(previous.table);
        out.push({
          kind: 'table',
          start: previous.table.start,
          end: block.end,
          rows: [...previous.table.rows, ...rows],
        });
        furnitureSinceTable = false;
        continue;
      }
    }
    if (previous && gapText.length === 1 && previous.gap.length === 1 && isWrappedLabel(gapText[0]!)) {
      const line = gapText[0]!;
      const first = block.rows[0]!;
      const firstCell = first.cells[0];
      let rows: RowLine[];
      const firstIsData = first.cells.slice(1).some((cell) => readValue(cell.text).kind === 'number');
      const lastRow = previous.table.rows[previous.table.rows.length - 1]!;
      const lastIsData = lastRow.cells.slice(1).some((cell) => readValue(cell.text).kind === 'number');
      // A header cell that held a line break: 商业 ⏎ 企业 | 科研机构 | …
      const headerBreak = !line.marker && !firstIsData && !lastIsData;
      if (
        firstCell &&
        !firstCell.marker &&
        firstCell.text !== '' &&
        readValue(firstCell.text).kind === 'text' &&
        (firstIsData || headerBreak)
      ) {
        // The label's start is on the line above: (一)主动公开政府信息数(不同渠道… ⏎ 息计1条) | 条 | 648
        const head = lineAsCell(line);
        const merged: RowLine = {
          start: line.start,
          end: first.end,
          cells: [joinCells(head, firstCell, head.rest), ...first.cells.slice(1)],
        };
        rows = [...previous.table.rows, merged, ...block.rows.slice(1)];
      } else if (!line.marker && lastIsData && (firstCell?.marker || firstIsData)) {
        // The label's end is on the line below its row.
        const last = previous.table.rows[previous.table.rows.length - 1]!;
        const cell = last.cells[0]!;
        const tail = lineAsCell(line);
        const merged: RowLine = {
          start: last.start,
          end: Math.max(last.end, line.end),
          cells: [
            { ...cell, text: cell.text + tail.text, rest: cell.rest + tail.text, end: line.end },
            ...last.cells.slice(1),
          ],
        };
        rows = [...previous.table.rows.slice(0, -1), merged, ...block.rows];
      } else {
        furnitureSinceTable = false;
        out.push(block);
        continue;
      }
      out.length = out.lastIndexOf(previous.table);
      out.push({ kind: 'table', start: previous.table.start, end: block.end, rows });
      diagnostics.push(
        createDiagnostic(
          'assemble-continuation-label-rejoined',
          'info',
          'Joined a table label wrapped onto its own line.',
          {
            position: mapper.position(line.start, line.end),
            origin: 'assemble',
          },
        ),
      );
      continue;
    }
    furnitureSinceTable = false;
    out.push(block);
  }
  return out;
}
