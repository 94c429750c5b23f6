#!/usr/bin/env node
// Bundles the CLI, its worker and the library entry into dist/bundle/ with esbuild, for cold start: chevrotain's package
// entry alone loads ~650 ES modules (~400 ms); bundled, the whole CLI starts in a few tens of ms
// (docs/performance.md, "Cold start"). Heavy importers (pdf-parse, mammoth, word-extractor) stay external
// and are still loaded lazily, per format met. Run after `tsc -p tsconfig.build.json` (see `npm run build`).
import { readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
// Bundled: chevrotain (~650 modules) and the pure-JS packages every conversion loads, so start-up opens
// a handful of files instead of hundreds. External: the heavy importers, loaded lazily per format met
// (pdf-parse, mammoth, word-extractor), piscina, which locates its own worker file at run time, and
// csv-stringify, required on the first CSV output only (src/cli/output/csv.ts).
const bundled = new Set(['chevrotain', 'tinyglobby', 'htmlparser2', 'chardet', 'iconv-lite']);
// The database drivers (optionalDependencies: better-sqlite3, a native addon, and pg) stay external too,
// imported on the first --db load only (src/database/drivers.ts).
const external = [
  ...Object.keys(manifest.dependencies ?? {}).filter((name) => !bundled.has(name)),
  ...Object.keys(manifest.optionalDependencies ?? {}),
];
const outdir = path.join(root, 'dist/bundle');
const staging = `${outdir}.${process.pid}`; // built aside, then swapped in, so a running CLI never sees half a bundle
rmSync(staging, { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  // The library entry too (package.json `exports`): `import 'gov-report-extract'` then loads a few files,
  // not chevrotain's 650 modules. Shared code goes to chunks, so the CLI, the worker and the library
  // load one copy of each module.
  entryPoints: { 'gov-report': 'src/cli/bin.ts', worker: 'src/batch/worker.ts', index: 'src/index.ts' },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  sourcemap: true,
  legalComments: 'linked',
  chunkNames: '[name]-[hash]', // next to the entries: the pool finds ./worker.js from import.meta.url
  logLevel: 'warning',
  metafile: true,
  // Whitespace and syntax only (names kept, for stack traces and anything reading Function#name): ~25%
  // less source for V8 to scan and compile at start-up.
  minifyWhitespace: true,
  minifySyntax: true,
  // CommonJS packages bundled into ESM call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
rmSync(outdir, { recursive: true, force: true });
renameSync(staging, outdir);
const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
const kb = outputs.reduce((n, [, output]) => n + output.bytes, 0) / 1024;
process.stderr.write(
  `bundle-cli: ${outputs.length} files, ${kb.toFixed(0)} KB in ${path.relative(root, outdir)}/ (external: ${external.join(', ')})\n`,
);
