/**
 * The one context every stage of the pipeline reads and writes: the text as imported, where its
 * lines came from, and the single list of diagnostics, in stage order.
 */
import type { Diagnostic, ReportText } from '../types.js';

/** What the stages share while one report is parsed. */
export interface PipelineContext {
  /** The report text as the importer gave it (or as the caller passed it to `parseReportText`). */
  readonly text: string;
  /** For `Report.source`. */
  readonly fileName: string | null;
  /** Per line of `text`, the source page (1-based) or null; null when the format has no pages. */
  readonly linePages: readonly (number | null)[] | null;
  /** Every diagnostic of the report, each stage appending its own after those of the stages before. */
  readonly diagnostics: Diagnostic[];
}

/**
 * @param text Report text from an importer, or a string with no import behind it.
 * @param fileName For `Report.source`.
 * @returns A fresh context whose diagnostics start with the importer's.
 */
export function createContext(text: ReportText | string, fileName: string | null): PipelineContext {
  if (typeof text === 'string') return { text, fileName, linePages: null, diagnostics: [] };
  return {
    text: text.text,
    fileName,
    linePages: text.pages === null ? null : text.lines.map((line) => line.page ?? null),
    diagnostics: [...text.diagnostics],
  };
}
