/**
 * What a run loads: importers per format met (extract.ts), tinyglobby only for directories and patterns
 * (inputs.ts), and the bundled worker for the library's pool (runner.ts). Start-up time and each worker's
 * memory depend on it; a static import slipped back in would pass every other test.
 */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

const seed = path.resolve(import.meta.dirname, '../fixtures/seed');

/** Mocks each module with a pass-through that records its loading. */
function recordLoads(specifiers: Record<string, string>): string[] {
  const loaded: string[] = [];
  for (const [name, specifier] of Object.entries(specifiers)) {
    vi.doMock(specifier, async (importOriginal) => {
      loaded.push(name);
      return importOriginal();
    });
  }
  return loaded;
}

afterEach(() => {
  vi.doUnmock('../../src/importers/pdf.js');
  vi.doUnmock('../../src/importers/docx.js');
  vi.doUnmock('../../src/importers/doc.js');
  vi.doUnmock('../../src/importers/html.js');
  vi.doUnmock('../../src/importers/text.js');
  vi.doUnmock('tinyglobby');
  vi.resetModules();
});

describe('lazy loading', () => {
  it('should load only the importer of the format met', async () => {
    vi.resetModules();
    const loaded = recordLoads({
      pdf: '../../src/importers/pdf.js',
      docx: '../../src/importers/docx.js',
      doc: '../../src/importers/doc.js',
      html: '../../src/importers/html.js',
      text: '../../src/importers/text.js',
    });
    const { extractReport } = await import('../../src/extract.js');
    expect(loaded).toEqual([]);
    const text = await extractReport(path.join(seed, 'report.utf8.txt'));
    expect(text.source.format).toBe('text');
    expect(loaded).toEqual(['text']);
    await extractReport(path.join(seed, 'report.html'));
    expect(loaded).toEqual(['text', 'html']);
  });

  it('should not load tinyglobby for file arguments, and load it for a directory', async () => {
    vi.resetModules();
    const loaded = recordLoads({ tinyglobby: 'tinyglobby' });
    const { expandInputs } = await import('../../src/cli/inputs.js');
    const files = await expandInputs(['report.utf8.txt', 'report.pdf'], seed);
    expect(files.files.map((file) => file.relative)).toEqual(['report.utf8.txt', 'report.pdf']);
    expect(loaded).toEqual([]);
    const found = await expandInputs(['.'], seed);
    expect(found.files.length).toBeGreaterThan(2);
    expect(loaded).toEqual(['tinyglobby']);
  });

  it('should run the library pool on the bundled worker when the build made one, else on worker.js', async () => {
    const { workerFile } = await import('../../src/batch/runner.js');
    const root = mkdtempSync(path.join(os.tmpdir(), 'gov-report-worker-'));
    mkdirSync(path.join(root, 'dist/src/batch'), { recursive: true });
    mkdirSync(path.join(root, 'dist/bundle'), { recursive: true });
    const runner = path.join(root, 'dist/src/batch/runner.js');
    const bundled = path.join(root, 'dist/bundle/worker.js');
    const here = pathToFileURL(runner).href;
    writeFileSync(runner, '');
    expect(workerFile(here)).toBe(pathToFileURL(path.join(root, 'dist/src/batch/worker.js')).href); // no bundle
    writeFileSync(bundled, '');
    utimesSync(runner, new Date(1_000_000), new Date(1_000_000));
    expect(workerFile(here)).toBe(pathToFileURL(bundled).href);
    utimesSync(bundled, new Date(500_000), new Date(500_000)); // a bundle older than the compiled code: stale
    expect(workerFile(here)).toBe(pathToFileURL(path.join(root, 'dist/src/batch/worker.js')).href);
    // Inside the bundle, the worker next to the chunk; from source, the tsx loader.
    expect(workerFile(pathToFileURL(path.join(root, 'dist/bundle/chunk-ABC.js')).href)).toBe(
      pathToFileURL(bundled).href,
    );
    expect(workerFile('file:///x/src/batch/runner.ts')).toBe('file:///x/src/batch/worker-from-source.mjs');
  });
});
