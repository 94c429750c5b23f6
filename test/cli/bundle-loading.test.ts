/**
 * What the bundled CLI loads as ES modules (scripts/bundle-cli.mjs): a one-file `extract` of a text report runs from
 * core.cjs (compiled with the code cache by the launcher), so it loads only the entry, the CLI's entry and the
 * shared chunks they import; the PDF importer comes as its lazy entry when a PDF is met. Every ES module file is
 * resolved, read and compiled on each start (docs/performance.md, "Cold start").
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, ensureBuilt, root } from './helpers/cli.js';

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
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The bundle's files an `extract` of one file resolves, by name, chunks as `chunk`. */
function loaded(file: string, log: string): string[] {
  const result = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(path.join(dir, 'register.mjs')).href, binPath(), 'extract', file],
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
  it('should load no lazy entry or command chunk for one text report, and at most two shared chunks', () => {
    const names = loaded('samples/quzhou-safety-2018.txt', path.join(dir, 'text.log'));
    expect(names.filter((name) => name !== 'chunk').sort()).toEqual([
      'core-exports.cjs',
      'gov-report-cli.js',
      'gov-report.js',
    ]);
    const log = readFileSync(path.join(dir, 'text.log'), 'utf8');
    expect(new Set(log.match(/chunk-\w+\.js/g)).size).toBeLessThanOrEqual(2);
  });

  it('should load the PDF importer as its lazy entry for a PDF', () => {
    const names = loaded('test/fixtures/made/borderless.pdf', path.join(dir, 'pdf.log'));
    expect(names).toContain('lazy-importers-pdf.js');
  }, 60_000);
});
