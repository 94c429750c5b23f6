/**
 * Output bytes the main thread has written, on their way back to a worker thread. A record's stdout bytes are made
 * in a worker and transferred to the main thread (`thread-host.ts`); once written they are garbage there, but the
 * main thread allocates so little per record that its next collection can be thousands of records away, and
 * every byte of them stays allocated meanwhile, in the worker's malloc arena, which grows to hold them and keeps
 * that size (docs/performance.md, "Batch memory": ~55 MB held, ~50 MB of arenas). Node 20 has no way to free an
 * ArrayBuffer at once; moving it to another thread detaches it here at once. The pool sends these back with a
 * worker's next jobs (`thread-pool.ts`), where they die young: a worker collects its young generation every few
 * files.
 */

/** Buffers held at most: about two batches of jobs' worth; beyond, a buffer is left to the collector as before. */
export const SPENT_LIMIT = 64;

/** Buffers given back by the consumer of a batch's answers, taken by the pool. */
export class SpentBytes {
  #buffers: ArrayBuffer[] = [];

  /**
   * @param bytes A record's output bytes that are written and never read again. Only bytes that own their whole
   *   buffer (as transferred from a worker) are kept: a view of a larger buffer is no one else's to move.
   */
  add(bytes: Uint8Array): void {
    const { buffer } = bytes;
    if (this.#buffers.length >= SPENT_LIMIT || !(buffer instanceof ArrayBuffer)) return;
    if (bytes.byteOffset !== 0 || bytes.byteLength !== buffer.byteLength || buffer.byteLength === 0) return;
    this.#buffers.push(buffer);
  }

  /** Buffers held now. */
  get size(): number {
    return this.#buffers.length;
  }

  /** @returns The buffers held, which are no longer (to be moved to a worker: transfer them). */
  take(): ArrayBuffer[] {
    const buffers = this.#buffers;
    this.#buffers = [];
    return buffers;
  }
}
