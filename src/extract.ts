/**
 * The file-level entry points: `importDocument` (any supported file → report text with a per-line
 * source map) and `extractReport` (import, then `parseReportText`, with pages put on positions).
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ReportError, isReportError } from './errors.js';
import { detectFormat } from './importers/detect.js';
import type { ImportOptions, Report, ReportText, SourceFormat } from './types.js';

/** Default limit on the input's size, and on a DOCX's inflated size: 100 MiB. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
/** Longest report text `extractReport` parses, in characters: far above any real report (5–200 K). */
export const DEFAULT_MAX_TEXT_LENGTH = 8_000_000;

/** `ImportOptions` plus the size limit (not part of the stable contract yet). */
export interface ImportLimits extends ImportOptions {
  /** Largest input, and largest inflated DOCX, in bytes; default `DEFAULT_MAX_BYTES`. */
  maxBytes?: number;
}

const FORMATS: readonly SourceFormat[] = ['text', 'pdf', 'docx', 'doc', 'html'];

/** @returns A loader that imports the module once, on its first call. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/** The importers, each loaded on first use (see `importDocument`). */
const importers = {
  pdf: once(() => import('./importers/pdf.js')),
  docx: once(() => import('./importers/docx.js')),
  doc: once(() => import('./importers/doc.js')),
  html: once(() => import('./importers/html.js')),
  text: once(() => import('./importers/text.js')),
};
/** The pipeline after the import, loaded on first use, so that `importDocument` alone never loads it. */
const pipeline = once(() => import('./pipeline/index.js'));

/**
 * Imports a document (PDF, DOCX, .doc, HTML or text, detected from its bytes) as report text.
 * @param input A file path, a `file:` URL, or the document's bytes.
 * @param options Forced format or encoding, file name, abort signal, size limit.
 * @returns UTF-8 report text, tables as pipe rows, with the source page of every line.
 * @throws ReportError INVALID_INPUT, INVALID_OPTION, FILE_NOT_FOUND, FILE_UNREADABLE, ABORTED, and the
 *   IMPORT_* codes (unsupported format, empty, too large, encrypted, no text layer, corrupt, undecodable).
 */
export async function importDocument(
  input: string | URL | Uint8Array,
  options: ImportLimits = {},
): Promise<ReportText> {
  const { signal, maxBytes } = normaliseOptions(options);
  throwIfAborted(signal);
  const bytes = await readInput(input, maxBytes, signal);
  throwIfAborted(signal);
  if (bytes.byteLength > maxBytes) throw tooLarge(bytes.byteLength, maxBytes);
  if (bytes.byteLength === 0) throw new ReportError('IMPORT_EMPTY', 'The input is empty (0 bytes).');
  const detected = options.format ? { format: options.format } : detectFormat(bytes);
  // Importers are loaded on first use, per format met: a batch of text files never loads the PDF,
  // DOCX or HTML code (nor htmlparser2), which keeps the CLI's start-up and each worker's memory small.
  const work = (async (): Promise<ReportText> => {
    switch (detected.format) {
      case 'pdf':
        return (await importers.pdf()).importPdf(bytes, signal);
      case 'docx':
        return (await importers.docx()).importDocx(
          bytes,
          maxBytes,
          'zipEntries' in detected ? detected.zipEntries : undefined,
        );
      case 'doc':
        return (await importers.doc()).importDoc(bytes);
      case 'html':
        return (await importers.html()).importHtml(
          bytes,
          options.encoding === undefined ? {} : { encoding: options.encoding },
        );
      case 'text':
        return (await importers.text()).importText(bytes, options.encoding);
    }
  })();
  const result = await raceAbort(work, signal);
  throwIfAborted(signal);
  for (const diagnostic of result.diagnostics) diagnostic.origin ??= 'import';
  return result;
}

/**
 * Imports a document and parses it into a Report.
 * @param input A file path, a `file:` URL, or the document's bytes.
 * @param options As for `importDocument`.
 * @returns The Report, with `source` filled, pages on positions where the format has pages, and the
 *   importer's diagnostics first.
 * @throws ReportError as `importDocument`; content problems are diagnostics, never throws.
 */
export async function extractReport(input: string | URL | Uint8Array, options: ImportLimits = {}): Promise<Report> {
  const text = await importDocument(input, options);
  const maxTextLength = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  if (!Number.isFinite(maxTextLength) || maxTextLength <= 0)
    throw new ReportError('INVALID_OPTION', 'The maxTextLength option must be a positive number.');
  if (text.text.length > maxTextLength) {
    // Real reports are 5–200 K characters; parsing costs ~45 MB of memory per million characters.
    throw new ReportError(
      'IMPORT_TOO_LARGE',
      `The document's text has ${text.text.length} characters, more than the ${maxTextLength} a report is parsed with (option maxTextLength).`,
    );
  }
  const fileName =
    options.fileName ?? (typeof input === 'string' ? input : input instanceof URL ? fileURLToPath(input) : null);
  return await reportFromText(text, fileName);
}

/**
 * The second half of `extractReport`: runs the pipeline on imported text (src/pipeline/index.ts).
 * The pipeline is loaded here, on first use, so that `importDocument` alone never loads it.
 * @param text From `importDocument`.
 * @param fileName For `Report.source`.
 * @returns The Report with `source`, pages and the importer's diagnostics (first).
 */
export async function reportFromText(text: ReportText, fileName: string | null): Promise<Report> {
  const { runPipeline } = await pipeline();
  return runPipeline(text, fileName);
}

function normaliseOptions(options: ImportLimits): { signal: AbortSignal | undefined; maxBytes: number } {
  if (options === null || typeof options !== 'object')
    throw new ReportError('INVALID_OPTION', 'Import options must be an object.');
  if (options.format !== undefined && !FORMATS.includes(options.format)) {
    throw new ReportError(
      'INVALID_OPTION',
      `Unknown format "${String(options.format)}"; expected one of ${FORMATS.join(', ')}.`,
    );
  }
  if (options.encoding !== undefined && typeof options.encoding !== 'string')
    throw new ReportError('INVALID_OPTION', 'The encoding option must be a string.');
  if (options.fileName !== undefined && typeof options.fileName !== 'string')
    throw new ReportError('INVALID_OPTION', 'The fileName option must be a string.');
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal))
    throw new ReportError('INVALID_OPTION', 'The signal option must be an AbortSignal.');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0)
    throw new ReportError('INVALID_OPTION', 'The maxBytes option must be a positive number.');
  return { signal: options.signal, maxBytes };
}

async function readInput(
  input: string | URL | Uint8Array,
  maxBytes: number,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input;
  let path: string;
  if (typeof input === 'string') path = input;
  else if (input instanceof URL) {
    if (input.protocol !== 'file:')
      throw new ReportError('INVALID_INPUT', `Only file: URLs can be imported, not ${input.protocol} URLs.`);
    path = fileURLToPath(input);
  } else {
    throw new ReportError('INVALID_INPUT', 'The input must be a file path, a file URL or a Uint8Array.');
  }
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ReportError('FILE_UNREADABLE', `${path} is not a regular file.`);
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    return await readFile(path, signal ? { signal } : {});
  } catch (error) {
    if (isReportError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if ((error as Error).name === 'AbortError')
      throw new ReportError('ABORTED', 'The import was aborted.', { cause: error });
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new ReportError('FILE_NOT_FOUND', `No such file: ${path}`, { cause: error });
    throw new ReportError('FILE_UNREADABLE', `Cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ReportError('ABORTED', 'The import was aborted.', { cause: signal.reason });
}

function tooLarge(size: number, maxBytes: number): ReportError {
  return new ReportError('IMPORT_TOO_LARGE', `The input is ${size} bytes, over the ${maxBytes}-byte limit.`);
}

/** Settles with the work, or rejects with ABORTED as soon as the signal fires (the work is left to finish unobserved). */
function raceAbort<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new ReportError('ABORTED', 'The import was aborted.', { cause: signal.reason }));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
