/**
 * Renders an HTML subtree to report-text lines: blocks and `<br>` break lines, tables become pipe rows.
 * Whitespace follows CSS white-space collapsing, with segment breaks between CJK characters removed
 * (CSS Text 3 §4.1.3), so Word-pasted source wrapped mid-sentence does not gain spaces.
 */
import { DomUtils } from 'htmlparser2';
import { BLOCK_TAGS, childElements, isSkipped, type HtmlElement, type HtmlNode } from './html-dom.js';
import { isLayoutTable, rowCells, tableGrid, tableRows } from './html-table.js';
import { joinWrapped, joinsTight, type LineSink } from './report-text.js';

/**
 * Renders the children of `root` into `sink`.
 * @param root The report container.
 * @param sink Where lines go.
 */
export function renderHtml(root: HtmlNode, sink: LineSink): void {
  const renderer = new Renderer(sink);
  renderer.children(root);
  renderer.flush();
}

/**
 * Renders one cell's content as a single line (its paragraphs joined).
 * @param cell A `td` or `th`.
 * @returns The cell text.
 */
function renderCell(cell: HtmlElement): string {
  const lines: string[] = [];
  const renderer = new Renderer({
    push: (line: string) => lines.push(line),
    pushRow: (cells: readonly string[]) => lines.push(cells.join(' ')),
  });
  renderer.children(cell);
  renderer.flush();
  return joinWrapped(lines);
}

/** The part of LineSink the renderer uses. */
interface Output {
  push(line: string): void;
  pushRow(cells: readonly string[]): void;
}

class Renderer {
  private pieces: string[] = [];

  constructor(private readonly out: Output) {}

  children(node: HtmlNode): void {
    for (const child of DomUtils.getChildren(node)) this.node(child);
  }

  flush(): void {
    if (this.pieces.length === 0) return;
    const line = collapseWhitespace(this.pieces.join(''));
    this.pieces = [];
    if (line !== '') this.out.push(line);
  }

  private node(node: HtmlNode): void {
    if (isSkipped(node)) return;
    if (DomUtils.isText(node)) {
      this.pieces.push(node.data);
      return;
    }
    if (!DomUtils.isTag(node)) {
      this.children(node);
      return;
    }
    const name = node.name;
    if (name === 'br') {
      this.flush();
    } else if (name === 'table') {
      this.flush();
      this.table(node);
    } else if (name === 'td' || name === 'th') {
      // A stray cell outside a data table (layout tables): a block.
      this.flush();
      this.children(node);
      this.flush();
    } else if (BLOCK_TAGS.has(name)) {
      this.flush();
      this.children(node);
      this.flush();
    } else {
      this.children(node);
    }
  }

  private table(table: HtmlElement): void {
    if (isLayoutTable(table)) {
      for (const row of tableRows(table)) {
        for (const cell of rowCells(row)) {
          this.children(cell);
          this.flush();
        }
      }
      return;
    }
    for (const caption of childElements(table).filter((child) => child.name === 'caption')) {
      this.children(caption);
      this.flush();
    }
    for (const row of tableGrid(table, renderCell)) this.out.pushRow(row);
  }
}

/**
 * Collapses HTML whitespace: runs → one space, but a run holding a line break between two
 * CJK characters disappears; no-break spaces count as spaces.
 * @param raw Concatenated text pieces of one line.
 * @returns The line, trimmed.
 */
export function collapseWhitespace(raw: string): string {
  return raw
    .replace(/[\s\u00a0]+/g, (run, offset: number, whole: string) => {
      if (!run.includes('\n')) return ' ';
      const before = whole[offset - 1];
      const after = whole[offset + run.length];
      return before !== undefined && after !== undefined && joinsTight(before, after) ? '' : ' ';
    })
    .trim();
}
