/**
 * How many worker threads a batch gets by default. The main thread no longer deserialises Reports (the CLI's
 * workers render their records; `extractReports` gets JSON text), but every worker thread keeps more than one
 * core busy: V8's background compiler and garbage-collector threads run beside it (one worker kept 1.3–1.6 cores
 * busy, issue 15), and each pays its own warm-up (~1.8 s of CPU for text, ~3 s for PDF: loading and JIT-compiling
 * the pipeline, pdf.js, mammoth). On 2 cores a second worker has under a core to gain and was measured no faster
 * than one (docs/performance.md, "Batch"); with more cores, one per core but one.
 */
import { availableParallelism } from 'node:os';

/** Files a worker should have before another one is started: below that, its start-up is not paid back. */
export const FILES_PER_WORKER = 16;

/**
 * @param files Files in the batch (Infinity when unknown, as for the library's iterables).
 * @param cores Cores available (default: `os.availableParallelism()`).
 * @returns One worker per core but one, and no more than one per `FILES_PER_WORKER` files; at least 1.
 */
export function defaultJobs(files: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(cores - 1, Math.ceil(files / FILES_PER_WORKER)));
}
