#!/usr/bin/env node
// Bundles the CLI, its worker and the library entry into dist/bundle/ with esbuild, for cold start: chevrotain's package
// entry alone loads ~650 ES modules (~400 ms); bundled, the whole CLI starts in a few tens of ms
// (docs/performance.md, "Cold start"). Heavy importers (pdf-parse, mammoth, word-extractor) stay external
// and are still loaded lazily, per format met. Run after `tsc -p tsconfig.build.json` (see `npm run build`).
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
// External: exactly the runtime `dependencies`, which a user's install brings: the heavy importers, loaded lazily
// per format met (pdf-parse, mammoth, word-extractor), and
// csv-stringify, required on the first CSV output only (src/cli/output/csv.ts). Everything else the code imports
// (chevrotain's ~650 modules, tinyglobby, htmlparser2, chardet, iconv-lite) is compiled in, so those are
// devDependencies: installed for the build, not for users. Their licences go to THIRD-PARTY-LICENSES.txt.
// The database drivers (optional peerDependencies: better-sqlite3, a native addon, and pg) are external too:
// loaded on the first --db load only (src/database/drivers.ts), from the user's own install.
const external = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
// Options every bundle below shares. Source maps for local debugging only (`node --enable-source-maps` with the map
// beside the file): written, not linked from the code and not in the package (package.json `files`), where they were
// 60% of its size. Whitespace and syntax minified only (names kept, for stack traces and anything reading
// Function#name): ~25% less source for V8 to scan and compile at start-up.
const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  external,
  sourcemap: 'external',
  legalComments: 'eof',
  logLevel: 'warning',
  metafile: true,
  minifyWhitespace: true,
  minifySyntax: true,
};
const outdir = path.join(root, 'dist/bundle');
const staging = `${outdir}.${process.pid}`; // built aside, then swapped in, so a running CLI never sees half a bundle
rmSync(staging, { recursive: true, force: true });

// The pipeline and every module it imports (Chevrotain, the grammar, the stages, templates, validation, errors)
// are one CommonJS file, core.cjs, which the ES modules below import (through core-exports.cjs): one copy of
// each, whoever loads it. The CLI's launcher (src/cli/launch.ts) compiles it with a V8 code cache, which Node 20
// offers for scripts (vm.Script `cachedData`), not for ES modules (docs/performance.md, "Cold start").
const coreModules = await coreModuleExports();
const coreId = `m${Date.now().toString(36)}`;
const coreIndex = new Map([...coreModules.keys()].map((file, i) => [file, i]));
/** Modules the core imports dynamically but does not hold (src path → the ES module entry written for it). */
const lazyEntries = new Map();
const coreOutput = await build({
  ...shared,
  stdin: {
    // `cli`: bin.ts again, under the name the launcher calls (src/cli/launch.ts).
    contents: [
      ...[...coreModules.keys()].map((file, i) => `export * as m${i} from ${JSON.stringify(file)};`),
      `export * as cli from ${JSON.stringify(path.join(root, 'src/cli/bin.ts'))};`,
    ].join('\n'),
    resolveDir: root,
    sourcefile: 'core-entry.js',
    loader: 'js',
  },
  outfile: path.join(staging, 'core.cjs'),
  format: 'cjs',
  plugins: [builtins(), lazyImports()],
  // Core modules that find files beside themselves (the worker, package.json, csv-stringify) read __meta.url: core.cjs's
  // URL, or, in an application's bundle (no __filename), the URL its ES module facades give (coreFacades).
  define: { 'import.meta.url': '__meta.url' },
  // The first line is the launcher's code-cache key: a new build never runs an older build's compiled code.
  // Dynamic imports: one of a core module (`core:mN`, through __lazy) is that module's exports, already loaded
  // (bundled as a dynamic import, it and all it imports would be wrapped for lazy evaluation, without tree
  // shaking). The others load the bundle's lazy ES module entries: a vm.Script (the launcher's) cannot run import()
  // on Node 20 without an experimental flag, so the launcher passes its own (__importESM); required by Node or
  // bundled into an application, core.cjs runs its own import() of the literal path (routeDynamicImports).
  banner: {
    js: [
      `/* gov-report-extract core ${coreId} */`,
      "var __importESM = typeof __importESM === 'function' ? __importESM : null;",
      "var __meta = { url: typeof __filename === 'string' ? process.getBuiltinModule('node:url').pathToFileURL(__filename).href : undefined };",
      'var __lazy = (specifier) => Promise.resolve(module.exports[specifier.slice(5)]);',
    ].join('\n'),
  },
  footer: { js: 'module.exports.__meta = __meta;' },
});
routeDynamicImports(path.join(staging, 'core.cjs'));
asciiOnly(path.join(staging, 'core.cjs'));
// What the ES modules import: a few bytes that require core.cjs. Node's ES module loader scans a CommonJS file it
// imports for export names (~0.1 s for core.cjs itself, on every start); this one has none to find, and does not
// re-export in a form the scanner follows. An application that bundles this package follows the require.
writeFileSync(
  path.join(staging, 'core-exports.cjs'),
  "'use strict';\nconst core = require('./core.cjs');\nmodule.exports = core;\n",
);

const result = await build({
  ...shared,
  // The library entry too (package.json `exports`): `import 'gov-report-extract'` then loads a few files,
  // not chevrotain's 650 modules. Shared code goes to chunks, so the CLI, the worker and the library
  // load one copy of each module.
  // pdf-geometry: pdf-parse's table geometry, imported by URL by the PDF importer's thread
  // (src/importers/pdf-thread.ts), pdf.js (pdfjs-dist) staying external.
  entryPoints: {
    worker: 'src/batch/worker.ts',
    index: 'src/index.ts',
    'pdf-geometry': 'src/importers/pdf-geometry.ts',
    ...Object.fromEntries([...lazyEntries].map(([file, name]) => [name, file])),
  },
  outdir: staging,
  splitting: true,
  format: 'esm',
  chunkNames: '[name]-[hash]', // next to the entries: the pool finds ./worker.js from import.meta.url
  plugins: [coreFacades()],
  // CommonJS packages bundled into ESM call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
// The bin (package.json `bin`): CommonJS, so that a one-file run starts no ES module at all (Node's ES module loader,
// for an entry and the facades it imports, was about a tenth of such a run); it runs the CLI from core.cjs
// (docs/performance.md, "Cold start"). It holds only the launcher and code-cache.ts.
const launcherOutput = await build({
  ...shared,
  entryPoints: ['src/cli/launch.ts'],
  outfile: path.join(staging, 'gov-report.cjs'),
  format: 'cjs',
  plugins: [launcherOnly()],
});
// The bin's former path, an ES module, for whoever runs it by path: the same CLI.
writeFileSync(
  path.join(staging, 'gov-report.js'),
  [
    '#!/usr/bin/env node',
    "import { createRequire } from 'node:module';",
    "createRequire(import.meta.url)('./gov-report.cjs');",
    '',
  ].join('\n'),
  { mode: 0o755 },
);
writeFileSync(
  path.join(staging, 'THIRD-PARTY-LICENSES.txt'),
  thirdPartyLicences({ inputs: { ...coreOutput.metafile.inputs, ...result.metafile.inputs } }),
);
rmSync(outdir, { recursive: true, force: true });
renameSync(staging, outdir);
const outputs = Object.entries({
  ...coreOutput.metafile.outputs,
  ...result.metafile.outputs,
  ...launcherOutput.metafile.outputs,
}).filter(([file]) => /\.c?js$/.test(file));
const kb = outputs.reduce((n, [, output]) => n + output.bytes, 0) / 1024;
process.stderr.write(
  `bundle-cli: ${outputs.length} files, ${kb.toFixed(0)} KB in ${path.relative(root, outdir)}/ (external: ${external.join(', ')})\n`,
);

/**
 * The source modules of the core, with their export names, read from an esbuild build (not written) that has each
 * module as an entry point: the pipeline, and what a one-file `gov-report extract`, `validate` or `text` of a text
 * report runs (the CLI's commands, the in-process batch, the text importer), with all they import statically. What
 * those import dynamically and is not in that set (the PDF, DOCX, .doc and HTML importers, other encodings, the
 * thread pool, --db, the schema command) stays in ES module chunks, loaded on use (docs/performance.md, "Cold start").
 * @returns Absolute path → export names.
 */
async function coreModuleExports() {
  const graph = await build({
    absWorkingDir: root,
    entryPoints: [
      'src/pipeline/index.ts',
      'src/cli/bin.ts',
      'src/cli/main.ts',
      'src/cli/commands/extract.ts',
      'src/cli/commands/validate.ts',
      'src/cli/commands/text.ts',
      'src/batch/perform.ts',
      'src/importers/text.ts',
    ],
    bundle: true,
    plugins: [
      {
        name: 'static-imports-only',
        setup(plugin) {
          plugin.onResolve({ filter: /.*/ }, (args) =>
            args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
          );
        },
      },
    ],
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    external,
    outdir: staging,
    logLevel: 'silent',
  });
  const files = Object.keys(graph.metafile.inputs)
    .filter((input) => /^(src|grammars)\//.test(input))
    .map((input) => path.join(root, input));
  const each = await build({
    absWorkingDir: root,
    entryPoints: files,
    bundle: true,
    write: false,
    metafile: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    external,
    outdir: path.join(staging, 'exports'),
    outbase: root,
    logLevel: 'silent',
  });
  const exports = new Map();
  for (const output of Object.values(each.metafile.outputs))
    if (output.entryPoint) exports.set(path.join(root, output.entryPoint), output.exports);
  return new Map(files.map((file) => [file, exports.get(file) ?? []]));
}

/**
 * An esbuild plugin for core.cjs: a dynamic import of a module outside the core becomes an import of an ES module
 * entry of the bundle, `lazy-<its path under src, or the package's name>.js` (recorded in lazyEntries); one of a
 * core module becomes `core:mN` (see __lazy in the banner).
 * @returns The plugin.
 */
function lazyImports() {
  return {
    name: 'lazy-imports',
    setup(plugin) {
      plugin.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'lazy-imports') return undefined;
        const resolved = await plugin.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'lazy-imports',
        });
        if (resolved.errors.length > 0 || resolved.external) return undefined;
        if (coreModules.has(resolved.path)) return { path: `core:m${coreIndex.get(resolved.path)}`, external: true };
        // A module of this package, or a bundled package's entry (tinyglobby).
        const name = /^\.\.?\//.test(args.path)
          ? `lazy-${path
              .relative(path.join(root, 'src'), resolved.path)
              .replace(/\.[cm]?[jt]s$/, '')
              .replaceAll(path.sep, '-')}`
          : `lazy-${args.path.replaceAll('/', '-')}`;
        lazyEntries.set(resolved.path, name);
        return { path: `./${name}.js`, external: true };
      });
    },
  };
}

/**
 * Routes core.cjs's dynamic imports (see the banner above): `core:mN` to __lazy, a lazy entry to the launcher's
 * __importESM when there is one, else to core.cjs's own import() of the same literal path (which a bundler follows).
 * @param file core.cjs.
 */
function routeDynamicImports(file) {
  const source = readFileSync(file, 'utf8');
  const routed = source
    .replace(/\bimport\((?="core:)/g, '__lazy(')
    .replace(/\bimport\(("\.\/lazy-[\w-]+\.js")\)/g, '(__importESM?.($1) ?? import($1))');
  if (/\bimport\((?!"\.\/lazy-[\w-]+\.js"\))/.test(routed)) {
    throw new Error('bundle-cli: core.cjs has a dynamic import that is neither a core module nor a lazy entry');
  }
  writeFileSync(file, routed);
}

/**
 * Makes core.cjs ASCII, which the launcher (src/cli/launch.ts) then reads as latin1: a copy of its bytes into a
 * one-byte string, where UTF-8 text with any other character is decoded into a two-byte string (~4 ms of a one-file
 * run; docs/performance.md, "Cold start"). esbuild escapes strings, template literals and identifiers (its default
 * charset, ascii) but writes regular expression literals as they are; there, and in comments, each other UTF-16 unit
 * becomes `\uXXXX`, the same character with or without the u flag (under u, an escaped surrogate pair is one code
 * point). An identity escape (a backslash before such a character) would change meaning, so it stops the build.
 * The external source map is not rewritten: columns after an escape on the same line are off (a few long lines).
 * @param file core.cjs.
 */
function asciiOnly(file) {
  const source = readFileSync(file, 'utf8');
  const ascii = source.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, char) => {
    if (slashes.length % 2 === 1) throw new Error(`bundle-cli: core.cjs escapes ${char} with a backslash`);
    return `${slashes}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  writeFileSync(file, ascii);
}

/**
 * An esbuild plugin for the launcher (gov-report.cjs): it may import Node's built-ins and its own code-cache.ts only;
 * a core module compiled into it would be a second copy, run without the code cache.
 * @returns The plugin.
 */
function launcherOnly() {
  const allowed = new Set([path.join(root, 'src/cli/launch.ts'), path.join(root, 'src/cli/code-cache.ts')]);
  return {
    name: 'launcher-only',
    setup(plugin) {
      plugin.onLoad({ filter: /.*/ }, (args) => {
        if (!allowed.has(args.path)) throw new Error(`bundle-cli: the launcher imports ${args.path}`);
        return undefined;
      });
    },
  };
}

/**
 * An esbuild plugin for core.cjs: Node's built-in modules come from `process.getBuiltinModule` (Node ≥ 20.16), not
 * `require`, which core.cjs lacks once an application bundles it into an ES module. An `import` of one gets an ES
 * module of its default and named exports (its properties, each read once, on start; esbuild drops the names nobody
 * imports), which esbuild links directly; as a CommonJS module, each importing module copied every property of it
 * into a namespace of getters (`__toESM`) on start. `require()` and `import()` get the module object itself, as before.
 * @returns The plugin.
 */
function builtins() {
  const names = new Set(builtinModules);
  return {
    name: 'builtins',
    setup(plugin) {
      plugin.onResolve({ filter: /.*/ }, (args) =>
        args.path.startsWith('node:') || names.has(args.path)
          ? { path: args.path, namespace: args.kind === 'import-statement' ? 'builtin-esm' : 'builtin' }
          : undefined,
      );
      plugin.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
        contents: `module.exports = process.getBuiltinModule(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
      // A name imported is read on start, an accessor too (util.parseArgs loads its module then, not on first call).
      plugin.onLoad({ filter: /.*/, namespace: 'builtin-esm' }, (args) => {
        const module = process.getBuiltinModule(args.path);
        const exported = Object.keys(module).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key));
        return {
          contents: [
            `const builtin = process.getBuiltinModule(${JSON.stringify(args.path)});`,
            'export default builtin;',
            ...exported.map((key) => `export const ${key} = /* @__PURE__ */ (() => builtin.${key})();`),
          ].join('\n'),
          loader: 'js',
        };
      });
    },
  };
}

/**
 * An esbuild plugin: an import of a core module becomes a facade, `export const { names } = core.mN`, over the one
 * copy in core.cjs.
 * @returns The plugin.
 */
function coreFacades() {
  return {
    name: 'core-facades',
    setup(plugin) {
      plugin.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData === 'core-facades' || args.namespace !== 'file') return undefined;
        const resolved = await plugin.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'core-facades',
        });
        if (resolved.errors.length > 0 || !coreIndex.has(resolved.path)) return undefined;
        return { path: resolved.path, namespace: 'core-facade' };
      });
      plugin.onResolve({ filter: /^core-exports\.cjs$/, namespace: 'core-facade' }, () => ({
        path: './core-exports.cjs',
        external: true,
      }));
      plugin.onLoad({ filter: /.*/, namespace: 'core-facade' }, (args) => {
        const names = coreModules.get(args.path);
        const module = `core.m${coreIndex.get(args.path)}`;
        const named = names.filter((name) => name !== 'default');
        return {
          contents: [
            "import core from 'core-exports.cjs';",
            'core.__meta.url ??= import.meta.url;',
            named.length > 0 ? `export const { ${named.join(', ')} } = ${module};` : '',
            names.includes('default') ? `export default ${module}.default;` : '',
          ].join('\n'),
          loader: 'js',
          resolveDir: root,
        };
      });
    },
  };
}

/**
 * The licence of every package compiled into the bundle (MIT and similar licences ask that their notice go
 * with copies of the code).
 * @param metafile esbuild's metafile.
 * @returns The text of THIRD-PARTY-LICENSES.txt.
 */
function thirdPartyLicences(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!match) continue;
    const dir = path.join(root, input.slice(0, match.index + match[0].length));
    packages.set(match[1], dir);
  }
  // Packages under one licence text (chevrotain's five parts) share one copy of it.
  const byText = new Map();
  for (const [name, dir] of [...packages].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((entry) => /^(licen[cs]e|copying)(\.|$)/i.test(entry));
    const text = file && existsSync(path.join(dir, file)) ? readFileSync(path.join(dir, file), 'utf8').trim() : '';
    if (!text) throw new Error(`bundle-cli: ${name} is bundled but ships no licence file`);
    byText.set(text, [...(byText.get(text) ?? []), `${name}@${pkg.version} (${pkg.license ?? 'see below'})`]);
  }
  const sections = [...byText].map(([text, names]) => `${names.join('\n')}\n\n${text}\n`);
  return `Packages compiled into gov-report-extract's bundle, with their licences.\n\n${sections.join(`\n${'-'.repeat(72)}\n\n`)}`;
}
