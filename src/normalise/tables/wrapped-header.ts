/**
 * Header cells wrapped inside their columns, as `pdftotext -layout` prints a table with narrow columns:
 *
 *     信息内容     本年新       本年新       对外公开
 *                  制作数量     公开数量     总数量
 *
 * Read line after line, the words come apart (`本年新本年新对外公开` then `制作数量公开数量总数量`); read
 * column by column they are whole again. A piece of text belongs to the cell above it whose columns it
 * overlaps; a piece under no cell starts one of its own (a cell centred vertically, printed on the second line).
 */
import { tokenise } from './cell-types.js';

/** A header cell being put together from the pieces of its lines. */
interface Cell {
  text: string;
  /** Display columns of its last piece. */
  from: number;
  to: number;
  /** The line of its last piece. */
  line: number;
}

/** Gaps of two blanks or more part the cells of a space-aligned line. */
const COLUMN_GAP = /\S(?: {2,}|\u3000)\S/;

/**
 * @param line A line.
 * @returns Whether its cells are laid out in columns by runs of spaces (no tab: TSV has no columns to read).
 */
export function isColumnLaid(line: string): boolean {
  return !line.includes('\t') && !line.includes('|') && !line.includes('｜') && COLUMN_GAP.test(line);
}

/**
 * The header's text read column by column, after each of its lines: a header may end on any of them. A piece
 * continues the cell whose last piece it overlaps most (the lower one on a tie), unless another piece of its
 * line overlaps that cell too: pieces side by side under one cell are the sub-headers of a spanning cell
 * (商业企业 … under 法人或其他组织), each a cell of its own.
 * @param lines The text's lines.
 * @param start First header line.
 * @param end Last header line (inclusive).
 * @returns Per line from `start` to `end`, the cells' texts so far run together without blanks, in the order
 *   the cells were met.
 */
export function columnTexts(lines: readonly string[], start: number, end: number): string[] {
  const texts: string[] = [];
  const cells: Cell[] = [];
  for (let i = start; i <= end; i++) {
    const line = pieces(lines[i]!);
    const claims = line.map((piece) => {
      let best: Cell | null = null;
      let bestOverlap = 0;
      for (const cell of cells) {
        const overlap = Math.min(cell.to, piece.to) - Math.max(cell.from, piece.from);
        if (overlap > bestOverlap || (overlap > 0 && overlap === bestOverlap && cell.line > best!.line)) {
          best = cell;
          bestOverlap = overlap;
        }
      }
      return best;
    });
    line.forEach((piece, k) => {
      const cell = claims[k];
      if (cell && claims.indexOf(cell) === claims.lastIndexOf(cell)) {
        cell.text += piece.text;
        cell.from = piece.from;
        cell.to = piece.to;
        cell.line = i;
      } else cells.push({ ...piece, line: i });
    });
    texts.push(cells.map((cell) => cell.text).join(''));
  }
  return texts;
}

/** The pieces of a line: its tokens, those one blank apart joined. */
function pieces(line: string): Array<{ text: string; from: number; to: number }> {
  const out: Array<{ text: string; from: number; to: number }> = [];
  for (const token of tokenise(line)) {
    const last = out.at(-1);
    if (last && token.from - last.to <= 1) {
      last.text += token.text;
      last.to = token.to;
    } else out.push({ text: token.text, from: token.from, to: token.to });
  }
  return out;
}
