/**
 * The committed lock file matches package.json, so that `npm install` on a fresh clone does not rewrite it
 * (issue 14, point 6: it did, for a stale `bin` path). npm copies these fields of package.json into the lock
 * file's root entry.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..');
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;

describe('package-lock.json', () => {
  it('should have the root entry npm would write for package.json', () => {
    const manifest = read('package.json');
    const lock = read('package-lock.json') as { name: string; version: string; packages: Record<string, unknown> };
    const bin = Object.fromEntries(
      Object.entries(manifest.bin as Record<string, string>).map(([name, file]) => [name, file.replace(/^\.\//, '')]),
    );
    expect([lock.name, lock.version]).toEqual([manifest.name, manifest.version]);
    expect(lock.packages['']).toEqual({
      name: manifest.name,
      version: manifest.version,
      license: manifest.license,
      dependencies: manifest.dependencies,
      devDependencies: manifest.devDependencies,
      bin,
      engines: manifest.engines,
      ...(manifest.peerDependencies
        ? { peerDependencies: manifest.peerDependencies, peerDependenciesMeta: manifest.peerDependenciesMeta }
        : {}),
    });
  });

  it('should lock every dependency at the exact version package.json pins', () => {
    const manifest = read('package.json') as Record<'dependencies' | 'devDependencies', Record<string, string>>;
    const lock = read('package-lock.json') as { packages: Record<string, { version?: string; dev?: boolean }> };
    for (const [name, version] of Object.entries(manifest.dependencies)) {
      expect(lock.packages[`node_modules/${name}`], name).toMatchObject({ version });
      expect(lock.packages[`node_modules/${name}`]!.dev, `${name} is a runtime dependency`).toBeUndefined();
    }
    for (const [name, version] of Object.entries(manifest.devDependencies))
      expect(lock.packages[`node_modules/${name}`], name).toMatchObject({ version });
  });

  it('should pin pdfjs-dist at the version pdf-parse (whose geometry the bundle compiles in) is built on', () => {
    const manifest = read('package.json') as Record<'dependencies' | 'devDependencies', Record<string, string>>;
    const lock = read('package-lock.json') as { packages: Record<string, { dependencies?: Record<string, string> }> };
    expect(manifest.devDependencies['pdf-parse']).toBeDefined();
    expect(manifest.dependencies['pdfjs-dist']).toBe(
      lock.packages['node_modules/pdf-parse']!.dependencies!['pdfjs-dist'],
    );
    // One copy of pdf.js: pdf-parse's is the top-level one, not a nested other version.
    expect(lock.packages['node_modules/pdf-parse/node_modules/pdfjs-dist']).toBeUndefined();
  });
});
