/** The CLI's view of the process: streams and working directory, injected so tests can run it in-process. */
import type { Writable } from 'node:stream';

/** Streams and directory the CLI works with. */
export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  /** Directory relative paths are resolved against. */
  cwd: string;
  /**
   * Starts catching Ctrl-C (SIGINT) and SIGTERM and returns the signal they abort, with an `Interrupted`
   * reason; the command then stops, reports what was finished and returns the reason's `exitCode`. Called only
   * by a command whose main thread stays responsive (its work in worker threads): a conversion in the main
   * thread can keep the event loop busy for minutes, and a handler that cannot run would make Ctrl-C do
   * nothing, so there the default stays: the process ends at once. Absent in tests that run the CLI in-process.
   */
  interrupts?: () => AbortSignal;
}

/** The reason the signal of `io.interrupts()` is aborted with when the process gets SIGINT or SIGTERM. */
export class Interrupted extends Error {
  override name = 'Interrupted';
  /** Exit code: 128 + the signal's number (130 for SIGINT, 143 for SIGTERM). */
  readonly exitCode: number;

  /** @param signal The signal received. */
  constructor(readonly signal: 'SIGINT' | 'SIGTERM') {
    super(`interrupted (${signal})`);
    this.exitCode = signal === 'SIGINT' ? 130 : 143;
  }
}

/**
 * Writes and waits for `drain` when the stream's buffer is full (backpressure on long batches to a pipe).
 * @param stream The stream.
 * @param text The text (or UTF-8 bytes) to write.
 * @param written Called once the stream is done with `text` (written, or failed): bytes are the caller's again
 *   only then, as a stream may hold them after this promise resolves. Not called for empty text.
 */
export async function write(stream: Writable, text: string | Uint8Array, written?: () => void): Promise<void> {
  if (text.length === 0) return;
  const more = written ? stream.write(text, () => written()) : stream.write(text);
  if (!more) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

/** A misuse of the command line: reported with a hint and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
