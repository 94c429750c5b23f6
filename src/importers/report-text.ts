/**
 * Building report text: lines with their page, tables as pipe rows.
 *
 * The pipe-row format is the one the grammar reads (see samples/quzhou-safety-2018.txt):
 * a filled cell is written `cell | `, an empty one `|`, and the row is right-trimmed, so
 * `['a', 'b', 'c']` → `a | b | c |` and a title spanning three columns → `title | ||`.
 */
import type { Diagnostic, ReportText, SourceFormat } from '../types.js';

/** Collects output lines and the page each came from. */
export class LineSink {
  readonly lines: string[] = [];
  readonly pages: (number | null)[] = [];

  /**
   * Adds one line (split further on `\n`); blank lines are dropped.
   * @param line Text of the line.
   * @param page 1-based page, or null.
   */
  push(line: string, page: number | null = null): void {
    for (const part of line.split('\n')) {
      const trimmed = part.trim();
      if (trimmed === '') continue;
      this.lines.push(trimmed);
      this.pages.push(page);
    }
  }

  /**
   * Adds a table row as a pipe row.
   * @param cells Cell texts (already cleaned).
   * @param page 1-based page, or null.
   */
  pushRow(cells: readonly string[], page: number | null = null): void {
    if (cells.every((cell) => cell === '')) return;
    this.lines.push(toPipeRow(cells));
    this.pages.push(page);
  }

  /**
   * Inserts a line before index `at`.
   * @param at Index of the line to insert before.
   * @param line Text (one line).
   * @param page 1-based page, or null.
   */
  insert(at: number, line: string, page: number | null = null): void {
    this.lines.splice(at, 0, line);
    this.pages.splice(at, 0, page);
  }

  /**
   * @param format Source format.
   * @param encoding Encoding of the source text, when it was text.
   * @param pages Page count, when known.
   * @param diagnostics Import diagnostics.
   * @returns The finished ReportText.
   */
  finish(format: SourceFormat, encoding: string | null, pages: number | null, diagnostics: Diagnostic[]): ReportText {
    return {
      text: this.lines.join('\n'),
      format,
      encoding,
      pages,
      lines: this.pages.map((page) => ({ page })),
      diagnostics,
    };
  }
}

/**
 * Formats cells as a pipe row.
 * @param cells Cell texts; a `|` inside a cell becomes `｜` so that it cannot split the cell.
 * @returns The row, e.g. `a | b | |`.
 */
export function toPipeRow(cells: readonly string[]): string {
  let out = '';
  for (const cell of cells) {
    const text = cleanCell(cell).replaceAll('|', '｜');
    out += text === '' ? '|' : `${text} | `;
  }
  return out.trimEnd();
}

/** CJK ideographs, kana, full-width forms and CJK punctuation: no space is written between two of these. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u{20000}-\u{2fa1f}“”‘’—…]/u;

/**
 * Whether a line break between `left` and `right` is written without a space
 * (CJK text, or a number or URL broken inside itself).
 * @param left Character before the break.
 * @param right Character after the break.
 * @returns True when the two parts join directly.
 */
export function joinsTight(left: string, right: string): boolean {
  return CJK.test(left) || CJK.test(right);
}

/**
 * Joins pieces of one logical text (cell lines, wrapped paragraph lines).
 * @param parts Pieces in order.
 * @returns The pieces joined with a space only between two Latin/digit pieces.
 */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    if (out !== '' && !joinsTight(out.at(-1)!, part[0]!)) out += ' ';
    out += part;
  }
  return out;
}

/**
 * Normalises the whitespace of a cell: no-break and other spaces → one space, line breaks joined.
 * @param cell Raw cell text.
 * @returns The cell on one line, trimmed.
 */
export function cleanCell(cell: string): string {
  return joinWrapped(cell.replace(/[\u00a0\u2000-\u200b\u202f\u205f]/g, ' ').split(/\s*\n\s*/)).replace(/[ \t]+/g, ' ');
}
