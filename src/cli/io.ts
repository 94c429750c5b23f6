/** The CLI's view of the process: streams and working directory, injected so tests can run it in-process. */
import type { Writable } from 'node:stream';

/** Streams and directory the CLI works with. */
export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  /** Directory relative paths are resolved against. */
  cwd: string;
}

/**
 * Writes and waits for `drain` when the stream's buffer is full (backpressure on long batches to a pipe).
 * @param stream The stream.
 * @param text The text to write.
 */
export async function write(stream: Writable, text: string): Promise<void> {
  if (text === '') return;
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

/** A misuse of the command line: reported with a hint and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
