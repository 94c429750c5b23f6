/**
 * Page furniture: running headers and footers, and page numbers (`第 2 页 共 5 页`, `- 3 -`, `3/5`,
 * `-- 3 of 5 --`). Looked for only in the top and bottom bands of each page.
 */
import { furnitureKind } from '../vocabulary/page-furniture.js';
import type { VisualLine } from './pdf-lines.js';

/** A number alone, or with a dash on one side (3, - 3, 3 —): a page number only in a top or bottom band. */
const BARE_PAGE_NUMBER = /^[-—–－\s]*\d{1,4}[-—–－\s]*$/;

/**
 * @param text A line in a top or bottom band.
 * @returns Whether it is a page number: the page furniture every stage knows
 *   (src/vocabulary/page-furniture.ts), or a number alone.
 */
const isPageNumber = (text: string): boolean => BARE_PAGE_NUMBER.test(text) || furnitureKind(text) !== null;

/** Share of the page height, at the top and at the bottom, where furniture sits. */
const BAND = 0.1;

/** A line on a page. */
export interface PageLines {
  height: number;
  lines: VisualLine[];
}

/**
 * Finds furniture lines: page numbers in the bands, and band lines whose text (digits ignored)
 * repeats on at least two pages and on at least half of them.
 * @param pages Lines per page.
 * @returns Per page, the set of furniture lines.
 */
export function findFurniture(pages: readonly PageLines[]): Set<VisualLine>[] {
  const inBand = (page: PageLines, line: VisualLine): boolean =>
    line.y <= page.height * BAND || line.y >= page.height * (1 - BAND);
  const key = (line: VisualLine): string => line.text.replace(/\s+/g, '').replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const line of page.lines) if (inBand(page, line)) seen.add(key(line));
    for (const text of seen) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const repeats = (line: VisualLine): boolean => {
    const count = counts.get(key(line)) ?? 0;
    return pages.length >= 2 && count >= 2 && count >= pages.length / 2;
  };
  return pages.map(
    (page) =>
      new Set(page.lines.filter((line) => inBand(page, line) && (isPageNumber(line.text.trim()) || repeats(line)))),
  );
}
