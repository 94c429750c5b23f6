/**
 * Entry module of the batch worker threads (piscina loads its default export).
 * One Report conversion per task; the pool replaces the thread if it hangs, crashes or runs out of memory.
 * Importing this module loads the whole pipeline (grammar, builder, validators), so a warm-up task
 * makes a new thread ready before any per-file timeout starts.
 */
import { convertFile, type ConvertResult, type ConvertTask } from './convert-file.js';

/** A conversion, or a warm-up (`{warmUp: true}`: loads the pipeline and returns null). */
export type WorkerTask = ConvertTask | { warmUp: true };

/**
 * @param task The file to convert, or a warm-up.
 * @returns The conversion result, or null for a warm-up.
 */
export default async function work(task: WorkerTask): Promise<ConvertResult | null> {
  return 'warmUp' in task ? null : convertFile(task);
}
