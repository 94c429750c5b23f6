/**
 * Entry module of the batch's worker threads (`thread-pool.ts` starts them). Importing it loads the whole
 * pipeline (grammar, builder, validators), so a thread is ready, and says so, before any per-file timeout starts;
 * it then serves the pool's jobs (`thread-host.ts`) for its life. Imported anywhere else, it does nothing.
 */
import { perform } from './perform.js';
import { inPoolThread, serveJobs } from './thread-host.js';
import type { TaskAnswer, WorkerJob } from './worker-job.js';

/**
 * @param job One job.
 * @returns Its answer (plain data: posted to the main thread by `serveJobs`).
 */
export default function work(job: WorkerJob): Promise<TaskAnswer> {
  return perform(job, 'thread');
}

if (inPoolThread()) serveJobs(work);
