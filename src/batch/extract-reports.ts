/**
 * The streaming batch API: many files in, one record per file out, as an async iterable.
 * The CLI's `extract` and `validate` commands are thin shells over it.
 */
import { ReportError } from '../errors.js';
import { defaultJobs } from './default-jobs.js';
import { createRunner, type FileRunner, type RunnerSettings } from './runner.js';
import type { BatchRecord, ExtractReportsOptions } from './types.js';

/**
 * Converts files in worker threads and yields one record per input, always: `{file, ok: true, report}`
 * or `{file, ok: false, error: {code, message}}`. A crash, hang (timeout) or out-of-memory in one file
 * becomes that file's record and the batch goes on. At most `4 × concurrency` records are held at once,
 * so memory stays flat however long the input list.
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
  const order = options.order ?? 'input';
  const outer = options.signal;
  outer?.throwIfAborted();
  const stop = new AbortController();
  const onAbort = (): void => stop.abort(outer?.reason);
  outer?.addEventListener('abort', onAbort, { once: true });
  let runner: FileRunner | undefined; // created on the first input: an empty batch starts no thread
  const source = toAsyncIterator(inputs);
  const window = settings.concurrency * 4;
  let exhausted = false;
  let nextId = 0;
  const pending = new Map<number, Promise<{ id: number; record: BatchRecord }>>();
  const queue: number[] = []; // ids in input order (order 'input' only)

  const fill = async (): Promise<void> => {
    while (!exhausted && pending.size < window) {
      const next = await source.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const file: unknown = next.value;
      if (typeof file !== 'string')
        throw new ReportError('INVALID_INPUT', `extractReports expects file paths (strings), got ${typeof file}.`);
      runner ??= await createRunner(settings);
      const id = nextId++;
      const task = runner.run(file, stop.signal).then((result) => ({ id, record: { file, ...result } as BatchRecord }));
      task.catch(() => {}); // awaited later; keeps an abort from being reported as unhandled meanwhile
      pending.set(id, task);
      if (order === 'input') queue.push(id);
    }
  };

  try {
    for (;;) {
      await fill();
      if (pending.size === 0) break;
      const done = order === 'input' ? await pending.get(queue.shift()!)! : await Promise.race(pending.values());
      pending.delete(done.id);
      yield done.record;
    }
  } finally {
    outer?.removeEventListener('abort', onAbort);
    if (!stop.signal.aborted) stop.abort(new Error('The batch was closed.'));
    await runner?.close();
    await source.return?.();
  }
}

function toAsyncIterator<T>(inputs: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> {
  if (inputs != null && typeof (inputs as AsyncIterable<T>)[Symbol.asyncIterator] === 'function') {
    return (inputs as AsyncIterable<T>)[Symbol.asyncIterator]();
  }
  if (inputs != null && typeof (inputs as Iterable<T>)[Symbol.iterator] === 'function') {
    const iterator = (inputs as Iterable<T>)[Symbol.iterator]();
    return {
      next: async () => iterator.next(),
      return: async () => iterator.return?.() ?? { done: true, value: undefined },
    };
  }
  throw new ReportError('INVALID_INPUT', 'extractReports expects an iterable or async iterable of file paths.');
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
