/** Finds files shipped with the package (package.json, schema.json) from src/, dist/src/ or a bundle alike. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** @returns The directory holding the package's package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'gov-report-extract'
    )
      return (root = dir);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the gov-report-extract package root.');
    dir = parent;
  }
}

/** @returns The package version. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
