/**
 * PDF importer: pdf.js (pdfjs-dist, with pdf-parse's table geometry) read in a thread of its own,
 * started on first use (`pdf-thread.ts`), then the pages laid out as report text (`pdf-layout.ts`).
 */
import { createDiagnostic } from '../diagnostic.js';
import { ReportError } from '../errors.js';
import type { Diagnostic, ReportText } from '../types.js';
import { layoutPdf } from './pdf-layout.js';
import { readPdf, type PdfPage } from './pdf-source.js';

/** Fewer visible characters than this in the whole document: no text layer. */
const MIN_TEXT = 20;

/**
 * Imports a PDF document.
 * @param bytes The file's bytes (not detached: a copy goes to pdf.js).
 * @param signal Aborts between pages.
 * @returns Report text with the page of every line.
 * @throws ReportError IMPORT_ENCRYPTED, IMPORT_NO_TEXT_LAYER, IMPORT_CORRUPT, ABORTED.
 */
export async function importPdf(bytes: Uint8Array, signal?: AbortSignal): Promise<ReportText> {
  const { pages, unreadable } = await readPdf(bytes, signal);
  const visible = pages.reduce(
    (sum, page) =>
      sum +
      page.items.reduce((n, item) => n + item.str.trim().length, 0) +
      page.tables.flatMap((table) => table.rows.flat()).reduce((n, cell) => n + cell.trim().length, 0),
    0,
  );
  if (visible < MIN_TEXT) {
    throw new ReportError(
      'IMPORT_NO_TEXT_LAYER',
      `The PDF has no text layer (${pages.length} pages, ${visible} characters of text): it is a scan, and needs OCR first.`,
    );
  }
  const { sink, diagnostics } = layoutPdf(pages);
  diagnostics.push(...tableFallbackDiagnostics(pages));
  for (const { page, reason } of unreadable) {
    diagnostics.unshift(
      createDiagnostic(
        'import-page-unreadable',
        'warning',
        `Page ${page} of the PDF could not be read and was skipped: ${reason}`,
        { origin: 'import', page },
      ),
    );
  }
  return sink.finish('pdf', null, pages.length + unreadable.length, diagnostics);
}

/**
 * One warning per table (or table search) pdf-parse's reader failed on, naming the page.
 * @param pages From `readPdf`.
 * @returns `import-table-fallback` diagnostics, in page order.
 */
export function tableFallbackDiagnostics(pages: readonly PdfPage[]): Diagnostic[] {
  return pages.flatMap((page) =>
    page.fallbacks.map(({ reason, rebuilt }) =>
      createDiagnostic(
        'import-table-fallback',
        'warning',
        rebuilt === 'rulings'
          ? `Page ${page.number}: the PDF table reader failed on a ruled table (${reason}); its cells were read from its rulings and text positions.`
          : `Page ${page.number}: the PDF table reader failed (${reason}); the page's text was laid out from text positions, its tables rebuilt from them where possible.`,
        { origin: 'import', page: page.number },
      ),
    ),
  );
}
