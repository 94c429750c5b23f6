/**
 * PDF pages → report text: furniture removed, tables (ruled, from pdf-parse; or rebuilt from
 * positions) placed in the text flow where they stand, a table continued on the next page merged
 * with its repeated header rows dropped, and paragraph lines broken by the page width joined again.
 */
import { createDiagnostic } from '../diagnostic.js';
import type { Diagnostic } from '../types.js';
import { findBorderlessTables } from './pdf-borderless.js';
import { findFurniture } from './pdf-furniture.js';
import { buildLines, removeCjkSpacing, type VisualLine } from './pdf-lines.js';
import type { PdfPage } from './pdf-source.js';
import { LineSink, cleanCell, joinsTight } from './report-text.js';

type Block =
  { kind: 'text'; y: number; line: VisualLine } | { kind: 'table'; y: number; rows: string[][]; ruled: boolean };

interface Emitted {
  kind: 'text' | 'table';
  page: number;
  line?: VisualLine;
  rows?: string[][];
  /** Page text margins, for telling a full line from a paragraph's last line. */
  left: number;
  right: number;
}

/**
 * Paragraph-starting markers: a line starting with one begins a new paragraph. `126.com` (an e-mail
 * address wrapped after its ＠) is no marker.
 */
const MARKER =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?![\dA-Za-z])|[①-⑳]|第[一二三四五六七八九十]+[部分章条]|附件|附表)/;
/** Inline enumeration markers (`一是…；二是…`): they start a paragraph only after a sentence end. */
const INLINE_MARKER = /^[一二三四五六七八九十]是/;
/** A line ending a sentence (or a run-in heading). */
const SENTENCE_END = /[。！？!?：:]["”’」』)）]*$/;
/** A line ending in a Latin word, number, address or URL wraps early, before the word that did not fit. */
const LATIN_END = /[A-Za-z0-9@./:_-]$|[Ａ-Ｚａ-ｚ０-９＠．／：＿－]$/;

/**
 * Lays out the pages of a PDF.
 * @param pages From `readPdf`.
 * @returns The lines (with pages) and layout diagnostics.
 */
export function layoutPdf(pages: readonly PdfPage[]): { sink: LineSink; diagnostics: Diagnostic[] } {
  const lines = pages.map((page) => buildLines(page.items));
  const furniture = findFurniture(pages.map((page, i) => ({ height: page.height, lines: lines[i]! })));
  const diagnostics: Diagnostic[] = [];
  const removed = furniture.reduce((sum, set) => sum + set.size, 0);
  if (removed > 0) {
    diagnostics.push(
      createDiagnostic(
        'import-continuation-furniture-removed',
        'info',
        `${removed} page header, footer or page-number lines were removed.`,
        { origin: 'import', actual: removed },
      ),
    );
  }
  // Text margins of the whole document: a sparse page's own margins would make its short lines look full.
  const bodyLines = lines.flatMap((pageLines, p) =>
    pageLines.filter((line) => !furniture[p]!.has(line) && line.segments.length === 1),
  );
  const left = Math.min(...bodyLines.map((line) => line.left));
  const right = Math.max(...bodyLines.map((line) => line.right));
  // Body text size: the median line's; a title is set larger.
  const sizes = bodyLines.map((line) => line.size).sort((a, b) => a - b);
  const bodySize = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const sink = new LineSink();
  let previous: Emitted | null = null;
  let continued = 0;
  let rebuilt = 0;
  pages.forEach((page, p) => {
    const body = lines[p]!.filter((line) => !furniture[p]!.has(line));
    const blocks: Block[] = [];
    const borderless = findBorderlessTables(body);
    rebuilt += borderless.length;
    const inTable = new Set(borderless.flatMap((table) => body.slice(table.first, table.last + 1)));
    for (const line of body) if (!inTable.has(line)) blocks.push({ kind: 'text', y: line.y, line });
    for (const table of borderless)
      blocks.push({ kind: 'table', y: body[table.first]!.y, rows: table.rows, ruled: false });
    for (const table of page.tables) blocks.push({ kind: 'table', y: table.top, rows: table.rows, ruled: true });
    blocks.sort((a, b) => a.y - b.y);
    blocks.forEach((block, b) => {
      if (block.kind === 'text') {
        const text = removeCjkSpacing(
          block.line.segments.map((segment) => removeLetterSpacing(segment.text)).join(' '),
        );
        if (previous?.kind === 'text' && continuesParagraph(previous, block.line, left, bodySize)) {
          const index = sink.lines.length - 1;
          sink.lines[index] = joinLine(sink.lines[index]!, text);
        } else {
          sink.push(text, page.number);
        }
        previous = { kind: 'text', page: page.number, line: block.line, left, right };
        return;
      }
      let rows = block.rows.map((row) => row.map((cell) => removeCjkSpacing(cleanCell(cell))));
      if (b === 0 && previous?.kind === 'table' && previous.page === page.number - 1) {
        // A table at the top of a page continues the one that ended the page before when it has as
        // many columns, or when it starts by repeating that table's header rows: a grid can gain a
        // column on the next page (a label column that only its later rows divide), so the repeated
        // rows are compared by their printed cells, the empty ones (spans) left out.
        const header = previous.rows!;
        let repeated = 0;
        while (
          repeated < Math.min(3, rows.length) &&
          header[repeated] &&
          printedCells(rows[repeated]!) === printedCells(header[repeated]!)
        )
          repeated++;
        if (repeated > 0 || header[0]?.length === rows[0]?.length) {
          rows = rows.slice(repeated);
          continued++;
        }
      }
      for (const row of rows) sink.pushRow(row, page.number);
      const firstRows: string[][] =
        previous?.kind === 'table' && b === 0 && previous.page === page.number - 1 ? previous.rows! : rows;
      previous = { kind: 'table', page: page.number, rows: firstRows, left, right };
    });
  });
  if (continued > 0) {
    diagnostics.push(
      createDiagnostic(
        'import-continuation-table-joined',
        'info',
        `${continued} table continuations on following pages were merged; repeated header rows were dropped.`,
        { origin: 'import', actual: continued },
      ),
    );
  }
  if (rebuilt > 0) {
    diagnostics.push(
      createDiagnostic(
        'import-table-reconstructed',
        'info',
        `${rebuilt} tables without rulings were rebuilt into columns from text positions.`,
        { origin: 'import', actual: rebuilt },
      ),
    );
  }
  return { sink, diagnostics };
}

/**
 * A line continues the paragraph above when the line above fills the text width (from the left margin
 * or a first-line indent: not a right-aligned or centred line, like a signature) and this one is not
 * indented nor starts with a marker (一是 only after a sentence end). A title, set larger than the body,
 * continues centred on its next line.
 */
function continuesParagraph(previous: Emitted, line: VisualLine, left: number, bodySize: number): boolean {
  const above = previous.line!;
  if (Math.abs(above.size - line.size) > above.size * 0.1) return false;
  const slack = LATIN_END.test(above.text) ? 8 : 1.5;
  if (above.right < previous.right - above.size * slack) return false;
  if (above.left > left + above.size * 4) return false;
  const centredTitle =
    line.size > bodySize * 1.2 && Math.abs(line.left - left - (previous.right - line.right)) <= line.size;
  if (line.left > left + line.size * 0.5 && !centredTitle) return false;
  if (INLINE_MARKER.test(line.text)) return !SENTENCE_END.test(above.text);
  return !MARKER.test(line.text);
}

/** A row's non-empty cells, for comparing rows across grids of different widths. */
function printedCells(row: readonly string[]): string {
  return row.filter((cell) => cell !== '').join('|');
}

/** Spaces between ideographs in a justified line: pdf.js writes the stretched gaps of `市 椒 江 区` as spaces. */
const SPACED_IDEOGRAPHS =
  /([\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef《》“”]) (?=[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef《》“”])/g;

/**
 * Removes letter-spacing from a segment of narrative text: when two or more single spaces stand
 * between CJK characters (a justified line spread out, or a heading set with spaces), all of them go;
 * one space alone (`邮 编`) is kept.
 * @param text A segment's text.
 * @returns The text.
 */
export function removeLetterSpacing(text: string): string {
  return (text.match(SPACED_IDEOGRAPHS)?.length ?? 0) >= 2 ? text.replace(SPACED_IDEOGRAPHS, '$1') : text;
}

/** Joins a wrapped line: no space in CJK text or inside numbers and URLs; a space between two words. */
function joinLine(before: string, after: string): string {
  const left = before.at(-1) ?? '';
  const right = after[0] ?? '';
  const space = !joinsTight(left, right) && /[A-Za-z]/.test(left) && /[A-Za-z]/.test(right);
  return before + (space ? ' ' : '') + after;
}
