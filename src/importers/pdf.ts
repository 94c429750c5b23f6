/**
 * PDF importer: pdf.js (pdfjs-dist, with pdf-parse's table geometry) read in a thread of its own,
 * started on first use (`pdf-thread.ts`), then the pages laid out as report text (`pdf-layout.ts`).
 */
import { createDiagnostic } from '../diagnostic.js';
import { ReportError } from '../errors.js';
import type { ReportText } from '../types.js';
import { layoutPdf } from './pdf-layout.js';
import { readPdf } from './pdf-source.js';

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
