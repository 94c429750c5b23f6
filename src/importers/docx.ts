/**
 * DOCX importer: mammoth's HTML (tables keep their rows and spans, unlike `extractRawText`), then
 * the HTML path. mammoth is loaded on first use: importing it costs ~90 ms. Its conversion runs
 * step by step (`docx-mammoth.ts`): from the entries inflated here, with the style map parsed once
 * per process and XML parts read by `docx-xml.ts` instead of xmldom.
 */
import { createDiagnostic } from '../diagnostic.js';
import { ReportError, isReportError } from '../errors.js';
import type { Diagnostic, ReportText } from '../types.js';
import { convertDocxToHtml, mammothZip, type MammothMessage } from './docx-mammoth.js';
import { importHtml } from './html.js';
import { assertZipWithinLimit, inflateZipEntries, readZipEntries, type ZipEntry } from './zip.js';

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
  const inflated = inflateZipEntries(bytes, zipEntries, maxBytes);
  const { default: mammoth } = await import('mammoth');
  let result: { value: string; messages: MammothMessage[] };
  try {
    result = await convertDocxToHtml(mammothZip(bytes, zipEntries, inflated), {
      externalFileAccess: false,
      // Images carry no report text: skip reading and base64-encoding them.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
  } catch (error) {
    if (isReportError(error)) throw error;
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
