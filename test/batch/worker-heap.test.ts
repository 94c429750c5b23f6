/** The young generation given to the batch's workers: smaller for text-only batches (peak RSS), V8's otherwise. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRunner } from '../../src/batch/runner.js';
import { TEXT_YOUNG_GENERATION_MB, youngGenerationFor } from '../../src/batch/worker-heap.js';

describe('worker heap', () => {
  it("should give text and HTML batches the small young generation, and any batch with another format V8's", () => {
    expect(youngGenerationFor(['a.txt', 'b/c.HTML', 'd.htm', 'e.text'])).toBe(TEXT_YOUNG_GENERATION_MB);
    expect(youngGenerationFor([])).toBe(TEXT_YOUNG_GENERATION_MB);
    expect(youngGenerationFor(['a.txt', 'b.pdf'])).toBeUndefined();
    expect(youngGenerationFor(['a.docx'])).toBeUndefined();
    expect(youngGenerationFor(['no-extension'])).toBeUndefined();
  });

  it("should start the workers with that young generation (and V8's when none is given)", async () => {
    // A worker module that answers with the limits its thread was started with.
    const worker = path.join(mkdtempSync(path.join(os.tmpdir(), 'gov-report-heap-')), 'limits.mjs');
    // It speaks the pool's protocol (src/batch/pool-protocol.ts): ready once, then one answer per job.
    writeFileSync(
      worker,
      [
        "import { parentPort, resourceLimits } from 'node:worker_threads';",
        'const error = { code: "LIMITS", message: JSON.stringify(resourceLimits) };',
        'parentPort.on("message", ({ jobs }) =>',
        '  parentPort.postMessage({ answers: jobs.map(({ id }) => ({ id, answer: { ok: false, error } })) }));',
        'parentPort.postMessage({ ready: true });',
      ].join('\n'),
    );
    const limits = async (youngGenerationMb: number | undefined): Promise<Record<string, number>> => {
      const runner = await createRunner({
        concurrency: 1,
        timeout: 30_000,
        maxMemory: 256,
        threads: true,
        youngGenerationMb,
        worker: pathToFileURL(worker).href,
      });
      try {
        const answer = await runner.run({ path: 'x.txt' });
        return JSON.parse('error' in answer ? answer.error.message : '{}') as Record<string, number>;
      } finally {
        await runner.close();
      }
    };
    expect(await limits(24)).toMatchObject({ maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 256 });
    expect((await limits(undefined)).maxYoungGenerationSizeMb).not.toBe(24);
  }, 60_000);
});
