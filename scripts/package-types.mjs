#!/usr/bin/env node
// Copies the type declarations the package entry reaches (dist/src/index.d.ts and what it imports, transitively)
// to dist/types/, keeping their layout: the package ships those, not tsc's whole output (the unbundled
// JavaScript of dist/src is for development only; the package runs dist/bundle). Fails when a shipped
// declaration imports a package that is not a dependency, since a user's type-check would not find it.
// Run after `tsc -p tsconfig.build.json` (see `npm run build`).
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const dependencies = new Set(Object.keys(manifest.dependencies ?? {}));
const specifier = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

const reached = new Set();
const foreign = [];
const visit = (file) => {
  if (reached.has(file)) return;
  reached.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(specifier)) {
    if (spec.startsWith('.')) {
      visit(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.d.ts')));
    } else if (!spec.startsWith('node:')) {
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (!dependencies.has(name)) foreign.push(`${path.relative(root, file)} imports ${spec}`);
    }
  }
};
visit(path.join(dist, 'src/index.d.ts'));
if (foreign.length > 0) {
  process.stderr.write(
    `package-types: declarations import packages that are not dependencies:\n  ${foreign.join('\n  ')}\n`,
  );
  process.exit(1);
}
const outdir = path.join(dist, 'types');
const staging = `${outdir}.${process.pid}`;
rmSync(staging, { recursive: true, force: true });
for (const file of reached) {
  const target = path.join(staging, path.relative(dist, file));
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(file, target);
}
rmSync(outdir, { recursive: true, force: true });
renameSync(staging, outdir);
process.stderr.write(`package-types: ${reached.size} declaration files in ${path.relative(root, outdir)}/\n`);
