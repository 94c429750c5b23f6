/**
 * Reading a PDF through pdf-parse 2.4.5 (pdf.js 5.4): per page, positioned text items and the ruled
 * tables pdf-parse finds, with their bounding boxes. `getTable()` returns only cell texts, so the
 * page-level steps it is built from (`load`, `getPageTables`, `fillPageTables`) are called directly;
 * they are private in pdf-parse's types, hence the structural types below. pdf-parse is pinned exactly.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReportError } from '../errors.js';
import { buildLines, type PdfItem } from './pdf-lines.js';

/** A ruled table on a page. */
export interface RuledTable {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Rows on a grid: spans expanded as empty cells. */
  rows: string[][];
}

/** What one page holds. */
export interface PdfPage {
  number: number;
  height: number;
  items: PdfItem[];
  tables: RuledTable[];
}

interface Point {
  x: number;
  y: number;
}
interface PdfCell {
  minXY: Point;
  maxXY: Point;
  text: string[];
  colspan?: number;
  rowspan?: number;
}
interface TableData {
  minXY: Point;
  maxXY: Point;
  rows: PdfCell[][];
  findCell(x: number, y: number): PdfCell | undefined;
}
interface LineStore {
  normalize(): void;
  getTableData(): TableData[];
}
interface TextItem {
  str?: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}
interface Viewport {
  height: number;
  convertToViewportPoint(x: number, y: number): number[];
}
interface PdfPageProxy {
  getViewport(options: { scale: number }): Viewport;
  getTextContent(): Promise<{ items: TextItem[] }>;
  cleanup(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPageProxy>;
  /** pdf.js's WorkerTransport (internal). */
  _transport?: { fontLoader?: { bind?: (font: unknown) => Promise<void> } };
}
interface Internals {
  load(): Promise<PdfDocument>;
  getPageTables(page: PdfPageProxy): Promise<LineStore>;
  destroy(): Promise<void>;
}

/** Where pdfjs-dist (pdf-parse's dependency, resolved from pdf-parse) is installed. */
function pdfjsRoot(): string {
  const require = createRequire(import.meta.url);
  const fromPdfParse = createRequire(require.resolve('pdf-parse'));
  return path.dirname(fromPdfParse.resolve('pdfjs-dist/package.json'));
}

/** pdf-parse and the pdf.js resources its documents are opened with, loaded once per process. */
interface PdfModule {
  PDFParse: typeof import('pdf-parse').PDFParse;
  cMapUrl: string;
  standardFontDataUrl: string;
}

let loading: Promise<PdfModule> | undefined;

/**
 * Loads pdf-parse once per process, with pdf.js's worker code (which pdf.js otherwise imports at the
 * first `getDocument`; in Node it runs on this thread as a "fake worker" found at `globalThis.pdfjsWorker`).
 *
 * pdf.js's legacy build bundles core-js, which on Node 20 replaces `Array.prototype.push` with a JS
 * polyfill (V8 does not throw on `push()` with no arguments to an array whose length is read-only).
 * That made every `push` in the process, pdf.js's own and ours, slower: ~25 % of a PDF import's
 * CPU time. The native `push` is put back once both bundles have run; the other core-js additions
 * (new methods pdf.js needs on Node 20) are left alone.
 * @returns The module and the resource URLs.
 */
export function loadPdfParse(): Promise<PdfModule> {
  loading ??= (async () => {
    const nativePush = Array.prototype.push;
    const { PDFParse } = await import('pdf-parse');
    const root = pdfjsRoot();
    await import(pathToFileURL(path.join(root, 'legacy/build/pdf.worker.mjs')).href);
    restoreNative(Array.prototype, 'push', nativePush);
    return { PDFParse, cMapUrl: `${root}/cmaps/`, standardFontDataUrl: `${root}/standard_fonts/` };
  })().catch((error: unknown) => {
    // A failed load (e.g. a missing package) is retried by the next import, not cached.
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Puts back a built-in method that a polyfill replaced, keeping the property's attributes. */
function restoreNative<T extends object>(target: T, key: keyof T & string, native: unknown): void {
  if ((target as Record<string, unknown>)[key] === native) return;
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (descriptor && 'value' in descriptor && descriptor.configurable)
    Object.defineProperty(target, key, { ...descriptor, value: native });
}

/**
 * Switches off font loading on this thread for a document opened with `disableFontFace: false`.
 * In Node pdf.js defaults to `disableFontFace: true`, and then turns every glyph drawn on a page whose
 * operator list is asked for (the ruled-table pages) into a path, posted to this thread: about half
 * of those pages' cost, for rendering nobody does. With font faces "enabled", each font is instead
 * handed to the document's `FontLoader.bind`, which in Node would base64-encode it for an `@font-face`
 * rule and then fail for want of a DOM, making pdf.js fall back to paths. Text and operator lists do
 * not depend on either.
 * @param document A document from pdf-parse's `load()`.
 * @returns False when pdf.js no longer has the loader where pdf.js 5.4 keeps it (then pdf.js falls
 *   back to glyph paths: slower, same result).
 */
export function skipFontLoading(document: PdfDocument): boolean {
  const loader = document._transport?.fontLoader;
  if (typeof loader?.bind !== 'function') return false;
  loader.bind = () => Promise.resolve();
  return true;
}

/**
 * Reads every page of a PDF.
 * @param bytes The PDF (copied: pdf.js detaches the buffer it is given).
 * @param signal Checked between pages.
 * @returns Readable pages in order, and the pages that could not be read.
 * @throws ReportError IMPORT_ENCRYPTED, IMPORT_CORRUPT (no page readable), ABORTED.
 */
export async function readPdf(
  bytes: Uint8Array,
  signal?: AbortSignal,
): Promise<{ pages: PdfPage[]; unreadable: { page: number; reason: string }[] }> {
  const { PDFParse, cMapUrl, standardFontDataUrl } = await loadPdfParse();
  const parser = new PDFParse({
    data: bytes.slice(),
    cMapUrl,
    standardFontDataUrl,
    cMapPacked: true,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
    disableFontFace: false,
  });
  const internals = parser as unknown as Internals;
  try {
    const document = await internals.load().catch((error: unknown) => {
      throw mapLoadError(error);
    });
    skipFontLoading(document);
    const pages: PdfPage[] = [];
    const unreadable: { page: number; reason: string }[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      throwIfAborted(signal);
      // A damaged page is skipped (and reported), not the whole document.
      try {
        const page = await document.getPage(n);
        pages.push(await readPage(internals, page, n));
        page.cleanup();
      } catch (error) {
        unreadable.push({ page: n, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    if (pages.length === 0) {
      throw new ReportError(
        'IMPORT_CORRUPT',
        `The PDF is corrupt: none of its ${document.numPages} pages can be read (${unreadable[0]?.reason ?? 'no pages'}).`,
      );
    }
    return { pages, unreadable };
  } finally {
    await parser.destroy();
  }
}

async function readPage(internals: Internals, page: PdfPageProxy, number: number): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const positioned: (PdfItem & { eol: boolean })[] = [];
  for (const item of content.items) {
    if (typeof item.str !== 'string') continue;
    const [x = 0, y = 0] = viewport.convertToViewportPoint(item.transform[4] ?? 0, item.transform[5] ?? 0);
    positioned.push({ str: item.str, x, y, width: item.width, size: item.height, eol: item.hasEOL === true });
  }
  // A page with no line of several cells holds no table: skip pdf.js's operator list (~40 % of a page's cost).
  const tableData = buildLines(positioned).some((line) => line.segments.length >= 2)
    ? await findRuledTables(internals, page)
    : [];
  const items: PdfItem[] = [];
  for (const item of positioned) {
    // What pdf-parse's fillPageTables does, without a second getTextContent().
    const cell = tableData.map((table) => table.findCell(item.x, item.y)).find((found) => found !== undefined);
    if (cell) {
      cell.text.push(item.str);
      if (item.eol) cell.text.push('\n');
    } else {
      items.push({ str: item.str, x: item.x, y: item.y, width: item.width, size: item.size });
    }
  }
  const tables = tableData
    .map((table) => ({
      top: table.minXY.y,
      bottom: table.maxXY.y,
      left: table.minXY.x,
      right: table.maxXY.x,
      rows: gridOf(table),
    }))
    .filter((table) => table.rows.some((row) => row.some((cell) => cell !== '')));
  return { number, height: viewport.height, items, tables };
}

async function findRuledTables(internals: Internals, page: PdfPageProxy): Promise<TableData[]> {
  const store = await internals.getPageTables(page);
  store.normalize();
  // A page border or a boxed paragraph is a one-column "table": leave its text to the text flow.
  return store.getTableData().filter((table) => table.rows.some((row) => row.length >= 2));
}

/** Cells with colspan/rowspan → a grid with the covered slots empty. */
function gridOf(table: TableData): string[][] {
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
        for (let dc = 0; dc < colspan; dc++) target[c + dc] = dr === 0 && dc === 0 ? cell.text.join('') : '';
      }
      c += colspan;
    }
  });
  grid.length = Math.min(grid.length, table.rows.length);
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, i) => line[i] ?? ''));
}

function mapLoadError(error: unknown): ReportError {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return new ReportError(
      'IMPORT_ENCRYPTED',
      'The PDF is encrypted with a user password; it cannot be opened without it.',
      { cause: error },
    );
  }
  return new ReportError('IMPORT_CORRUPT', `The PDF is corrupt or truncated: ${message}`, { cause: error });
}

/**
 * Throws ABORTED when the signal has fired.
 * @param signal The caller's signal.
 */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ReportError('ABORTED', 'The import was aborted.', { cause: signal.reason });
}
