/**
 * Word 97-2003 (.doc) importer: word-extractor's body text, with table rows rebuilt (see doc-rows.ts).
 * `filterUnicode: false` keeps “” and —— (the default turns them into " and --).
 */
import { createDiagnostic } from '../diagnostic.js';
import { ReportError } from '../errors.js';
import type { Diagnostic, ReportText } from '../types.js';
import { splitDocBody } from './doc-rows.js';
import { LineSink } from './report-text.js';

/**
 * Imports a .doc document.
 * @param bytes The file's bytes (an OLE2 compound file with a WordDocument stream).
 * @returns Report text (format doc, pages null).
 * @throws ReportError IMPORT_CORRUPT, IMPORT_EMPTY.
 */
export async function importDoc(bytes: Uint8Array): Promise<ReportText> {
  const { default: WordExtractor } = await import('word-extractor');
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = document.getBody({ filterUnicode: false });
  } catch (error) {
    throw new ReportError('IMPORT_CORRUPT', `The .doc document could not be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const { items, rebuilt } = splitDocBody(body.replace(/\r\n?/g, '\n'));
  const sink = new LineSink();
  for (const item of items) {
    if (item.kind === 'line') sink.push(item.text);
    else sink.pushRow(item.cells);
  }
  if (sink.lines.length === 0) throw new ReportError('IMPORT_EMPTY', 'The .doc document holds no text.');
  const diagnostics: Diagnostic[] = [];
  if (rebuilt) {
    diagnostics.push(
      createDiagnostic(
        'import-doc-rows-rebuilt',
        'info',
        'Rows of a wide .doc table were not newline-terminated and were rebuilt from its value-column count.',
        { origin: 'import' },
      ),
    );
  }
  return sink.finish('doc', null, null, diagnostics);
}
