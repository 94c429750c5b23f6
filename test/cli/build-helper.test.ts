/** The test helper that builds the executable fails loudly on a failed build (issue 14, point 9). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from './helpers/cli.js';

function fakePackage(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-build-'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ bin: { 'gov-report': 'dist/bin.js' } }));
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src/a.ts'), 'export const a: number = 1;\n');
  return dir;
}

const node = (code: string): string[] => [process.execPath, '-e', code];

describe('ensureBuilt', () => {
  it('should throw with the build output when the build fails', () => {
    const dir = fakePackage();
    expect(() =>
      ensureBuilt({ root: dir, command: node("console.error('src/a.ts(1,14): error TS2322'); process.exit(2)") }),
    ).toThrow(/The build failed \(exit 2\).*\n.*error TS2322/);
  });

  it('should throw when the build succeeds but leaves no executable', () => {
    expect(() => ensureBuilt({ root: fakePackage(), command: node('') })).toThrow(
      /left no executable at .*dist\/bin\.js/,
    );
  });

  it('should build when the sources are newer, and not again once built', () => {
    const dir = fakePackage();
    const make = node("require('fs').mkdirSync('dist'); require('fs').writeFileSync('dist/bin.js', '')");
    expect(() => ensureBuilt({ root: dir, command: make })).not.toThrow();
    expect(() => ensureBuilt({ root: dir, command: node('process.exit(3)') })).not.toThrow(); // up to date
  });
});
