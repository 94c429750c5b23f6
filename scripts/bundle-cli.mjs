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
// per format met (pdf-parse, mammoth, word-extractor), piscina, which locates its own worker file at run time, and
// csv-stringify, required on the first CSV output only (src/cli/output/csv.ts). Everything else the code imports
// (chevrotain's ~650 modules, tinyglobby, htmlparser2, chardet, iconv-lite) is compiled in, so those are
// devDependencies: installed for the build, not for users. Their licences go to THIRD-PARTY-LICENSES.txt.
// The database drivers (optional peerDependencies: better-sqlite3, a native addon, and pg) are external too:
// loaded on the first --db load only (src/database/drivers.ts), from the user's own install.
const external = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
const outdir = path.join(root, 'dist/bundle');
const staging = `${outdir}.${process.pid}`; // built aside, then swapped in, so a running CLI never sees half a bundle
rmSync(staging, { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  // The library entry too (package.json `exports`): `import 'gov-report-extract'` then loads a few files,
  // not chevrotain's 650 modules. Shared code goes to chunks, so the CLI, the worker and the library
  // load one copy of each module.
  // pdf-geometry: pdf-parse's table geometry, imported by URL by the PDF importer's thread
  // (src/importers/pdf-thread.ts), pdf.js (pdfjs-dist) staying external.
  entryPoints: {
    'gov-report': 'src/cli/bin.ts',
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
  // Whitespace and syntax only (names kept, for stack traces and anything reading Function#name): ~25%
  // less source for V8 to scan and compile at start-up.
  minifyWhitespace: true,
  minifySyntax: true,
  // CommonJS packages bundled into ESM call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
writeFileSync(path.join(staging, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicences(result.metafile));
rmSync(outdir, { recursive: true, force: true });
renameSync(staging, outdir);
const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
const kb = outputs.reduce((n, [, output]) => n + output.bytes, 0) / 1024;
process.stderr.write(
  `bundle-cli: ${outputs.length} files, ${kb.toFixed(0)} KB in ${path.relative(root, outdir)}/ (external: ${external.join(', ')})\n`,
);

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
