/**
 * The worker thread's side of the batch's thread pool (`pool-protocol.ts`): a queue of jobs, run one after
 * another, their answers posted in batches. New jobs are taken from the port between two files without waiting
 * for an event-loop turn: a text file's conversion is synchronous, so a whole queue can run as one chain of
 * microtasks.
 */
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import {
  ANSWER_DELAY_MS,
  ANSWERS_PER_MESSAGE,
  RunningSlot,
  sinceEpoch,
  type JobsMessage,
  type PoolWorkerData,
  type WorkerMessage,
} from './pool-protocol.js';
import type { TaskAnswer, WorkerJob } from './worker-job.js';

/** @returns Whether `path` names a plain-text report (`.txt`, `.text`: converted in well under a millisecond). */
function isPlainText(path: string): boolean {
  return /\.te?xt$/i.test(path);
}

/** @returns Whether this thread was started by the batch's pool (`thread-pool.ts`). */
export function inPoolThread(): boolean {
  return parentPort !== null && (workerData as Partial<PoolWorkerData> | null)?.batchPool === true;
}

/**
 * Serves the pool's jobs in this thread, for the thread's life.
 * @param work Does one job (never throws for a file's own failure).
 */
export function serveJobs(work: (job: WorkerJob) => Promise<TaskAnswer>): void {
  const port: MessagePort = parentPort!;
  const data = workerData as PoolWorkerData;
  const running = new Int32Array(data.running);
  const queue: { id: number; job: WorkerJob }[] = [];
  let held: { id: number; answer: TaskAnswer }[] = [];
  let heldSince = 0;
  let busy = false;
  /** Posts what is held once the event loop turns (a file that awaits, e.g. a PDF's own thread), if nothing did before. */
  let flushTimer: NodeJS.Timeout | undefined;

  // `message.spent`, the output bytes the main thread has written, is dropped: this thread's next young-generation
  // collection frees them (`spent-bytes.ts`).
  const take = (message: JobsMessage): void => {
    for (const entry of message.jobs) queue.push(entry);
  };
  const post = (): void => {
    clearTimeout(flushTimer);
    flushTimer = undefined;
    if (held.length === 0) return;
    const transfer: ArrayBuffer[] = [];
    for (const { answer } of held) {
      const bytes = 'bytes' in answer ? answer.bytes : null;
      // A record's bytes have a buffer of their own (TextEncoder.encode): moved, not copied.
      if (bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength)
        transfer.push(bytes.buffer as ArrayBuffer);
    }
    port.postMessage({ answers: held } satisfies WorkerMessage, transfer);
    held = [];
  };
  const drive = async (): Promise<void> => {
    busy = true;
    try {
      for (;;) {
        for (let next = receiveMessageOnPort(port); next; next = receiveMessageOnPort(port))
          take(next.message as JobsMessage);
        const entry = queue.shift();
        if (!entry) break;
        // Answers never wait behind a file that may be long (anything but plain text: tens of milliseconds to a
        // timeout): the main thread counts, writes and reports them now, and an interruption finds them counted.
        if (held.length > 0 && (!isPlainText(entry.job.path) || performance.now() - heldSince > ANSWER_DELAY_MS))
          post();
        running[RunningSlot.startedAt] = sinceEpoch(data.epoch);
        Atomics.store(running, RunningSlot.id, entry.id);
        const answer = await work(entry.job);
        Atomics.store(running, RunningSlot.id, -1);
        if (held.length === 0) {
          heldSince = performance.now();
          flushTimer = setTimeout(post, ANSWER_DELAY_MS);
          flushTimer.unref();
        }
        held.push({ id: entry.id, answer });
        if (held.length >= ANSWERS_PER_MESSAGE) post();
      }
      post();
    } finally {
      busy = false;
    }
  };
  port.on('message', (message: JobsMessage) => {
    take(message);
    if (!busy) void drive();
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
