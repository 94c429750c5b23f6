/**
 * PDF text items → visual lines of segments. pdf.js emits width-only `" "` items for gaps it saw;
 * they are dropped and gaps are measured from positions instead: a gap wider than 1.5 em starts a
 * new segment (a cell of a table without rulings), a smaller one is kept as at most one space.
 */

/** A positioned text item in viewport coordinates (y grows downwards, at the baseline). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the item's height). */
  size: number;
}

/** A run of items without a wide gap. */
export interface Segment {
  text: string;
  left: number;
  right: number;
}

/** One visual line. */
export interface VisualLine {
  y: number;
  size: number;
  left: number;
  right: number;
  segments: Segment[];
  /** Segments joined with one space. */
  text: string;
}

/** A gap wider than this many ems separates segments. */
const SEGMENT_GAP_EM = 1.5;

/**
 * Groups items into lines (top to bottom) and lines into segments (left to right).
 * @param items Items of one page (outside ruled tables).
 * @returns Visual lines.
 */
export function buildLines(items: readonly PdfItem[]): VisualLine[] {
  const glyphs = items.filter((item) => item.str.trim() !== '' && item.size > 0);
  const sorted = [...glyphs].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - item.y) <= Math.max(row[0]!.size, item.size) * 0.4) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => toLine(row.sort((a, b) => a.x - b.x)));
}

function toLine(row: PdfItem[]): VisualLine {
  const size = Math.max(...row.map((item) => item.size));
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (const item of row) {
    const right = item.x + item.width;
    if (current && item.x - current.right <= size * SEGMENT_GAP_EM) {
      // pdf.js dropped real spaces into " " items; a visible gap of ~1/4 em or more is a space.
      if (item.x - current.right >= size * 0.2 && !current.text.endsWith(' ') && !item.str.startsWith(' '))
        current.text += ' ';
      current.text += item.str;
      current.right = Math.max(current.right, right);
    } else {
      current = { text: item.str, left: item.x, right };
      segments.push(current);
    }
  }
  for (const segment of segments) segment.text = segment.text.replace(/\s+/g, ' ').trim();
  return {
    y: row[0]!.y,
    size,
    left: segments[0]!.left,
    right: Math.max(...segments.map((segment) => segment.right)),
    segments,
    text: segments.map((segment) => segment.text).join(' '),
  };
}

/** Ideographs and CJK punctuation, for space removal. */
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_AFTER_CJK = new RegExp(`([${CJK}]) (?=[A-Za-z0-9])`, 'g');
const SPACE_BEFORE_CJK = new RegExp(`([A-Za-z0-9%]) (?=[${CJK}])`, 'g');

/**
 * Removes the spaces that typesetting inserts between CJK and Latin/digits (`2018 年` → `2018年`,
 * `计 1 条` → `计1条`); spaces between two ideographs (`统 计 指 标`) are kept.
 * @param text A line or cell.
 * @returns The text without those spaces.
 */
export function removeCjkSpacing(text: string): string {
  return text.replace(SPACE_AFTER_CJK, '$1').replace(SPACE_BEFORE_CJK, '$1');
}
