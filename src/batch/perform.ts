/**
 * Does one job where it runs: converts the file, then renders its record (CLI jobs) or hands the Report back
 * (library jobs: the object inline, JSON text from a worker thread). Never throws for a file's own failure.
 */
import { renderRecord } from '../cli/output/render-record.js';
import { OutputFolders } from '../cli/output/output-folder.js';
import { convertFile } from './convert-file.js';
import type { TaskAnswer, WorkerJob } from './worker-job.js';

/** This thread's output folders, their directory checks cached for the thread's life. */
const folders = new OutputFolders();

/**
 * @param job The file, and what to make of its record.
 * @param where `thread`: in a worker, so a Report crosses as JSON text; `inline`: in the calling thread.
 * @returns The job's answer.
 */
export async function perform(job: WorkerJob, where: 'thread' | 'inline'): Promise<TaskAnswer> {
  const result = await convertFile(job);
  if (job.render) return renderRecord(result, job.render, folders);
  if (where === 'inline' || !result.ok) return result;
  return { ok: true, json: JSON.stringify(result.report) };
}
