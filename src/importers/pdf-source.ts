/**
 * Reading a PDF with pdf.js (pdfjs-dist 5.4, through pdf-parse 2.4.5, both pinned exactly): per page,
 * positioned text items and the ruled tables pdf-parse's geometry finds, with their bounding boxes.
 * pdf.js runs in a thread of its own (`pdf-thread.ts`: loading it changes the globals of its realm);
 * this module drives it page by page.
 */
import { ReportError } from '../errors.js';
import { buildLines, type PdfItem } from './pdf-lines.js';
import { PdfThreadError, openPdf, type ThreadDocument, type ThreadTable } from './pdf-thread.js';

/** A ruled table on a page. */
export interface RuledTable {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Rows on a grid: spans expanded as empty cells. */
  rows: string[][];
}

/**
 * A page's ruled table (or its whole table search) that pdf-parse's reader failed on: why, and what
 * the text was read from instead: the table's rulings and text positions, or text positions alone
 * (laid out as text and tables without rulings are).
 */
export interface TableFallback {
  reason: string;
  rebuilt: 'rulings' | 'positions';
}

/** What one page holds. */
export interface PdfPage {
  number: number;
  height: number;
  items: PdfItem[];
  tables: RuledTable[];
  /** Tables read without pdf-parse's reader (each reported as `import-table-fallback`). */
  fallbacks: TableFallback[];
}

/**
 * pdf.js's options: packed CMaps and standard fonts (their folders are set by `openPdf`, font faces
 * by the thread), eval off, no system fonts, errors in content streams tolerated, only its error
 * messages logged, and images left out of operator lists (`maxImageSize` 0: an image over that many
 * pixels is dropped before it is decoded; text and rulings are not images).
 */
const PDFJS_OPTIONS = {
  cMapPacked: true,
  isEvalSupported: false,
  useSystemFonts: false,
  stopAtErrors: false,
  verbosity: 0,
  maxImageSize: 0,
};

/**
 * Reads every page of a PDF.
 * @param bytes The PDF (copied: the copy goes to pdf.js's thread).
 * @param signal Checked between pages.
 * @returns Readable pages in order, and the pages that could not be read.
 * @throws ReportError IMPORT_ENCRYPTED, IMPORT_CORRUPT (no page readable), ABORTED.
 */
export async function readPdf(
  bytes: Uint8Array,
  signal?: AbortSignal,
): Promise<{ pages: PdfPage[]; unreadable: { page: number; reason: string }[] }> {
  const document = await openPdf(bytes, PDFJS_OPTIONS).catch((error: unknown) => {
    throw error instanceof PdfThreadError ? mapLoadError(error) : error;
  });
  try {
    const pages: PdfPage[] = [];
    const unreadable: { page: number; reason: string }[] = [];
    for (let n = 1; n <= document.pages; n++) {
      throwIfAborted(signal);
      // A damaged page is skipped (and reported), not the whole document.
      try {
        pages.push(await readPage(document, n));
      } catch (error) {
        if (!(error instanceof PdfThreadError)) throw error;
        unreadable.push({ page: n, reason: error.message });
      }
    }
    if (pages.length === 0) {
      throw new ReportError(
        'IMPORT_CORRUPT',
        `The PDF is corrupt: none of its ${document.pages} pages can be read (${unreadable[0]?.reason ?? 'no pages'}).`,
      );
    }
    return { pages, unreadable };
  } finally {
    // Closing fails only when the thread has stopped, and then the error above says why.
    await document.close().catch(() => {});
  }
}

/**
 * Reads a page: its text items, then its ruled tables. The text is the page: when the table search
 * fails (pdf.js's operator list, or pdf-parse's geometry, throws), the page keeps all its items, laid
 * out from their positions, and the failure is kept to be reported.
 * @param document The open PDF.
 * @param number The page's number.
 * @returns The page.
 * @throws PdfThreadError when its text cannot be read (the page is damaged); why the thread stopped.
 */
export async function readPage(document: ThreadDocument, number: number): Promise<PdfPage> {
  const { height, items: positioned } = await document.text(number);
  // A page with no line of several cells holds no table: skip pdf.js's operator list (~40 % of a page's cost).
  const find = buildLines(positioned).some((line) => line.segments.length >= 2);
  const { tables, inCells, fallbacks } = await document.tables(number, find).catch((error: unknown) => {
    if (!(error instanceof PdfThreadError)) throw error;
    return {
      tables: [],
      inCells: [],
      fallbacks: [{ reason: `${error.name}: ${error.message}`, rebuilt: 'positions' as const }],
    };
  });
  const inCell = new Set(inCells);
  const items: PdfItem[] = [];
  positioned.forEach((item, index) => {
    if (!inCell.has(index)) items.push({ str: item.str, x: item.x, y: item.y, width: item.width, size: item.size });
  });
  const ruled = tables
    .map((table) => ({
      top: table.top,
      bottom: table.bottom,
      left: table.left,
      right: table.right,
      rows: gridOf(table),
    }))
    .filter((table) => table.rows.some((row) => row.some((cell) => cell !== '')));
  return { number, height, items, tables: ruled, fallbacks };
}

/** Cells with colspan/rowspan → a grid with the covered slots empty. */
function gridOf(table: ThreadTable): string[][] {
  const grid: string[][] = [];
  table.rows.forEach((row, r) => {
    const line = (grid[r] ??= []);
    let c = 0;
    for (const cell of row) {
      while (line[c] !== undefined) c++;
      const rowspan = Math.max(1, cell.rowspan ?? 1);
      const colspan = Math.max(1, cell.colspan ?? 1);
      for (let dr = 0; dr < rowspan; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colspan; dc++) target[c + dc] = dr === 0 && dc === 0 ? cell.text : '';
      }
      c += colspan;
    }
  });
  grid.length = Math.min(grid.length, table.rows.length);
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, i) => line[i] ?? ''));
}

function mapLoadError(error: PdfThreadError): ReportError {
  if (error.name === 'PasswordException') {
    return new ReportError(
      'IMPORT_ENCRYPTED',
      'The PDF is encrypted with a user password; it cannot be opened without it.',
      { cause: error },
    );
  }
  return new ReportError('IMPORT_CORRUPT', `The PDF is corrupt or truncated: ${error.message}`, { cause: error });
}

/**
 * Throws ABORTED when the signal has fired.
 * @param signal The caller's signal.
 */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ReportError('ABORTED', 'The import was aborted.', { cause: signal.reason });
}
