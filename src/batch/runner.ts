/**
 * Runs conversions with a concurrency limit and a per-file timeout, either in a pool of worker threads
 * (`thread-pool.ts`: a hang, crash or out-of-memory costs one file; the thread is replaced) or inline.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ReportError } from '../errors.js';
import type { TaskAnswer, WorkerJob } from './worker-job.js';
import { describe } from './describe-error.js';
import type { SpentBytes } from './spent-bytes.js';

export type { TaskAnswer } from './worker-job.js';
export { poolError } from './pool-errors.js';

/** Resolved runner settings. */
export interface RunnerSettings {
  concurrency: number;
  /** Milliseconds; 0 = none. */
  timeout: number;
  /** Worker heap limit in MB. */
  maxMemory: number;
  /** Young generation of each worker in MB (`youngGenerationFor`); default V8's. */
  youngGenerationMb?: number | undefined;
  threads: boolean;
  /** The worker module (a `file:` URL); default `workerFile()`. */
  worker?: string;
  /** Output bytes the consumer has written, which the pool moves back to its threads (`spent-bytes.ts`). */
  spent?: SpentBytes | undefined;
}

/** Does jobs (one file each), at most `concurrency` at a time. */
export interface FileRunner {
  /**
   * @param job The input file, and what to make of its record.
   * @param signal Aborts the job; the promise then rejects with the signal's reason.
   * @returns The job's answer, or `{ok: false, error}` when its worker timed out, crashed or ran out of
   *   memory (never rejects for a file's own failure).
   */
  run(job: WorkerJob, signal?: AbortSignal): Promise<TaskAnswer>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** A counting semaphore: `acquire` resolves when a slot is free. */
class Slots {
  #free: number;
  #waiting: (() => void)[] = [];

  constructor(size: number) {
    this.#free = size;
  }

  async acquire(): Promise<void> {
    if (this.#free > 0) {
      this.#free--;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#free++;
  }
}

/**
 * @param settings Concurrency, timeout, memory limit, threads or not.
 * @returns A runner; call `close()` when done.
 */
export async function createRunner(settings: RunnerSettings): Promise<FileRunner> {
  return settings.threads ? createPoolRunner(settings) : createInlineRunner(settings);
}

/**
 * The worker module. From source (vitest, tsx): a tsx loader for `worker.ts`. In the esbuild bundle
 * (the CLI and the package entry): `worker.js` next to this chunk, bundled. From `dist/src` (a development build;
 * the package ships only the bundle): the bundled
 * `dist/bundle/worker.js` when the build made one at least as new as this file, else `./worker.js`:
 * unbundled, each thread loads chevrotain's ~650 ES modules (~0.5 s of start-up and ~20 MB per thread);
 * bundled, a few files (docs/performance.md, "Cold start"). Both are built from the same sources by `npm run build`.
 */
export function workerFile(here: string = import.meta.url): string {
  if (here.endsWith('.ts')) return new URL('./worker-from-source.mjs', here).href;
  const bundled = new URL('../../bundle/worker.js', here);
  if (here.endsWith('/src/batch/runner.js')) {
    try {
      if (statSync(bundled).mtimeMs >= statSync(new URL(here)).mtimeMs) return bundled.href;
    } catch {
      // no bundle: the unbundled worker below
    }
  }
  return new URL('./worker.js', here).href;
}

async function createPoolRunner(settings: RunnerSettings): Promise<FileRunner> {
  const filename = settings.worker ?? workerFile();
  if (filename.startsWith('file:') && !existsSync(fileURLToPath(filename)))
    throw workerUnavailable(filename, 'does not exist');
  const { ThreadPool } = await import('./thread-pool.js');
  const pool = new ThreadPool(settings, filename);
  // Every thread loads the pipeline before the first timed file: start-up is not a file's time. A thread that
  // cannot load the worker module would fail every file the same way: that is the batch's error, at once.
  try {
    await pool.start();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw workerUnavailable(
      filename,
      code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `ran out of memory while loading (limit ${settings.maxMemory} MB)`
        : `fails to load: ${describe(error)}`,
      error,
    );
  }
  return {
    run: (job, signal) => pool.run(job, signal),
    close: () => pool.close(),
  };
}

/**
 * @param filename The worker module's URL.
 * @param reason What is wrong with it.
 * @param cause The underlying error, if any.
 * @returns The `BATCH_WORKER_UNAVAILABLE` error, saying what to do.
 */
function workerUnavailable(filename: string, reason: string, cause?: unknown): ReportError {
  const where = filename.startsWith('file:') ? fileURLToPath(filename) : filename;
  return new ReportError(
    'BATCH_WORKER_UNAVAILABLE',
    `The batch worker ${where} ${reason}. extractReports converts each file in a worker thread that loads ` +
      'this module, which ships with gov-report-extract (dist/bundle/worker.js): when you bundle an application, ' +
      'keep gov-report-extract external (esbuild --external:gov-report-extract or --packages=external), ' +
      'or pass { threads: false } to convert in the calling thread.',
    cause === undefined ? undefined : { cause },
  );
}

async function createInlineRunner(settings: RunnerSettings): Promise<FileRunner> {
  const { perform } = await import('./perform.js');
  const slots = new Slots(settings.concurrency);
  return {
    async run(job, signal) {
      const { path } = job;
      await slots.acquire();
      let timer: NodeJS.Timeout | undefined;
      let onAbort: (() => void) | undefined;
      try {
        // One event-loop turn per file: a text file is read synchronously (convert-file.ts) and parsed
        // synchronously, so without it a batch would run as one chain of microtasks, in which no timer
        // (a per-file timeout, an `AbortSignal.timeout`) and no I/O callback could run until its end.
        await new Promise<void>((resolve) => setImmediate(resolve));
        signal?.throwIfAborted();
        const stops: Promise<TaskAnswer>[] = [perform(job, 'inline')];
        if (settings.timeout > 0) {
          stops.push(
            new Promise((resolve) => {
              timer = setTimeout(
                () =>
                  resolve({
                    ok: false,
                    error: {
                      code: 'BATCH_TIMEOUT',
                      message: `Conversion of ${path} took longer than ${settings.timeout / 1000} s.`,
                    },
                  }),
                settings.timeout,
              );
            }),
          );
        }
        if (signal) {
          stops.push(
            new Promise((_, reject) => {
              onAbort = () => reject(signal.reason);
              signal.addEventListener('abort', onAbort, { once: true });
            }),
          );
        }
        return await Promise.race(stops);
      } finally {
        clearTimeout(timer);
        if (onAbort) signal?.removeEventListener('abort', onAbort);
        slots.release();
      }
    },
    async close() {},
  };
}
