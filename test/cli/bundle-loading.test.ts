/**
 * What the bundled CLI loads (scripts/bundle-cli.mjs): the bin is the CommonJS launcher gov-report.cjs, which runs
 * the CLI from core.cjs (compiled with the code cache), so a one-file `extract` of a text report loads those two
 * files and no ES module at all; the PDF importer comes as its lazy ES module entry when a PDF is met. Every file
 * loaded is resolved, read and compiled on each start (docs/performance.md, "Cold start").
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, ensureBuilt, root } from './helpers/cli.js';
import { extractReport } from '../../src/index.js';

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-loading-'));
  // Module hooks (run in their own thread) that write down every file of the bundle resolved.
  writeFileSync(
    path.join(dir, 'hooks.mjs'),
    [
      "import { appendFileSync } from 'node:fs';",
      'export async function resolve(specifier, context, next) {',
      '  const result = await next(specifier, context);',
      `  if (result.url.includes('/dist/bundle/')) appendFileSync(process.env.LOADED_LOG, result.url + '\\n');`,
      '  return result;',
      '}',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'register.mjs'),
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'hooks.mjs')).href)});\n`,
  );
  // And the CommonJS modules of the bundle loaded (the launcher puts core.cjs in the same cache), at exit.
  writeFileSync(
    path.join(dir, 'required.cjs'),
    [
      "const { appendFileSync } = require('node:fs');",
      "const { pathToFileURL } = require('node:url');",
      "process.on('exit', () => {",
      "  for (const file of Object.keys(require.cache)) if (file.includes('/dist/bundle/'))",
      "    appendFileSync(process.env.LOADED_LOG, pathToFileURL(file).href + '\\n');",
      '});',
    ].join('\n'),
  );
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The bundle's files an `extract` of one file resolves, by name, chunks as `chunk`. */
function loaded(file: string, log: string): string[] {
  const result = spawnSync(
    process.execPath,
    [
      '--require',
      path.join(dir, 'required.cjs'),
      '--import',
      pathToFileURL(path.join(dir, 'register.mjs')).href,
      binPath(),
      'extract',
      file,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, LOADED_LOG: log, GOV_REPORT_CACHE_DIR: '' } },
  );
  expect(result.status, result.stderr).toBe(0);
  expect(JSON.parse(result.stdout)).toMatchObject({ file });
  const names = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((url) => path.basename(new URL(url).pathname).replace(/^chunk-\w+\.js$/, 'chunk'));
  return [...new Set(names)];
}

describe('the bundled CLI', () => {
  it('should load the launcher and core.cjs only, and no ES module, for one text report', () => {
    const names = loaded('samples/quzhou-safety-2018.txt', path.join(dir, 'text.log'));
    expect(names.sort()).toEqual(['core.cjs', 'gov-report.cjs']);
  });

  it('should load the PDF importer as its lazy entry for a PDF', () => {
    const names = loaded('test/fixtures/made/borderless.pdf', path.join(dir, 'pdf.log'));
    expect(names).toContain('lazy-importers-pdf.js');
  }, 60_000);

  it('should read core.cjs as ASCII, its reports those of the sources', async () => {
    // The launcher reads core.cjs as latin1 (scripts/bundle-cli.mjs escapes every other character).
    expect(readFileSync(path.join(root, 'dist/bundle/core.cjs'), 'latin1')).not.toMatch(/[\u0080-\uffff]/);
    // Every sample, through the bundle (the escaped regular expressions) and through the sources.
    const run = spawnSync(process.execPath, [binPath(), 'extract', 'samples', '--jobs', '1'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GOV_REPORT_CACHE_DIR: '' },
    });
    expect(run.status, run.stderr).toBe(0);
    const records = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; report: unknown });
    expect(records.length).toBeGreaterThan(10);
    for (const record of records) {
      const report = await extractReport(path.join(root, record.file));
      expect(record.report, record.file).toEqual(JSON.parse(JSON.stringify(report)));
    }
  }, 120_000);

  it("should link Node's built-ins into core.cjs as they are, not copied into a namespace per importing module", () => {
    const core = readFileSync(path.join(root, 'dist/bundle/core.cjs'), 'latin1');
    expect(core).toMatch(/=process\.getBuiltinModule\("node:fs"\)/);
    expect(core).not.toMatch(/__toESM\(require_node_/);
  });

  it('should run the same CLI from the former bin path, dist/bundle/gov-report.js', () => {
    const args = ['extract', 'samples/quzhou-safety-2018.txt'];
    const options = { cwd: root, encoding: 'utf8', env: { ...process.env, GOV_REPORT_CACHE_DIR: '' } } as const;
    const bin = spawnSync(process.execPath, [binPath(), ...args], options);
    const former = spawnSync(process.execPath, [path.join(root, 'dist/bundle/gov-report.js'), ...args], options);
    expect(path.basename(binPath())).toBe('gov-report.cjs');
    expect(bin.status).toBe(0);
    expect(JSON.parse(bin.stdout)).toMatchObject({ ok: true });
    expect(former.status).toBe(0);
    expect(former.stdout).toBe(bin.stdout);
  });
});
