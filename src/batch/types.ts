/** Records and options of the streaming batch API. */
import type { Report } from '../types.js';

/** A file converted: its Report (which may still carry error or warning diagnostics). */
export interface BatchSuccess {
  /** The input path as given. */
  file: string;
  ok: true;
  report: Report;
}

/** A file that could not be converted: why, with a stable code. */
export interface BatchFailure {
  /** The input path as given. */
  file: string;
  ok: false;
  error: {
    /** A `ReportError` code from `codes.ts` (e.g. `BATCH_TIMEOUT`, or an importer's code). */
    code: string;
    message: string;
  };
}

/** One record per input, always. */
export type BatchRecord = BatchSuccess | BatchFailure;

/** Options of `extractReports`. */
export interface ExtractReportsOptions {
  /** Files converted at the same time (worker threads). Default: one per core but one (the calling thread's), at least 1. */
  concurrency?: number;
  /** Stops the batch: running files are stopped and the iterator throws the signal's reason. */
  signal?: AbortSignal;
  /** `input` (default) yields records in input order; `completion` yields each as soon as it is done. */
  order?: 'input' | 'completion';
  /** Per-file time limit in milliseconds; the file's worker is stopped and replaced. Default 60,000; 0 = none. */
  timeout?: number;
  /** Heap limit of each worker in MB; a file that exceeds it fails with `BATCH_OUT_OF_MEMORY`. Default 1024. */
  maxMemory?: number;
  /**
   * `true` (default): convert in worker threads, so a hang or crash costs one file only.
   * `false`: convert in this thread (quicker start for a single file; a synchronous hang cannot be stopped).
   */
  threads?: boolean;
}
