#!/usr/bin/env node
/**
 * The `gov-report` executable of the bundle (package.json `bin`): compiles core.cjs (the pipeline and all it imports;
 * scripts/bundle-cli.mjs) with a V8 code cache, registers it as the loaded module the bundle's ES modules import, then
 * runs the CLI (bin.ts). Node 20 has no compile cache for ES modules; a script's `cachedData` skips parsing and
 * compiling on every run after the first, about a quarter of a one-file run (docs/performance.md, "Cold start").
 *
 * The cache is the user's (code-cache.ts): nothing is written beside the package, and a cache that cannot be read
 * or written, or that V8 rejects, only costs the compilation it would have saved.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { codeCacheFile, readCodeCache, writeCodeCache } from './code-cache.js';

/** Commands that parse reports: their runs compile the functions worth caching. */
const PARSING_COMMANDS = new Set(['extract', 'validate', 'text']);

const here = path.dirname(fileURLToPath(import.meta.url));
const corePath = path.join(here, 'core.cjs');
const saveCache = existsSync(corePath) ? loadCore(corePath) : null;
await import('./bin.js');
if (saveCache && PARSING_COMMANDS.has(process.argv[2] ?? '')) saveCache();

/**
 * Runs core.cjs from its code cache (or compiles it) and puts it in the CommonJS module cache, where Node's ES
 * module loader finds it already loaded when the bundle imports it.
 * @param file core.cjs.
 * @returns What writes the cache after the run, when there was none or V8 rejected it; otherwise null.
 */
function loadCore(file: string): (() => void) | null {
  const source = readFileSync(file, 'utf8');
  const cacheFile = codeCacheFile(source);
  const cachedData = cacheFile ? readCodeCache(cacheFile) : undefined;
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __importESM) {${source}\n})`,
    {
      filename: file,
      ...(cachedData ? { cachedData } : {}),
    },
  );
  const module = new Module(file);
  module.filename = file;
  const require = createRequire(file);
  (script.runInThisContext() as (...args: unknown[]) => void).call(
    module.exports,
    module.exports,
    require,
    module,
    file,
    path.dirname(file),
    // core.cjs's dynamic imports (its lazy ES module entries, Node built-ins): a vm.Script's own import() needs a
    // flag on Node 20, so they resolve from core.cjs's URL and load here.
    (specifier: string) => import(new URL(specifier, pathToFileURL(file)).href),
  );
  module.loaded = true;
  require.cache[file] = module;
  if (!cacheFile || (cachedData && !script.cachedDataRejected)) return null;
  return () => writeCodeCache(cacheFile, () => script.createCachedData());
}
