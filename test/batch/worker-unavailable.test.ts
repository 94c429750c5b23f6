/**
 * A worker module that is missing or cannot load is the batch's own error (BATCH_WORKER_UNAVAILABLE), at once:
 * not a wait for the per-file timeout on every file (issue 14, point 3).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunner } from '../../src/batch/runner.js';
import { ensureBuilt, root } from '../cli/helpers/cli.js';

const settings = { concurrency: 1, timeout: 30_000, maxMemory: 256, threads: true };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-worker-'));
});

describe('BATCH_WORKER_UNAVAILABLE', () => {
  it('should be thrown at once when the worker module does not exist', async () => {
    const worker = pathToFileURL(path.join(dir, 'no-such-worker.js')).href;
    const started = Date.now();
    await expect(createRunner({ ...settings, worker })).rejects.toMatchObject({
      name: 'ReportError',
      code: 'BATCH_WORKER_UNAVAILABLE',
      message: expect.stringMatching(/no-such-worker\.js does not exist\..*threads: false/s),
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('should be thrown when the worker module fails to load, naming why', async () => {
    const broken = path.join(dir, 'broken-worker.mjs');
    writeFileSync(broken, "import 'no-such-package-anywhere';\nexport default () => null;\n");
    const started = Date.now();
    await expect(createRunner({ ...settings, worker: pathToFileURL(broken).href })).rejects.toMatchObject({
      code: 'BATCH_WORKER_UNAVAILABLE',
      message: expect.stringMatching(/broken-worker\.mjs fails to load: .*no-such-package-anywhere/),
    });
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);
});

describe('the library bundled into an application with esbuild', () => {
  let app: string;

  beforeAll(async () => {
    ensureBuilt();
    // Inside the package, so that the externals (piscina, csv-stringify …) resolve from its node_modules.
    app = mkdtempSync(path.join(root, '.tmp-bundled-app-'));
    mkdirSync(app, { recursive: true });
    const entry = path.join(app, 'entry.mjs');
    writeFileSync(
      entry,
      [
        `import { extractReports } from ${JSON.stringify(path.join(root, 'dist/bundle/index.js'))};`,
        'const threads = process.argv[2] === "threads";',
        'const inputs = process.argv.slice(3);',
        'try {',
        '  for await (const r of extractReports(inputs, { threads, concurrency: 1 }))',
        '    console.log(JSON.stringify({ file: r.file, ok: r.ok, agency: r.ok ? r.report.agency : r.error.code }));',
        '} catch (error) {',
        '  console.log(JSON.stringify({ thrown: error.code, message: error.message }));',
        '}',
      ].join('\n'),
    );
    const result = await build({
      entryPoints: [entry],
      outfile: path.join(app, 'out/app.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      external: ['pdfjs-dist', 'mammoth', 'word-extractor', 'csv-stringify'],
      logLevel: 'silent',
    });
    // No warnings for the user: with `"sideEffects": false` esbuild warned 26 times that it dropped the
    // bundle's own chunk imports.
    expect(result.warnings.map((warning) => warning.text)).toEqual([]);
  }, 120_000);

  afterAll(() => {
    if (app) rmSync(app, { recursive: true, force: true });
  });

  const runApp = (...args: string[]): { lines: Record<string, unknown>[]; ms: number } => {
    const started = Date.now();
    const result = spawnSync(process.execPath, [path.join(app, 'out/app.mjs'), ...args], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const lines = result.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    return { lines, ms: Date.now() - started };
  };

  it('should throw BATCH_WORKER_UNAVAILABLE at once, saying what to do, instead of timing out every file', () => {
    const { lines, ms } = runApp('threads', 'samples/quzhou-safety-2018.txt', 'samples/render-tsv.txt');
    expect(lines).toEqual([
      {
        thrown: 'BATCH_WORKER_UNAVAILABLE',
        message: expect.stringMatching(
          /out\/worker\.js does not exist\. .*--external:gov-report-extract.*threads: false/,
        ),
      },
    ]);
    expect(ms).toBeLessThan(10_000);
  });

  it('should convert with threads: false in the same bundle', () => {
    const { lines } = runApp('inline', 'samples/quzhou-safety-2018.txt');
    expect(lines).toEqual([{ file: 'samples/quzhou-safety-2018.txt', ok: true, agency: '衢州市安全生产监督管理局' }]);
  });
});
