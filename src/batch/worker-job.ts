/** What the batch asks of a worker (or of the calling thread, inline), and what comes back. */
import type { Rendered, RenderSpec } from '../cli/output/render-record.js';
import type { ConvertResult } from './convert-file.js';

/** One file to convert; with `render`, also what to make of its record (the CLI's output bytes or file). */
export interface WorkerJob {
  /** Path of the input file, absolute or relative to the process's working directory. */
  path: string;
  render?: RenderSpec;
}

/** What a worker thread is sent: a job, or a warm-up (`{warmUp: true}`: loads the pipeline, answers null). */
export type WorkerTask = WorkerJob | { warmUp: true };

/**
 * A library job's answer from a worker thread: the Report as JSON text. A structured clone of a Report costs the
 * receiving thread ~300 µs to deserialise, a string ~40 µs; the caller parses it only if the Report is read.
 */
export interface ReportJson {
  ok: true;
  json: string;
}

/**
 * What a job answers: a library job inline its `ConvertResult`, in a thread `ReportJson` (or the failure);
 * a job with `render` its `Rendered`. A worker that timed out, crashed or ran out of memory gives the runner's
 * failure (`{ok: false, error}`) instead, whatever the job.
 */
export type TaskAnswer = ConvertResult | ReportJson | Rendered;
