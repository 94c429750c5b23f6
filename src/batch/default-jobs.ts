/**
 * How many worker threads a batch gets by default. Measured (docs/performance.md, README "Performance"): the
 * main thread is itself busy about one core's worth at full speed (it receives and deserialises every Report,
 * about 6× its input as JSON, and writes the outputs), and each worker pays its own start-up (pipeline, then
 * pdf.js and mammoth on the first file of their format: about 1 s of CPU). On 2 cores, `--jobs 2` ran at 0.88×
 * `--jobs 1`.
 */
import { availableParallelism } from 'node:os';

/** Files a worker should have before another one is started: below that, its start-up is not paid back. */
export const FILES_PER_WORKER = 16;

/**
 * @param files Files in the batch (Infinity when unknown, as for the library's iterables).
 * @param cores Cores available (default: `os.availableParallelism()`).
 * @returns One worker per core but one (the main thread's), and no more than one per `FILES_PER_WORKER`
 *   files; at least 1.
 */
export function defaultJobs(files: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(cores - 1, Math.ceil(files / FILES_PER_WORKER)));
}
