/** In-memory streams for running `run(argv, io)` inside the test process. */
import { Writable } from 'node:stream';
import type { CliIo } from '../../../src/cli/io.js';

/** A writable that keeps what was written. */
export class Sink extends Writable {
  text = '';
  isTTY = false;

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

/**
 * @param cwd Working directory for the run.
 * @returns The io object and its two sinks.
 */
export function memoryIo(cwd: string): CliIo & { stdout: Sink; stderr: Sink } {
  return { stdout: new Sink(), stderr: new Sink(), cwd };
}
