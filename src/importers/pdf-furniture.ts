/**
 * Page furniture: running headers and footers, and page numbers (`第 2 页 共 5 页`, `- 3 -`, `3/5`,
 * `-- 3 of 5 --`). Looked for only in the top and bottom bands of each page.
 */
import type { VisualLine } from './pdf-lines.js';

/** Page-number lines. */
const PAGE_NUMBER = [
  /^[-—–－\s]*\d{1,4}[-—–－\s]*$/, // 3, - 3 -, —3—
  /^第\s*\d{1,4}\s*页\s*[,，/、]?\s*(?:共\s*\d{1,4}\s*页)?$/, // 第 2 页 共 5 页
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // 3/5
  /^-*\s*\d{1,4}\s+of\s+\d{1,4}\s*-*$/i, // -- 3 of 5 --
  /^page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$/i,
];

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
      new Set(
        page.lines.filter(
          (line) =>
            inBand(page, line) && (PAGE_NUMBER.some((pattern) => pattern.test(line.text.trim())) || repeats(line)),
        ),
      ),
  );
}
