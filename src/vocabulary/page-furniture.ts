/**
 * Page furniture: page numbers and page-break markers (第 2 页 共 5 页, - 3 -, 3/5, -- 3 of 5 --), the one list
 * for every stage: the PDF importer looks for them in the top and bottom bands of a page
 * (src/importers/pdf-furniture.ts), table rebuilding between table rows (src/normalise/tables/block.ts,
 * scan.ts) and the builder between text lines (src/assemble/merge-blocks.ts). Each removal is reported by
 * the caller, under a `<stage>-continuation-furniture-removed` code.
 */

/** One kind of page furniture. */
export interface FurniturePattern {
  /** Short name used in diagnostics. */
  name: string;
  re: RegExp;
}

/** Line patterns (whole line, trimmed) of page furniture. */
export const furniturePatterns: readonly FurniturePattern[] = [
  // 第 2 页 共 5 页, 第2页/共5页, 第 2 页、共 5 页, 第 2 页
  { name: 'page-of', re: /^第\s*\d+\s*页\s*[,，/／、]?\s*(?:共\s*\d+\s*页)?$/ },
  // 共 5 页 第 2 页
  { name: 'page-of', re: /^共\s*\d+\s*页\s*[,，/／、]?\s*第\s*\d+\s*页$/ },
  // - 3 -, — 3 —, －3－
  { name: 'page-number', re: /^[-—–－]\s*\d+\s*[-—–－]$/ },
  // -- 3 of 5 -- (pdf-parse page separator), 3 of 5
  { name: 'page-break', re: /^(?:--\s*\d+\s*of\s*\d+\s*--|\d+\s+of\s+\d+)$/i },
  // 3/5, Page 3 of 5
  { name: 'page-number', re: /^(?:\d+\s*[/／]\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i },
];

/** No furniture line is longer than this, trimmed. */
export const FURNITURE_MAX_LENGTH = 24;

/**
 * @param line One line of text.
 * @returns The furniture kind when the line is page furniture, else null.
 */
export function furnitureKind(line: string): string | null {
  const t = line.trim();
  if (!t) return line.includes('\f') ? 'page-break' : null;
  if (t.length > FURNITURE_MAX_LENGTH) return null;
  for (const p of furniturePatterns) if (p.re.test(t)) return p.name;
  return null;
}
