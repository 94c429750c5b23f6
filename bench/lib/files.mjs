// Scratch folders for scenarios that need files on disk.
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh, empty scratch folder under the OS temp dir. */
export function scratch(name) {
  const dir = path.join(os.tmpdir(), 'gov-report-bench', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The CLI executable named by package.json `bin`. */
export async function cliPath(root) {
  const { readFileSync } = await import('node:fs');
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return path.join(root, manifest.bin['gov-report']);
}
