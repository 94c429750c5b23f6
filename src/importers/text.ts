/**
 * Plain-text importer: decode (see encoding.ts), LF line ends, no source pages.
 */
import { createDiagnostic } from '../diagnostic.js';
import { ReportError } from '../errors.js';
import { decodeUtf8, normaliseLineEnds, type DecodedText } from './unicode-decoding.js';
import type { Diagnostic, ReportText } from '../types.js';

/**
 * Imports a plain-text report.
 * @param bytes The file's bytes.
 * @param encoding Forced encoding label, if any.
 * @returns Report text with one `{page: null}` per line.
 * @throws ReportError IMPORT_UNDECODABLE, IMPORT_EMPTY, INVALID_OPTION.
 */
export async function importText(bytes: Uint8Array, encoding?: string): Promise<ReportText> {
  // UTF-8 (nearly every report) is decoded without loading the legacy codecs: the same result as decodeText.
  const decoded =
    (encoding === undefined ? decodeUtf8(bytes) : null) ?? (await import('./encoding.js')).decodeText(bytes, encoding);
  const text = normaliseLineEnds(decoded.text).replaceAll('\0', '');
  if (text.trim() === '') throw new ReportError('IMPORT_EMPTY', 'The text file holds no text.');
  return {
    text,
    format: 'text',
    encoding: decoded.encoding,
    pages: null,
    lines: text.split('\n').map(() => ({ page: null })),
    diagnostics: decodingDiagnostics(decoded),
  };
}

/**
 * Diagnostics about how text was decoded.
 * @param decoded The result of decoding.
 * @returns `import-encoding-guessed` and `import-replacement-characters` where they apply.
 */
export function decodingDiagnostics(decoded: DecodedText): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (decoded.method === 'detected') {
    diagnostics.push(
      createDiagnostic(
        'import-encoding-guessed',
        'info',
        `The encoding was detected as ${decoded.encoding} (confidence ${decoded.confidence ?? 0}).`,
        {
          origin: 'import',
          actual: decoded.encoding,
        },
      ),
    );
  }
  if (decoded.replacements > 0) {
    diagnostics.push(
      createDiagnostic(
        'import-replacement-characters',
        'warning',
        `${decoded.replacements} byte sequences could not be decoded as ${decoded.encoding} and became U+FFFD.`,
        {
          origin: 'import',
          actual: decoded.replacements,
        },
      ),
    );
  }
  return diagnostics;
}
