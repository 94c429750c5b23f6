/**
 * The batch's thread pool (src/batch/thread-pool.ts) queues several jobs in each worker: a timeout or a crash must
 * still be one file's, counted from that file's own start, and the jobs queued behind it, or finished and not yet
 * posted, must still be converted, none dropped, none blamed.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRunner, type FileRunner, type TaskAnswer } from '../../src/batch/runner.js';
import { queueDepth } from '../../src/batch/thread-pool.js';

const worker = pathToFileURL(path.join(import.meta.dirname, 'helpers/scripted-worker.mjs')).href;

async function runAll(paths: string[], timeout: number, concurrency = 1): Promise<string[]> {
  const runner: FileRunner = await createRunner({ concurrency, timeout, maxMemory: 256, threads: true, worker });
  try {
    // All submitted at once: the pool queues them in its threads.
    const answers = await Promise.all(paths.map((file) => runner.run({ path: file })));
    return answers.map((answer: TaskAnswer) =>
      'error' in answer && answer.error
        ? `${answer.error.code} ${answer.error.code === 'DONE' ? answer.error.message : ''}`.trim()
        : 'other',
    );
  } finally {
    await runner.close();
  }
}

describe('thread pool', () => {
  it('should time out the hanging file alone and convert the files queued before and after it', async () => {
    const started = Date.now();
    expect(await runAll(['a', 'b', 'hang', 'c', 'd'], 1_000)).toEqual([
      'DONE a',
      'DONE b',
      'BATCH_TIMEOUT',
      'DONE c',
      'DONE d',
    ]);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it("should count each file's timeout from its own start, not from when it was queued", async () => {
    // Four files of 700 ms, two queued in the thread at a time: the second ends 1.4 s after it was sent, each
    // file well within its 1.2 s.
    const files = ['busy-700', 'busy-700', 'busy-700', 'busy-700'];
    expect(await runAll(files, 1_200)).toEqual(files.map((file) => `DONE ${file}`));
  }, 30_000);

  it('should blame a crash on the file that crashed, and convert again the files whose answers its thread held', async () => {
    // Quick files get a deep queue; the answers of f2 … f4 are held (they go 8 at a time) when `crash` kills the
    // thread: they are lost with it, and converted again.
    const files = Array.from({ length: 20 }, (_, i) => (i === 5 ? 'crash' : `f${i}`));
    expect(await runAll(files, 5_000)).toEqual(
      files.map((file) => (file === 'crash' ? 'BATCH_WORKER_CRASHED' : `DONE ${file}`)),
    );
  }, 30_000);

  it('should blame no file for a thread that dies between files, and convert again what it held', async () => {
    // `late-once` answers, then its thread dies before the answers are posted: nothing is blamed, every job it held
    // runs again in a new thread (where it does not die).
    const marker = path.join(mkdtempSync(path.join(tmpdir(), 'pool-')), 'died');
    const files = ['a', `late-once:${marker}`, 'b', 'c'];
    expect(await runAll(files, 5_000)).toEqual(files.map((file) => `DONE ${file}`));
    expect(existsSync(marker)).toBe(true);
  }, 30_000);

  it('should lose no answer and blame no file when a thread dies each time after posting its answers', async () => {
    // The host posts what it holds before it waits for the event loop, where `late`'s error is thrown: the answers
    // are in, the thread is replaced, the next files are converted.
    const files = ['late', 'b', 'late', 'c'];
    expect(await runAll(files, 5_000)).toEqual(files.map((file) => `DONE ${file}`));
  }, 30_000);

  it('should post the answers of finished files before a long file, not hold them until it ends', async () => {
    // A file that is not plain text (blocking its thread: only the check before it can post), and a text file
    // that awaits (the event loop turns: the timer posts): the quick files' answers come long before its end.
    for (const long of ['busy-1500.pdf', 'wait-1500.txt']) {
      const runner: FileRunner = await createRunner({
        concurrency: 1,
        timeout: 10_000,
        maxMemory: 256,
        threads: true,
        worker,
      });
      try {
        // Quick files first: the thread's queue is deep (16) from then on, so a, b and the long file go together.
        await Promise.all(Array.from({ length: 20 }, (_, i) => runner.run({ path: `warm${i}.txt` })));
        const started = Date.now();
        const when = (file: string) => runner.run({ path: file }).then(() => Date.now() - started);
        const [a, b, end] = await Promise.all([when('a.txt'), when('b.txt'), when(long)]);
        expect(end).toBeGreaterThanOrEqual(1_400);
        expect(Math.max(a, b)).toBeLessThan(end - 1_000);
      } finally {
        await runner.close();
      }
    }
  }, 30_000);

  it('should spread files over the threads and answer each file once', async () => {
    const files = Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? 'busy-20' : `f${i}`));
    expect(await runAll(files, 5_000, 2)).toEqual(files.map((file) => `DONE ${file}`));
  }, 30_000);

  it('should queue many quick files in a thread and few slow ones', () => {
    expect(queueDepth(Number.NaN)).toBe(2); // before its first answers
    expect(queueDepth(0.5)).toBe(16); // a text report
    expect(queueDepth(10)).toBe(10);
    expect(queueDepth(300)).toBe(2); // a PDF
  });
});
