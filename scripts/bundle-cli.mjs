#!/usr/bin/env node
// Bundles the CLI, its worker and the library entry into dist/bundle/ with esbuild, for cold start: chevrotain's package
// entry alone loads ~650 ES modules (~400 ms); bundled, the whole CLI starts in a few tens of ms
// (docs/performance.md, "Cold start"). Heavy importers (pdf-parse, mammoth, word-extractor) stay external
// and are still loaded lazily, per format met. Run after `tsc -p tsconfig.build.json` (see `npm run build`).
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
const outdir = path.join(root, 'dist/bundle');
const staging = `${outdir}.${process.pid}`; // built aside, then swapped in, so a running CLI never sees half a bundle
rmSync(staging, { recursive: true, force: true });

// The pipeline and every module it imports (Chevrotain, the grammar, the stages, templates, validation, errors)
// are one CommonJS file, core.cjs, which the ES modules below import (through core-exports.cjs): one copy of
// each, whoever loads it. The CLI's launcher (src/cli/launch.ts) compiles it with a V8 code cache, which Node 20
// offers for scripts (vm.Script `cachedData`), not for ES modules (docs/performance.md, "Cold start").
const coreModules = await coreModuleExports();
const coreId = `m${Date.now().toString(36)}`;
const coreOutput = await build({
  absWorkingDir: root,
  stdin: {
    contents: [...coreModules.keys()].map((file, i) => `export * as m${i} from ${JSON.stringify(file)};`).join('\n'),
    resolveDir: root,
    sourcefile: 'core-entry.js',
    loader: 'js',
  },
  outfile: path.join(staging, 'core.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external,
  sourcemap: 'external',
  legalComments: 'eof',
  logLevel: 'warning',
  metafile: true,
  minifyWhitespace: true,
  minifySyntax: true,
  // The launcher's code-cache key: a new build never runs an older build's compiled code.
  banner: { js: `/* gov-report-extract core ${coreId} */` },
});
const coreIndex = new Map([...coreModules.keys()].map((file, i) => [file, i]));
// What the ES modules import: a few bytes that require core.cjs. Node's ES module loader scans a CommonJS file it
// imports for export names (~0.1 s for core.cjs itself, on every start); this one has none to find, and does not
// re-export in a form the scanner follows. An application that bundles this package follows the require.
writeFileSync(
  path.join(staging, 'core-exports.cjs'),
  "'use strict';\nconst core = require('./core.cjs');\nmodule.exports = core;\n",
);

const result = await build({
  absWorkingDir: root,
  // The library entry too (package.json `exports`): `import 'gov-report-extract'` then loads a few files,
  // not chevrotain's 650 modules. Shared code goes to chunks, so the CLI, the worker and the library
  // load one copy of each module.
  // pdf-geometry: pdf-parse's table geometry, imported by URL by the PDF importer's thread
  // (src/importers/pdf-thread.ts), pdf.js (pdfjs-dist) staying external.
  entryPoints: {
    'gov-report': 'src/cli/launch.ts',
    'gov-report-cli': 'src/cli/bin.ts',
    worker: 'src/batch/worker.ts',
    index: 'src/index.ts',
    'pdf-geometry': 'src/importers/pdf-geometry.ts',
  },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  // Source maps for local debugging only (`node --enable-source-maps` with the map beside the file): written, not
  // linked from the code and not in the package (package.json `files`), where they were 60% of its size.
  sourcemap: 'external',
  legalComments: 'eof',
  chunkNames: '[name]-[hash]', // next to the entries: the pool finds ./worker.js from import.meta.url
  logLevel: 'warning',
  metafile: true,
  plugins: [coreFacades()],
  // Whitespace and syntax only (names kept, for stack traces and anything reading Function#name): ~25%
  // less source for V8 to scan and compile at start-up.
  minifyWhitespace: true,
  minifySyntax: true,
  // CommonJS packages bundled into ESM call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
writeFileSync(
  path.join(staging, 'THIRD-PARTY-LICENSES.txt'),
  thirdPartyLicences({ inputs: { ...coreOutput.metafile.inputs, ...result.metafile.inputs } }),
);
rmSync(outdir, { recursive: true, force: true });
renameSync(staging, outdir);
const outputs = Object.entries({ ...coreOutput.metafile.outputs, ...result.metafile.outputs }).filter(([file]) =>
  /\.c?js$/.test(file),
);
const kb = outputs.reduce((n, [, output]) => n + output.bytes, 0) / 1024;
process.stderr.write(
  `bundle-cli: ${outputs.length} files, ${kb.toFixed(0)} KB in ${path.relative(root, outdir)}/ (external: ${external.join(', ')})\n`,
);

/**
 * The source modules of the core (src/pipeline/index.ts and all it imports), with their export names, read from an
 * esbuild build (not written) that has each module as an entry point.
 * @returns Absolute path → export names.
 */
async function coreModuleExports() {
  const graph = await build({
    absWorkingDir: root,
    entryPoints: ['src/pipeline/index.ts'],
    bundle: true,
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
