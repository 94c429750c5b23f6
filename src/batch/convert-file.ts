/**
 * Converts one file into a batch record payload. Runs inside a worker thread (see `worker.ts`)
 * or, with `threads: false`, in the calling thread. Never throws: every failure becomes `{ok: false}`.
 */
import { readFileSync, statSync } from 'node:fs';
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
 * Files up to this size are read synchronously (see `readSmallFile`); anything larger, and anything
 * that is not a plain readable file, goes through `extractReport`'s own asynchronous read.
 */
export const SYNC_READ_LIMIT = 8 * 1024 * 1024;

/**
 * Reads and converts one file (`extractReport` checks the size before reading it).
 * @param task The file to convert.
 * @returns The Report, or the error code and message (`FILE_NOT_FOUND`, `IMPORT_CORRUPT`, …).
 */
export async function convertFile(task: ConvertTask): Promise<ConvertResult> {
  try {
    const bytes = readSmallFile(task.path);
    // Same Report either way: with bytes, `fileName` is the path, as `extractReport(path)` sets it.
    const report = bytes ? await extractReport(bytes, { fileName: task.path }) : await extractReport(task.path);
    return { ok: true, report };
  } catch (error) {
    if (isReportError(error)) return { ok: false, error: { code: error.code, message: error.message } };
    return { ok: false, error: { code: 'BATCH_INTERNAL_ERROR', message: `Unexpected exception: ${describe(error)}` } };
  }
}

/**
 * The batch's fast path for the common case, a small regular file: `statSync` + `readFileSync` cost
 * ~20 µs of CPU for a 6 KB report, the asynchronous `stat` + `readFile` (five thread-pool round trips)
 * ~170 µs, as much as decoding and a tenth of parsing it. Blocking is harmless here: in a worker the
 * thread has nothing else to do, and inline the conversion that follows is synchronous anyway.
 * @param path The input file.
 * @returns Its bytes, or null when it is missing, not a regular file, larger than `SYNC_READ_LIMIT`
 *   or unreadable: `extractReport(path)` then reads it and reports the error with its usual code and message.
 */
export function readSmallFile(path: string): Uint8Array | null {
  try {
    const info = statSync(path, { throwIfNoEntry: false });
    // stat first: opening a FIFO or a device could block; those get the asynchronous path's FILE_UNREADABLE.
    if (!info?.isFile() || info.size > SYNC_READ_LIMIT) return null;
    return readFileSync(path);
  } catch {
    return null;
  }
}
