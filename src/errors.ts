/**
 * The one error class the library throws, for misuse and I/O failures only.
 * Content problems never throw: they become diagnostics in the Report.
 */
import type { ErrorCode } from './codes.js';

/** An error with a stable `code` (see `codes.ts`). */
export class ReportError extends Error {
  override name = 'ReportError';
  readonly code: ErrorCode;

  /**
   * @param code Stable machine-readable code.
   * @param message One clear sentence for people.
   * @param options `cause`: the underlying error, if any.
   */
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/**
 * Cross-realm guard (errors from worker threads lose their prototype).
 * @param value Anything caught.
 * @returns Whether it is a ReportError.
 */
export function isReportError(value: unknown): value is ReportError {
  return (
    value instanceof ReportError ||
    (value instanceof Error && value.name === 'ReportError' && typeof (value as { code?: unknown }).code === 'string')
  );
}
