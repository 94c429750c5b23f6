/**
 * The batch's pool of worker threads (main thread's side; the worker's is `thread-host.ts`, the messages
 * `pool-protocol.ts`). Each thread gets a queue of jobs, deep enough that it never waits for the main thread
 * between files (one round trip per file was ~30% of a text batch's time), and answers in batches. A file that
 * hangs past the timeout, crashes its thread or runs it out of memory fails alone: the thread is replaced and the
 * jobs it had queued, or finished without posting yet, go to the front of the queue again.
 */
import { Worker } from 'node:worker_threads';
import { poolError, timedOut } from './pool-errors.js';
import type { RunnerSettings } from './runner.js';
import {
  QUICK_QUEUE,
  RunningSlot,
  sinceEpoch,
  type JobsMessage,
  type PoolWorkerData,
  type WorkerMessage,
} from './pool-protocol.js';
import type { TaskAnswer, WorkerJob } from './worker-job.js';

const { load: atomicLoad } = Atomics;

/**
 * Milliseconds of work queued in a thread (by its average file time): jobs enough to cover the main thread's
 * turn-around, not so many that a thread holds slow files (a PDF: 100 ms to seconds) that another thread could
 * convert at the end of the batch.
 */
const QUEUED_MS = 100;
/** Thread deaths between files a queued job outlives before it is blamed for the next one. */
const CRASHES_SURVIVED = 2;
/** The least jobs a thread gets: the one it runs and the next. */
const LEAST_QUEUE = 2;

interface Pending {
  id: number;
  job: WorkerJob;
  resolve: (answer: TaskAnswer) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  /** The thread it was sent to, while sent. */
  thread: Thread | null;
  settled: boolean;
  /** Threads that died, of no file's fault that could be told, while it was queued in them. */
  survived: number;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  /** Jobs sent to it, in the order it runs them. */
  assigned: Map<number, Pending>;
  running: Int32Array;
  timer: NodeJS.Timeout | undefined;
  /** Average milliseconds per file (exponential moving average), from its answers; NaN before the first. */
  fileMs: number;
  lastAnswers: number;
  /** Stopped (timeout, crash, close): its events are ignored. */
  gone: boolean;
}

/** Starts threads, sends them jobs, collects answers. */
export class ThreadPool {
  readonly #settings: RunnerSettings;
  readonly #filename: string;
  readonly #epoch = performance.timeOrigin + performance.now();
  readonly #threads = new Set<Thread>();
  /** The abort signals of unsettled jobs, each listened to once (a batch's jobs share one). */
  readonly #signals = new Map<AbortSignal, Set<Pending>>();
  /** Jobs not sent to a thread yet, oldest first. */
  #waiting: Pending[] = [];
  #nextId = 0;
  #closed = false;

  /**
   * @param settings Concurrency (threads), timeout, memory limits.
   * @param filename The worker module's URL.
   */
  constructor(settings: RunnerSettings, filename: string) {
    this.#settings = settings;
    this.#filename = filename;
  }

  /**
   * Starts the threads and waits until each has loaded the worker module (so no file's timeout counts start-up).
   * @throws The first thread's error when one cannot load the module (the pool is closed then).
   */
  async start(): Promise<void> {
    const started = Array.from({ length: this.#settings.concurrency }, () => this.#spawn());
    const failed = (await Promise.allSettled(started)).find(
      (result): result is PromiseRejectedResult => result.status === 'rejected',
    );
    if (failed) {
      await this.close();
      throw failed.reason;
    }
  }

  /**
   * @param job The job.
   * @param signal Aborts it: the promise rejects with the signal's reason.
   * @returns The job's answer, or the failure record of a timeout, crash or out-of-memory.
   */
  run(job: WorkerJob, signal?: AbortSignal): Promise<TaskAnswer> {
    return new Promise<TaskAnswer>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const pending: Pending = {
        id: this.#nextId++,
        job,
        resolve,
        reject,
        signal,
        thread: null,
        settled: false,
        survived: 0,
      };
      if (signal) this.#listen(signal).add(pending);
      this.#waiting.push(pending);
      this.#dispatch();
    });
  }

  /** Stops every thread; jobs not answered yet are rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    const stopping = [...this.#threads].map((thread) => this.#retire(thread));
    for (const pending of this.#waiting) this.#settle(pending, undefined, new Error('The batch was closed.'));
    this.#waiting = [];
    await Promise.all(stopping);
  }

  /** Starts one thread; resolves when it is ready, rejects if it fails to load. */
  #spawn(): Promise<void> {
    const running = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    const slot = new Int32Array(running);
    slot[RunningSlot.id] = -1;
    const workerData: PoolWorkerData = { batchPool: true, running, epoch: this.#epoch };
    const { maxMemory, youngGenerationMb } = this.#settings;
    const worker = new Worker(new URL(this.#filename), {
      workerData,
      // A script run with `node --input-type=module -e …` passes that flag on, and a worker module refuses it.
      execArgv: process.execArgv.filter((arg) => !arg.startsWith('--input-type')),
      resourceLimits: {
        maxOldGenerationSizeMb: maxMemory,
        ...(youngGenerationMb === undefined ? {} : { maxYoungGenerationSizeMb: youngGenerationMb }),
      },
    });
    const thread: Thread = {
      worker,
      ready: false,
      assigned: new Map(),
      running: slot,
      timer: undefined,
      fileMs: Number.NaN,
      lastAnswers: 0,
      gone: false,
    };
    this.#threads.add(thread);
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (thread.gone) return;
        if ('ready' in message) {
          thread.ready = true;
          thread.lastAnswers = performance.now();
          worker.unref();
          resolve();
          this.#dispatch();
        } else this.#answered(thread, message.answers);
      });
      worker.on('error', (error) => {
        if (!thread.ready) reject(error);
        this.#failed(thread, error);
      });
      worker.on('exit', (code) => {
        if (!thread.ready) reject(new Error(`The worker exited with code ${code} while loading.`));
        this.#failed(thread, new Error(`The worker exited with code ${code}.`));
      });
    });
  }

  /** Sends waiting jobs to ready threads, each up to its queue depth, the least loaded first. */
  #dispatch(): void {
    while (this.#waiting.length > 0) {
      let best: Thread | null = null;
      let room = 0;
      for (const thread of this.#threads) {
        if (!thread.ready || thread.gone) continue;
        const free = queueDepth(thread.fileMs) - thread.assigned.size;
        if (free > room) {
          best = thread;
          room = free;
        }
      }
      if (!best) return;
      const sent: JobsMessage['jobs'] = [];
      const wasIdle = best.assigned.size === 0;
      while (sent.length < room && this.#waiting.length > 0) {
        const pending = this.#waiting.shift()!;
        pending.thread = best;
        best.assigned.set(pending.id, pending);
        sent.push({ id: pending.id, job: pending.job });
      }
      const spent = this.#settings.spent?.take() ?? [];
      if (spent.length === 0) best.worker.postMessage({ jobs: sent } satisfies JobsMessage);
      else best.worker.postMessage({ jobs: sent, spent } satisfies JobsMessage, spent);
      if (wasIdle) {
        best.worker.ref();
        best.lastAnswers = performance.now();
        this.#watch(best, this.#settings.timeout);
      }
    }
  }

  /** Arms the thread's timeout check, `delay` ms from now (no timeout: nothing). */
  #watch(thread: Thread, delay: number): void {
    if (this.#settings.timeout <= 0) return;
    clearTimeout(thread.timer);
    thread.timer = setTimeout(() => this.#check(thread), Math.max(delay, 1));
  }

  /** The timer fired: stops the thread if its current file has run past the timeout, else looks again later. */
  #check(thread: Thread): void {
    thread.timer = undefined;
    if (thread.gone || thread.assigned.size === 0) return;
    const id = atomicLoad(thread.running, RunningSlot.id);
    const startedAt = thread.running[RunningSlot.startedAt]!;
    const again = atomicLoad(thread.running, RunningSlot.id);
    const timeout = this.#settings.timeout;
    // Between files, or moving to the next one as we read: that one has just started.
    if (id === -1 || id !== again) return this.#watch(thread, timeout);
    const left = startedAt + timeout - sinceEpoch(this.#epoch);
    if (left > 0) return this.#watch(thread, left);
    const pending = thread.assigned.get(id);
    this.#stop(
      thread,
      pending,
      pending && poolError(null, AbortSignal.abort(timedOut), this.#settings, pending.job.path),
    );
  }

  #answered(thread: Thread, answers: { id: number; answer: TaskAnswer }[]): void {
    const now = performance.now();
    const ms = (now - thread.lastAnswers) / answers.length;
    thread.fileMs = Number.isNaN(thread.fileMs) ? ms : 0.7 * thread.fileMs + 0.3 * ms;
    thread.lastAnswers = now;
    for (const { id, answer } of answers) {
      const pending = thread.assigned.get(id);
      if (!pending) continue;
      thread.assigned.delete(id);
      pending.thread = null;
      this.#settle(pending, answer);
    }
    if (thread.assigned.size === 0) {
      clearTimeout(thread.timer);
      thread.timer = undefined;
      thread.worker.unref();
    }
    this.#dispatch();
  }

  /** The thread died (uncaught error, out of memory, exit): its current file fails, the others are run again. */
  #failed(thread: Thread, error: unknown): void {
    if (thread.gone) return;
    const id = atomicLoad(thread.running, RunningSlot.id);
    let pending = thread.assigned.get(id);
    if (!pending) {
      // Between two files (e.g. a late error of one whose answer is held): no file to blame for sure. Each job
      // queued there runs again, but a job that outlives `CRASHES_SURVIVED` such deaths is blamed, so that one
      // file cannot make the batch restart threads for ever.
      for (const queued of thread.assigned.values()) queued.survived++;
      pending = [...thread.assigned.values()].find((queued) => queued.survived > CRASHES_SURVIVED);
    }
    const live = new AbortController().signal;
    this.#stop(thread, pending, pending && poolError(error, live, this.#settings, pending.job.path));
  }

  /**
   * Retires a thread, fails the file it was running (if any), puts its other jobs back at the front of the queue
   * and starts a replacement.
   */
  #stop(thread: Thread, culprit: Pending | undefined, error: { code: string; message: string } | undefined): void {
    void this.#retire(thread);
    const again: Pending[] = [];
    for (const pending of thread.assigned.values()) {
      pending.thread = null;
      if (pending === culprit) this.#settle(pending, { ok: false, error: error! });
      else if (!pending.settled) again.push(pending);
    }
    thread.assigned.clear();
    this.#waiting = again.concat(this.#waiting);
    if (this.#closed) return;
    this.#spawn().catch((cause: unknown) => {
      // The module loaded before; a replacement that cannot load fails the jobs waiting, never hangs them.
      for (const pending of this.#waiting)
        this.#settle(pending, {
          ok: false,
          error: poolError(cause, new AbortController().signal, this.#settings, pending.job.path),
        });
      this.#waiting = [];
    });
  }

  /** Stops a thread's worker and forgets it. */
  async #retire(thread: Thread): Promise<void> {
    if (thread.gone) return;
    thread.gone = true;
    clearTimeout(thread.timer);
    this.#threads.delete(thread);
    if (this.#closed)
      for (const pending of thread.assigned.values())
        this.#settle(pending, undefined, new Error('The batch was closed.'));
    await thread.worker.terminate();
  }

  /** @returns The unsettled jobs of `signal`, listened to. */
  #listen(signal: AbortSignal): Set<Pending> {
    let jobs = this.#signals.get(signal);
    if (!jobs) {
      const all = (jobs = new Set());
      this.#signals.set(signal, all);
      signal.addEventListener('abort', () => {
        this.#signals.delete(signal);
        for (const pending of all) this.#abort(pending);
      });
    }
    return jobs;
  }

  /** A job's signal aborted: it is rejected with the reason; a thread running it is stopped. */
  #abort(pending: Pending): void {
    if (pending.settled) return;
    const reason: unknown = pending.signal!.reason;
    const thread = pending.thread;
    if (thread) {
      thread.assigned.delete(pending.id);
      this.#settle(pending, undefined, reason);
      if (atomicLoad(thread.running, RunningSlot.id) === pending.id) this.#stop(thread, undefined, undefined);
    } else {
      this.#waiting = this.#waiting.filter((other) => other !== pending);
      this.#settle(pending, undefined, reason);
    }
  }

  #settle(pending: Pending, answer: TaskAnswer | undefined, reason?: unknown): void {
    if (pending.settled) return;
    pending.settled = true;
    if (pending.signal) this.#signals.get(pending.signal)?.delete(pending);
    if (answer) pending.resolve(answer);
    else pending.reject(reason);
  }
}

/**
 * @param fileMs A thread's average time per file (NaN before its first answers).
 * @returns How many jobs to keep queued in it: `LEAST_QUEUE` until its first answers say its files are quick.
 */
export function queueDepth(fileMs: number): number {
  if (!(fileMs > 0)) return Number.isNaN(fileMs) ? LEAST_QUEUE : QUICK_QUEUE;
  return Math.min(QUICK_QUEUE, Math.max(LEAST_QUEUE, Math.ceil(QUEUED_MS / fileMs)));
}
