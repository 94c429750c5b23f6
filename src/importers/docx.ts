/**
 * DOCX importer: mammoth's HTML (tables keep their rows and spans, unlike `extractRawText`), then
 * the HTML path. Only mammoth's public API is used (`convertToHtml` and `images.imgElement`), so a
 * host's own mammoth calls in the same process are unaffected. mammoth is loaded on first use:
 * importing it costs ~90 ms.
 */
import { createDiagnostic } from '../diagnostic.js';
import { ReportError } from '../errors.js';
import type { Diagnostic, ReportText } from '../types.js';
import { importHtml } from './html.js';
import { assertZipInflatesWithinLimit, assertZipWithinLimit, readZipEntries, type ZipEntry } from './zip.js';

/**
 * Imports a DOCX document.
 * @param bytes The file's bytes.
 * @param maxBytes Limit on the inflated size of the archive's entries.
 * @param entries The ZIP entries, if detection already read them.
 * @returns Report text (format docx, pages null).
 * @throws ReportError IMPORT_TOO_LARGE (declared sizes checked before inflating, then inflation capped), IMPORT_CORRUPT, IMPORT_EMPTY.
 */
export async function importDocx(bytes: Uint8Array, maxBytes: number, entries?: ZipEntry[]): Promise<ReportText> {
  const zipEntries = entries ?? readZipEntries(bytes);
  assertZipWithinLimit(zipEntries, maxBytes);
  // mammoth (JSZip) inflates without a cap: the entries it reads are inflated here first, capped.
  assertZipInflatesWithinLimit(bytes, zipEntries, maxBytes);
  const { default: mammoth } = await import('mammoth');
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      // A view of the caller's bytes, not a copy: mammoth only reads them.
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        // Images carry no report text: skip reading and base64-encoding them.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
  } catch (error) {
    throw new ReportError('IMPORT_CORRUPT', `The DOCX document could not be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const message of result.messages) {
    if (seen.has(message.message)) continue;
    seen.add(message.message);
    diagnostics.push(
      createDiagnostic('import-converter-message', 'info', `mammoth ${message.type}: ${message.message}`, {
        origin: 'import',
      }),
    );
  }
  const text = importHtml(result.value, { fragment: true, format: 'docx', diagnostics });
  return { ...text, encoding: null };
}
