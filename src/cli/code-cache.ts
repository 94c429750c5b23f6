/**
 * Where the CLI keeps V8's code cache of core.cjs (launch.ts): the user's cache directory, one file per build of the
 * core, command (a cache holds the functions its first run compiled: `text` or `validate` first would leave `extract`
 * compiling most of its own on every run), Node version and architecture. `GOV_REPORT_CACHE_DIR` names another
 * directory; set to '' it turns the cache off. Every failure (no home, a read-only directory, a truncated file) means no cache, never an error.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The build id scripts/bundle-cli.mjs puts on core.cjs's first line. */
const BUILD_ID = /^\/\* gov-report-extract core (\w+) \*\//;
/** Cache files this module writes, with the build id. */
const CACHE_FILE = /^core-(\w+)-(?:\w+-)?v[\d.]+-\w+\.bin$/;

/**
 * @returns The cache directory, or null when the cache is off.
 */
export function codeCacheDirectory(): string | null {
  const forced = process.env.GOV_REPORT_CACHE_DIR;
  if (forced !== undefined) return forced === '' ? null : path.resolve(forced);
  const xdg = process.env.XDG_CACHE_HOME;
  if (xdg) return path.join(xdg, 'gov-report-extract');
  const home = os.homedir();
  if (!home) return null;
  const base =
    process.platform === 'win32'
      ? (process.env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'))
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Caches')
        : path.join(home, '.cache');
  return path.join(base, 'gov-report-extract');
}

/**
 * @param source core.cjs's text.
 * @param command The CLI's command (a word).
 * @returns The cache file for this build of it, command and Node, or null (no build id, or the cache is off).
 */
export function codeCacheFile(source: string, command: string): string | null {
  const id = BUILD_ID.exec(source)?.[1];
  const directory = id && /^\w+$/.test(command) ? codeCacheDirectory() : null;
  return directory ? path.join(directory, `core-${id}-${command}-${process.version}-${process.arch}.bin`) : null;
}

/**
 * @param file A cache file.
 * @returns Its bytes, or undefined when it cannot be read.
 */
export function readCodeCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache file (a temporary sibling, then renamed: a concurrent run reads a whole file or none) and removes
 * the caches of other builds (those of this build's other commands stay). Errors are ignored: without a cache the
 * CLI compiles as it would anyway.
 * @param file The cache file.
 * @param data Makes the cache's bytes (V8's `createCachedData`), called only when the directory is usable.
 */
export function writeCodeCache(file: string, data: () => Buffer): void {
  try {
    const directory = path.dirname(file);
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data(), { mode: 0o600 });
    renameSync(temp, file);
    const build = CACHE_FILE.exec(path.basename(file))?.[1];
    for (const name of readdirSync(directory)) {
      const other = CACHE_FILE.exec(name)?.[1];
      if (other !== undefined && other !== build) rmSync(path.join(directory, name), { force: true });
    }
  } catch {
    // No cache this time.
  }
}
