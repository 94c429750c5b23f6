/**
 * The streaming batch API: many files in, one record per file out, as an async iterable.
 * The CLI's `extract` and `validate` commands are thin shells over it.
 */
import { ReportError } from '../errors.js';
import type { Report } from '../types.js';
import { defaultJobs } from './default-jobs.js';
import type { RunnerSettings } from './runner.js';
import { runTasks } from './run-tasks.js';
import type { BatchRecord, BatchSuccess, ExtractReportsOptions } from './types.js';
import type { ConvertResult } from './convert-file.js';
import type { ReportJson } from './worker-job.js';

/**
 * Converts files in worker threads and yields one record per input, always: `{file, ok: true, report}`
 * or `{file, ok: false, error: {code, message}}`. A crash, hang (timeout) or out-of-memory in one file
 * becomes that file's record and the batch goes on. At most `32 × concurrency` records are held at once,
 * so memory stays flat however long the input list. A Report made in a worker thread crosses as JSON text
 * and is parsed when `record.report` is first read.
 *
 * @param inputs File paths (absolute or relative to the working directory), sync or async iterable.
 * @param options Concurrency, order, per-file timeout, abort signal.
 * @returns An async iterable of records; breaking out of it stops the workers.
 * @throws ReportError `INVALID_OPTION` for bad options, `INVALID_INPUT` for a non-string input;
 *   the signal's reason when `signal` aborts.
 */
export async function* extractReports(
  inputs: Iterable<string> | AsyncIterable<string>,
  options: ExtractReportsOptions = {},
): AsyncGenerator<BatchRecord, void, undefined> {
  const settings = normaliseOptions(options);
  const tasks = runTasks<unknown>(inputs, {
    settings,
    order: options.order ?? 'input',
    signal: options.signal,
    job(file) {
      if (typeof file !== 'string')
        throw new ReportError('INVALID_INPUT', `extractReports expects file paths (strings), got ${typeof file}.`);
      return { path: file };
    },
  });
  for await (const { item, answer } of tasks) yield toRecord(item as string, answer as ConvertResult | ReportJson); // jobs without `render`
}

/**
 * @param file The input path.
 * @param answer A library job's answer.
 * @returns The record; a Report given as JSON text is parsed on the first read of `report`.
 */
function toRecord(file: string, answer: ConvertResult | ReportJson): BatchRecord {
  if (!answer.ok) return { file, ok: false, error: answer.error };
  if ('report' in answer) return { file, ok: true, report: answer.report };
  return lazyRecord(file, answer.json);
}

/**
 * @param file The input path.
 * @param json The Report as JSON text.
 * @returns A success record whose `report` (an enumerable property: spread and `JSON.stringify` see it) is parsed
 *   once, when first read; assigning it replaces it.
 */
function lazyRecord(file: string, json: string): BatchSuccess {
  let report: Report | undefined;
  const record = { file, ok: true } as BatchSuccess;
  Object.defineProperty(record, 'report', {
    enumerable: true,
    configurable: true,
    get: () => (report ??= JSON.parse(json) as Report),
    set: (value: Report) => (report = value),
  });
  return record;
}

/**
 * Defaults and validation, once.
 * @param options As given.
 * @returns Fully resolved runner settings.
 */
function normaliseOptions(options: ExtractReportsOptions): RunnerSettings {
  const concurrency = options.concurrency ?? defaultJobs(Number.POSITIVE_INFINITY);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new ReportError('INVALID_OPTION', `concurrency must be a positive integer, got ${String(concurrency)}.`);
  const timeout = options.timeout ?? 60_000;
  if (typeof timeout !== 'number' || !(timeout >= 0))
    throw new ReportError('INVALID_OPTION', `timeout must be a number of milliseconds ≥ 0, got ${String(timeout)}.`);
  const maxMemory = options.maxMemory ?? 1024;
  if (!Number.isInteger(maxMemory) || maxMemory < 16)
    throw new ReportError(
      'INVALID_OPTION',
      `maxMemory must be an integer number of MB ≥ 16, got ${String(maxMemory)}.`,
    );
  if (options.order !== undefined && options.order !== 'input' && options.order !== 'completion') {
    throw new ReportError('INVALID_OPTION', `order must be 'input' or 'completion', got ${String(options.order)}.`);
  }
  return { concurrency, timeout, maxMemory, threads: options.threads ?? true };
}
