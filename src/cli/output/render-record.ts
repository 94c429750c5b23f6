/**
 * What `gov-report extract` makes of one converted file, made where the file was converted (a worker thread) so
 * that no Report crosses to the main thread: the record's piece of stdout as UTF-8 bytes (transferred, not copied,
 * and given back to a worker once written: `spent-bytes.ts`), its `--out` file (written here, or its content
 * handed to the main thread to write: `writeOutFile`), its record as JSON text for `--db`, the stderr lines it
 * earns, and how it counts in the summary (docs/performance.md, "Batch").
 */
import type { ConvertResult } from '../../batch/convert-file.js';
import { describe } from '../../batch/describe-error.js';
import type { BatchRecord } from '../../batch/types.js';
import { diagnosticLines, outcomeOf, fails, type FailOn, type Outcome } from '../reporter.js';
import { formatFile, formatStreamItem, type OutputFormat } from './formats.js';
import type { OutputFolders } from './output-folder.js';

/** What to make of one record. Sent with each job: plain data. */
export interface RenderSpec {
  /** The input path as the records show it (as found, relative to the working directory when given so). */
  file: string;
  format: OutputFormat;
  /** Indented JSON (format json). */
  pretty: boolean;
  /** Which records print their diagnostics on stderr, and which of them. */
  failOn: FailOn;
  /** Whether the record has a piece of the stdout stream. */
  stream: boolean;
  /**
   * The `--out` file and folder, or null; `here`: the renderer writes the file, else it hands the content back
   * (`Rendered.file`) for the receiving thread to write.
   */
  out: { target: string; root: string; here: boolean } | null;
  /** Whether the main thread needs the record itself (`--db`), as JSON text. */
  record: boolean;
}

/** One record, rendered. */
export interface Rendered {
  outcome: Outcome;
  /** The error code of a failed record, else null. */
  code: string | null;
  /** Lines for stderr (each ending in a newline; empty when there is nothing to say). */
  lines: string;
  /** The record's piece of stdout (UTF-8), or null. */
  bytes: Uint8Array | null;
  /** The content of its `--out` file while not written yet (`writeOutFile` writes it), else null. */
  file: string | null;
  /** Why the `--out` file could not be written (`BATCH_WRITE_FAILED`), else null. */
  writeError: string | null;
  /** The record as JSON text, when asked for. */
  record: string | null;
}

const encoder = new TextEncoder();

/**
 * @param result The conversion's result (a Report, or the error of a file that failed).
 * @param spec What to make of it.
 * @param folders This thread's output folders (for `spec.out` written here).
 * @returns The rendered record. Never throws for an output that cannot be written: that is `writeError`.
 */
export function renderRecord(result: ConvertResult, spec: RenderSpec, folders: OutputFolders): Rendered {
  const record: BatchRecord = { file: spec.file, ...result };
  const outcome = outcomeOf(record);
  const least = spec.failOn === 'warning' ? 'warning' : 'error';
  const lines =
    fails(outcome, spec.failOn) || !record.ok
      ? diagnosticLines(record, least)
          .map((line) => `${line}\n`)
          .join('')
      : '';
  const rendered: Rendered = {
    outcome,
    code: record.ok ? null : record.error.code,
    lines,
    bytes: spec.stream ? encoder.encode(formatStreamItem(record, spec.format, spec.pretty)) : null,
    file: spec.out ? formatFile(record, spec.format, spec.pretty) : null,
    writeError: null,
    record: spec.record ? JSON.stringify(record) : null,
  };
  if (spec.out?.here) writeOutFile(rendered, spec, folders);
  return rendered;
}

/**
 * Writes a rendered record's `--out` file, if it still has one to write, and records the outcome on it: `file`
 * becomes null, `writeError` says why the write failed.
 * @param rendered The rendered record (changed in place).
 * @param spec What it was rendered for.
 * @param folders This thread's output folders.
 */
export function writeOutFile(rendered: Rendered, spec: RenderSpec, folders: OutputFolders): void {
  if (rendered.file === null || !spec.out) return;
  try {
    folders.get(spec.out.root).write(spec.out.target, rendered.file);
  } catch (error) {
    rendered.writeError = `${spec.file}:1:1 error Cannot write ${spec.out.target}: ${describe(error)} BATCH_WRITE_FAILED\n`;
  }
  rendered.file = null;
}
