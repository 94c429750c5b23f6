/**
 * The stdout bytes a worker transfers to the main thread are moved back to a worker once written
 * (src/batch/spent-bytes.ts): held by the main thread until its next collection, they kept tens of MB allocated
 * in the workers' malloc arenas over a long batch (docs/performance.md, "Batch").
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createRunner } from '../../src/batch/runner.js';
import { SPENT_LIMIT, SpentBytes } from '../../src/batch/spent-bytes.js';
import type { Rendered } from '../../src/cli/output/render-record.js';
import { write } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../cli/helpers/io.js';

const worker = pathToFileURL(path.join(import.meta.dirname, 'helpers/scripted-worker.mjs')).href;

describe('spent output bytes', () => {
  it('should keep only bytes that own their whole buffer, and at most SPENT_LIMIT of them', () => {
    const spent = new SpentBytes();
    spent.add(new Uint8Array(new ArrayBuffer(64), 8, 16)); // a view of a larger buffer: not ours to move
    spent.add(new Uint8Array(0));
    expect(spent.size).toBe(0);
    for (let i = 0; i < SPENT_LIMIT + 5; i++) spent.add(new Uint8Array(32));
    expect(spent.size).toBe(SPENT_LIMIT);
    expect(spent.take()).toHaveLength(SPENT_LIMIT);
    expect(spent.size).toBe(0);
  });

  it('should move the bytes given back to a thread with its next jobs: detached in the main thread', async () => {
    const spent = new SpentBytes();
    const runner = await createRunner({ concurrency: 1, timeout: 5_000, maxMemory: 256, threads: true, worker, spent });
    try {
      const first = (await runner.run({ path: 'bytes-4096' })) as Rendered;
      const bytes = first.bytes!;
      expect(bytes.byteLength).toBe(4096);
      spent.add(bytes);
      expect(spent.size).toBe(1);
      expect(await runner.run({ path: 'next' })).toEqual({ ok: false, error: { code: 'DONE', message: 'next' } });
      expect(spent.size).toBe(0);
      expect(bytes.buffer.byteLength).toBe(0);
    } finally {
      await runner.close();
    }
  }, 30_000);

  it('should say the bytes are written only when the stream is done with them, not when write resolves', async () => {
    const done: (() => void)[] = [];
    const slow = new Writable({
      highWaterMark: 1 << 20,
      write(_chunk, _encoding, callback) {
        done.push(callback); // the stream still holds the chunk
      },
    });
    let written = 0;
    await write(slow, new Uint8Array(100), () => written++);
    expect(written).toBe(0);
    done.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toBe(1);

    const sink = new PassThrough();
    await write(sink, new Uint8Array(0), () => written++);
    expect(written).toBe(1); // nothing to write: not called
  });

  it("should give every record's stdout bytes back once written, in a batch to stdout, the output unchanged", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spent-'));
    const sample = path.join(import.meta.dirname, '../../samples/quzhou-safety-2018.txt');
    for (let i = 0; i < 12; i++) copyFileSync(sample, path.join(dir, `r${String(i).padStart(2, '0')}.txt`));
    const add = vi.spyOn(SpentBytes.prototype, 'add');
    try {
      const io = memoryIo(dir);
      expect(await run(['extract', '.', '--jobs', '1', '--fail-on', 'never'], io)).toBe(0);
      const lines = io.stdout.text.trimEnd().split('\n');
      expect(lines.map((line) => (JSON.parse(line) as { file: string }).file)).toEqual(
        Array.from({ length: 12 }, (_, i) => `r${String(i).padStart(2, '0')}.txt`),
      );
      expect(add).toHaveBeenCalledTimes(12);
    } finally {
      add.mockRestore();
    }
  }, 60_000);
});
