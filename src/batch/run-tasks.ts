/**
 * The batch's scheduling, shared by `extractReports` and the CLI's `extract`: inputs in, one task per input to a
 * runner (worker threads or inline), answers out, in input or completion order. At most `32 × concurrency` tasks
 * are started and not yet consumed, so memory stays flat however long the input list.
 */
import { ReportError } from '../errors.js';
import { createRunner, type FileRunner, type RunnerSettings, type TaskAnswer } from './runner.js';
import { QUICK_QUEUE } from './pool-protocol.js';
import type { WorkerJob } from './worker-job.js';

/** How `runTasks` runs. */
export interface RunTasksOptions<I> {
  settings: RunnerSettings;
  /** `input`: answers in input order; `completion`: each as soon as it is done. */
  order: 'input' | 'completion';
  /** Stops the batch: running tasks are stopped and the iterator throws the signal's reason. */
  signal?: AbortSignal | undefined;
  /**
   * @param item One input.
   * @returns The job for it (may throw: the batch then stops with that error).
   */
  job: (item: I) => WorkerJob;
}

/** One input and what its task answered. */
export interface TaskDone<I> {
  item: I;
  answer: TaskAnswer;
}

/**
 * @param inputs The inputs, sync or async iterable.
 * @param options Runner settings, order, signal, and the job of each input.
 * @returns An async iterable of answers; breaking out of it stops the workers. The runner (and its threads)
 *   is created on the first input: an empty batch starts no thread.
 * @throws The signal's reason when it aborts; `BATCH_WORKER_UNAVAILABLE` when the workers cannot load.
 */
export async function* runTasks<I>(
  inputs: Iterable<I> | AsyncIterable<I>,
  options: RunTasksOptions<I>,
): AsyncGenerator<TaskDone<I>, void, undefined> {
  const outer = options.signal;
  outer?.throwIfAborted();
  const stop = new AbortController();
  const onAbort = (): void => stop.abort(outer?.reason);
  outer?.addEventListener('abort', onAbort, { once: true });
  let runner: Promise<FileRunner> | undefined;
  const source = toAsyncIterator(inputs);
  // Room for every thread's queue, and as much again waiting to be consumed (or sent).
  const window = options.settings.concurrency * QUICK_QUEUE * 2;
  let exhausted = false;
  let started = 0; // tasks started and not yet yielded
  const queue: Promise<TaskDone<I>>[] = []; // order 'input': each task, in input order
  const finished: TaskDone<I>[] = []; // order 'completion': tasks done, not yet yielded
  let failure: { error: unknown } | null = null;
  let wake: (() => void) | null = null;

  const fill = async (): Promise<void> => {
    while (!exhausted && started < window) {
      const next = await source.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const item = next.value;
      const job = options.job(item);
      runner ??= createRunner(options.settings);
      started++;
      const task = runner.then((ready) => ready.run(job, stop.signal)).then((answer) => ({ item, answer }));
      if (options.order === 'input') {
        task.catch(() => {}); // awaited later; keeps an abort from being reported as unhandled meanwhile
        queue.push(task);
      } else {
        // Each task reports to one queue (not a Promise.race over all of them per answer: that is O(window) each).
        task.then(
          (done) => {
            finished.push(done);
            wake?.();
          },
          (error: unknown) => {
            failure ??= { error };
            wake?.();
          },
        );
      }
    }
  };
  const completed = async (): Promise<TaskDone<I>> => {
    while (finished.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
    if (failure) throw failure.error;
    return finished.shift()!;
  };

  try {
    for (;;) {
      await fill();
      if (started === 0) break;
      const done = options.order === 'input' ? await queue.shift()! : await completed();
      started--;
      yield done;
    }
  } finally {
    outer?.removeEventListener('abort', onAbort);
    if (!stop.signal.aborted) stop.abort(new Error('The batch was closed.'));
    const started = await runner?.catch(() => undefined);
    await started?.close();
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
