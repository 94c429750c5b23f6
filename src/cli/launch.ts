#!/usr/bin/env node
/**
 * The `gov-report` executable of the bundle (package.json `bin`, built as the CommonJS file gov-report.cjs by
 * scripts/bundle-cli.mjs): compiles core.cjs (the pipeline, the CLI and all they import) with a V8 code cache,
 * registers it as the loaded module the bundle's ES modules import, then runs the CLI's `main` (bin.ts) from it.
 * Node 20 has no compile cache for ES modules; a script's `cachedData` skips parsing and compiling on every run after
 * the first. The launcher is CommonJS and calls into core.cjs directly, so a one-file run starts no ES module at
 * all: Node's ES module loader, for an entry and the facades it imports, was about a tenth of such a run
 * (docs/performance.md, "Cold start").
 *
 * The cache is the user's (code-cache.ts): nothing is written beside the package, and a cache that cannot be read
 * or written, or that V8 rejects, only costs the compilation it would have saved.
 */
import { readFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { codeCacheFile, readCodeCache, writeCodeCache } from './code-cache.js';

/** What core.cjs exports that the launcher runs (scripts/bundle-cli.mjs names bin.ts `cli` among its exports). */
interface Core {
  cli: { main: () => Promise<void> };
}

/** Commands that parse reports: their runs compile the functions worth caching. */
const PARSING_COMMANDS = new Set(['extract', 'validate', 'text']);

// gov-report.cjs is CommonJS: __dirname is the bundle's directory, core.cjs's.
// Each parsing command has its own cache (code-cache.ts); the others read extract's, and write none.
const command = process.argv[2] ?? '';
const parsing = PARSING_COMMANDS.has(command);
const { core, saveCache } = loadCore(path.join(__dirname, 'core.cjs'), parsing ? command : 'extract');
void core.cli.main().then(() => {
  if (saveCache && parsing) saveCache();
});

/**
 * Runs core.cjs from its code cache (or compiles it) and puts it in the CommonJS module cache, where Node's module
 * loaders find it already loaded when the bundle's ES modules (lazy entries, the library) import it.
 * @param file core.cjs.
 * @param command The command whose cache to use.
 * @returns Its exports, and what writes the cache after the run when there was none or V8 rejected it (else null).
 */
function loadCore(file: string, command: string): { core: Core; saveCache: (() => void) | null } {
  // ASCII (scripts/bundle-cli.mjs, asciiOnly): latin1 copies the bytes into a one-byte string, no UTF-8 decoding.
  const source = readFileSync(file, 'latin1');
  const cacheFile = codeCacheFile(source, command);
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
  const saveCache =
    !cacheFile || (cachedData && !script.cachedDataRejected)
      ? null
      : () => writeCodeCache(cacheFile, () => script.createCachedData());
  return { core: module.exports as Core, saveCache };
}
