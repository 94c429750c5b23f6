/**
 * The bundle's launcher (src/cli/launch.ts) runs core.cjs from a V8 code cache in the user's cache directory
 * (src/cli/code-cache.ts): written after the first parsing run, used after, and never a reason to fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { binPath, ensureBuilt, root } from './helpers/cli.js';
import { codeCacheDirectory, codeCacheFile } from '../../src/cli/code-cache.js';

beforeAll(() => ensureBuilt(), 300_000);

const sample = path.join(root, 'samples/quzhou-safety-2018.txt');

/** Runs the built CLI on the sample with GOV_REPORT_CACHE_DIR set (stderr, its summary, has a time in it). */
function extract(cacheDir: string, command = 'extract'): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, [binPath(), command, sample], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GOV_REPORT_CACHE_DIR: cacheDir },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout };
}

/** The cache file name of the built core.cjs for a command on this Node. */
function cacheName(command = 'extract'): string {
  const id = /^\/\* gov-report-extract core (\w+) \*\//.exec(
    readFileSync(path.join(root, 'dist/bundle/core.cjs'), 'utf8'),
  )![1]!;
  return `core-${id}-${command}-${process.version}-${process.arch}.bin`;
}

function cacheFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.bin'));
  } catch {
    return [];
  }
}

describe('the code cache of core.cjs', () => {
  it('should be written by the first run, used by the next, with the same records', () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'gov-report-cache-')), 'cache');
    const first = extract(dir);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ ok: true });
    const files = cacheFiles(dir);
    expect(files).toEqual([cacheName()]);
    const written = readFileSync(path.join(dir, files[0]!));
    expect(written.byteLength).toBeGreaterThan(100_000); // the parse's functions, not the top level alone
    const second = extract(dir);
    expect(second).toEqual(first);
    // Used, not rewritten.
    expect(readFileSync(path.join(dir, files[0]!)).equals(written)).toBe(true);
  });

  it("should keep one cache per parsing command, so that a first `text` run does not make extract's", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-cache-'));
    // Another build's cache goes; this build's caches of other commands stay.
    const stale = 'core-m0ld-extract-v20.0.0-x64.bin';
    writeFileSync(path.join(dir, stale), 'an older build');
    expect(extract(dir, 'text').status).toBe(0);
    expect(cacheFiles(dir)).toEqual([cacheName('text')]);
    const first = extract(dir);
    expect(cacheFiles(dir).sort()).toEqual([cacheName('extract'), cacheName('text')].sort());
    // extract's holds what extract runs (rendering the record, the summary), more than text's.
    const size = (command: string): number => readFileSync(path.join(dir, cacheName(command))).byteLength;
    expect(size('extract')).toBeGreaterThan(size('text'));
    expect(extract(dir)).toEqual(first);
  });

  it('should survive a damaged cache file, and replace it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-cache-'));
    const reference = extract('');
    const file = path.join(dir, cacheName());
    writeFileSync(file, 'not a V8 code cache');
    expect(extract(dir)).toEqual(reference);
    expect(readFileSync(file).byteLength).toBeGreaterThan(100_000);
  });

  it('should run without one where none can be written, or when turned off', () => {
    const reference = extract('');
    const parent = mkdtempSync(path.join(os.tmpdir(), 'gov-report-cache-'));
    const blocked = path.join(parent, 'a-file');
    writeFileSync(blocked, '');
    expect(extract(path.join(blocked, 'cache'))).toEqual(reference); // a directory under a file: cannot be made
    expect(cacheFiles(parent)).toEqual([]);
    expect(reference.status).toBe(0);
    expect(JSON.parse(reference.stdout)).toMatchObject({ ok: true });
  });
});

describe('codeCacheDirectory', () => {
  it('should follow GOV_REPORT_CACHE_DIR, then XDG_CACHE_HOME, and be off for an empty GOV_REPORT_CACHE_DIR', () => {
    const saved = { dir: process.env.GOV_REPORT_CACHE_DIR, xdg: process.env.XDG_CACHE_HOME };
    try {
      process.env.GOV_REPORT_CACHE_DIR = '';
      expect(codeCacheDirectory()).toBeNull();
      expect(codeCacheFile('/* gov-report-extract core abc */', 'extract')).toBeNull();
      process.env.GOV_REPORT_CACHE_DIR = '/some/where';
      expect(codeCacheDirectory()).toBe(path.resolve('/some/where'));
      delete process.env.GOV_REPORT_CACHE_DIR;
      process.env.XDG_CACHE_HOME = '/xdg';
      expect(codeCacheDirectory()).toBe(path.join('/xdg', 'gov-report-extract'));
      expect(codeCacheFile('/* gov-report-extract core abc */ code', 'text')).toBe(
        path.join('/xdg', 'gov-report-extract', `core-abc-text-${process.version}-${process.arch}.bin`),
      );
      expect(codeCacheFile('no build id', 'extract')).toBeNull();
    } finally {
      for (const [key, value] of [
        ['GOV_REPORT_CACHE_DIR', saved.dir],
        ['XDG_CACHE_HOME', saved.xdg],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
