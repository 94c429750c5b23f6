/**
 * The messages between the batch's thread pool (`thread-pool.ts`, main thread) and a worker thread
 * (`thread-host.ts`). A worker gets jobs in batches and keeps a queue of them, so that it never waits for the
 * main thread between two files; it answers in batches too, each answer's output bytes transferred, not copied
 * (docs/performance.md, "Batch"). Which job a worker is running, and since when, it writes into memory shared
 * with the main thread (`RunningSlot`): the per-file timeout counts from the file's own start, and a timeout or a
 * crash is blamed on that file only, whatever the worker had queued or not yet posted.
 */
import type { TaskAnswer, WorkerJob } from './worker-job.js';

/** `workerData` of a pool thread (the worker module serves jobs only in a thread started with it). */
export interface PoolWorkerData {
  /** Marks the thread as a pool's. */
  batchPool: true;
  /** A `SharedArrayBuffer` of `RunningSlot`'s two 32-bit integers. */
  running: SharedArrayBuffer;
  /** The pool's epoch: `performance.timeOrigin + performance.now()` on the main thread at its start. */
  epoch: number;
}

/** Indexes in the shared `Int32Array`: the id of the job running (-1: none), and when it started. */
export const RunningSlot = {
  /** Written last, with `Atomics.store`. */
  id: 0,
  /** Milliseconds since the pool's epoch; written before the id. */
  startedAt: 1,
} as const;

/** The time on a shared clock (the same in every thread of the process), in ms since `epoch`. */
export function sinceEpoch(epoch: number): number {
  return Math.round(performance.timeOrigin + performance.now() - epoch);
}

/** Main thread → worker: jobs to append to its queue, each with the pool's id for it. */
export interface JobsMessage {
  jobs: { id: number; job: WorkerJob }[];
  /**
   * Output bytes the main thread has written, transferred back only to be freed here, at the worker's next
   * young-generation collection, rather than at the main thread's next one (`spent-bytes.ts`).
   */
  spent?: ArrayBuffer[];
}

/** Worker → main thread: the worker module is loaded (sent once), or answers of finished jobs, in queue order. */
export type WorkerMessage = { ready: true } | { answers: { id: number; answer: TaskAnswer }[] };

/** A worker posts its answers when it holds this many (fewer messages: each costs both threads a wake-up) … */
export const ANSWERS_PER_MESSAGE = 8;

/** … or, before it starts another file, when its first unposted answer is older than this (ms). */
export const ANSWER_DELAY_MS = 20;

/**
 * Jobs queued in one thread when its files are quick (a text report: under a millisecond): room for two
 * batches of answers, so the thread works on while the main thread takes one batch and sends the next jobs.
 */
export const QUICK_QUEUE = 2 * ANSWERS_PER_MESSAGE;
