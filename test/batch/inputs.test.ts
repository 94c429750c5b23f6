import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { expandInputs } from '../../src/cli/inputs.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-inputs-'));
  for (const file of [
    'b.txt',
    'a.PDF',
    'sub/c.docx',
    'sub/deep/d.html',
    'sub/notes.md',
    '.hidden/e.txt',
    'sub/.f.txt',
    'img.png',
  ]) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'x');
  }
});

describe('expandInputs', () => {
  it('should walk a directory recursively for supported files, sorted, skipping hidden entries', async () => {
    const found = await expandInputs([path.basename(dir)], path.dirname(dir));
    expect(found.files.map((f) => f.relative)).toEqual(['a.PDF', 'b.txt', 'sub/c.docx', 'sub/deep/d.html']);
    expect(found.files[2]!.path).toBe(path.join(path.basename(dir), 'sub/c.docx'));
  });

  it('should take explicit files as they are, even with an unsupported extension or missing', async () => {
    const { files } = await expandInputs(['img.png', 'missing.txt'], dir);
    expect(files).toEqual([
      { path: 'img.png', relative: 'img.png' },
      { path: 'missing.txt', relative: 'missing.txt' },
    ]);
  });

  it('should expand globs relative to their static base and report globs that match nothing', async () => {
    const { files, empty } = await expandInputs(['sub/**/*.{docx,html}', 'nothing/*.pdf'], dir);
    expect(files).toEqual([
      { path: path.join('sub', 'c.docx'), relative: 'c.docx' },
      { path: path.join('sub', 'deep/d.html'), relative: 'deep/d.html' },
    ]);
    expect(empty).toEqual(['nothing/*.pdf']);
  });

  it('should name each file found as path.join(argument, relative path), however the argument is spelled', async () => {
    const name = path.basename(dir);
    for (const arg of [name, `${name}/`, `./${name}//`, `${name}/sub/..`, dir, `${dir}/sub/../`]) {
      const { files } = await expandInputs([arg], path.dirname(dir));
      expect(files.map((f) => f.path)).toEqual(files.map((f) => path.join(arg, f.relative)));
      expect(files).toHaveLength(4);
    }
    const here = await expandInputs(['.'], path.join(dir, 'sub'));
    expect(here.files.map((f) => f.path)).toEqual(['c.docx', 'deep/d.html']);
    // A glob that climbs back: its matches are joined as path.join does.
    const climbing = await expandInputs(['sub/deep/../*.docx', 'sub/*/../*.docx'], dir);
    for (const file of climbing.files) expect(file.path).toBe(path.normalize(file.path));
  });

  it('should keep no resolved path per file for one argument (nothing to compare it with)', async () => {
    const resolve = vi.spyOn(path, 'resolve');
    try {
      const { files } = await expandInputs([path.basename(dir)], path.dirname(dir));
      expect(files).toHaveLength(4);
      expect(resolve.mock.calls.length).toBeLessThan(files.length);
    } finally {
      resolve.mockRestore();
    }
  });

  it('should list a file found twice only once', async () => {
    const { files } = await expandInputs(['b.txt', '.', './b.txt'], dir);
    expect(files.filter((f) => path.resolve(dir, f.path) === path.join(dir, 'b.txt'))).toHaveLength(1);
    expect(files).toHaveLength(4);
  });
});
