/**
 * Every stable code is exercised: each diagnostic and error code in src/codes.ts
 * is asserted by name in some test file or golden Report (a code nobody
 * produces in a test is a code nobody knows works).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticCodes, errorCodes } from '../src/index.js';

const testDir = new URL('.', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'fixtures' || name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|json)$/.test(name) && path !== join(testDir, 'codes.test.ts') ? [path] : [];
  });
}

const corpus = files(testDir)
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

describe('codes', () => {
  it.each(Object.keys(diagnosticCodes))('should have a test or golden file naming the diagnostic code %s', (code) => {
    expect(corpus.includes(`'${code}'`) || corpus.includes(`"${code}"`)).toBe(true);
  });

  it.each(Object.keys(errorCodes))('should have a test naming the error code %s', (code) => {
    expect(corpus.includes(`'${code}'`) || corpus.includes(`"${code}"`)).toBe(true);
  });
});
