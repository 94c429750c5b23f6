/**
 * Converts one file into a batch record payload. Runs inside a worker thread (see `worker.ts`)
 * or, with `threads: false`, in the calling thread. Never throws: every failure becomes `{ok: false}`.
 */
import { extractReport } from '../extract.js';
import { isReportError } from '../errors.js';
import { describe } from './describe-error.js';
import type { Report } from '../types.js';

/** What a worker is asked to do. */
export interface ConvertTask {
  /** Path of the input file, absolute or relative to the process's working directory. */
  path: string;
}

/** What a worker answers: the record without its `file` field. */
export type ConvertResult = { ok: true; report: Report } | { ok: false; error: { code: string; message: string } };

/**
 * Reads and converts one file (`extractReport` checks the size before reading it).
 * @param task The file to convert.
 * @returns The Report, or the error code and message (`FILE_NOT_FOUND`, `IMPORT_CORRUPT`, …).
 */
export async function convertFile(task: ConvertTask): Promise<ConvertResult> {
  try {
    const report = await extractReport(task.path);
    return { ok: true, report };
  } catch (error) {
    if (isReportError(error)) return { ok: false, error: { code: error.code, message: error.message } };
    return { ok: false, error: { code: 'BATCH_INTERNAL_ERROR', message: `Unexpected exception: ${describe(error)}` } };
  }
}
