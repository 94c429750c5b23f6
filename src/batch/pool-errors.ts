/** The failure records the thread pool makes for a file whose worker timed out, crashed or ran out of memory. */
import { describe } from './describe-error.js';
import type { RunnerSettings } from './runner.js';

/** The reason of a timed-out file's abort signal (`poolError`). */
export const timedOut = Symbol('timed out');

/**
 * Maps a failed pool task to the file's error record.
 * @param error What the pool rejected with.
 * @param signal The task's abort signal (aborted with `timedOut` on a timeout).
 * @param settings Runner settings (for the message).
 * @param path The input file.
 * @returns Code and message of the record.
 */
export function poolError(
  error: unknown,
  signal: AbortSignal,
  settings: RunnerSettings,
  path: string,
): { code: string; message: string } {
  if (signal.aborted && signal.reason === timedOut) {
    return {
      code: 'BATCH_TIMEOUT',
      message: `Conversion of ${path} took longer than ${settings.timeout / 1000} s; its worker was stopped.`,
    };
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return {
      code: 'BATCH_OUT_OF_MEMORY',
      message: `Conversion of ${path} ran out of memory (limit ${settings.maxMemory} MB); its worker was replaced.`,
    };
  }
  return { code: 'BATCH_WORKER_CRASHED', message: `The worker converting ${path} stopped: ${describe(error)}` };
}
