/**
 * What the README says about the package and the CLI, checked against what they do (issue 14, point 5). The
 * examples themselves run in test/package-install.test.ts (ES module with the JSON import, CommonJS, the bin).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHelp } from '../src/cli/commands/extract.js';
import { run } from '../src/cli/main.js';
import { memoryIo } from './cli/helpers/io.js';

const root = path.join(import.meta.dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
};

/** The README's text between two headings (`## Library` … the next `## `). */
function section(heading: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf(`\n${heading.split(' ')[0]} `, start + heading.length + 2);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('README', () => {
  it('should have no empty generated block', () => {
    for (const match of readme.matchAll(/<!-- ([\w-]+):start -->([\s\S]*?)<!-- \1:end -->/g)) {
      expect(match[2]!.trim(), match[1]).not.toBe('');
    }
  });

  it('should claim the Node versions package.json engines allows', () => {
    expect(manifest.engines.node).toBe('>=20.19 <21 || >=22.12');
    expect(section('## Quick start')).toContain('Node.js 20.19 or later (22.12 or later on Node 22)');
    expect(section('### CommonJS')).toContain('Node 20.19 and later (22.12 and later on\nNode 22)');
  });

  it('should import schema.json with the JSON import attribute Node requires', () => {
    const imports = readme.split('\n').filter((line) => line.includes("from 'gov-report-extract/schema.json'"));
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line).toContain("with { type: 'json' }");
  });

  it('should list every extractReports option, with the timeout in milliseconds', () => {
    const types = readFileSync(path.join(root, 'src/batch/types.ts'), 'utf8');
    const body = types.slice(types.indexOf('export interface ExtractReportsOptions'));
    const options = [...body.slice(0, body.indexOf('\n}')).matchAll(/^ {2}(\w+)\?:/gm)].map((m) => m[1]!);
    expect(options.sort()).toEqual(['concurrency', 'maxMemory', 'order', 'signal', 'threads', 'timeout']);
    const table = section('### `extractReports` options');
    for (const option of options) expect(table, option).toMatch(new RegExp(`^\\| \`${option}\` \\|`, 'm'));
    expect(table).toMatch(/^\| `timeout` \| `60_000` \| per-file limit in \*\*milliseconds\*\*/m);
  });

  it('should describe CommonJS use', () => {
    expect(section('### CommonJS')).toContain("require('gov-report-extract')");
  });

  it('should list every option of gov-report extract', () => {
    const options = [...extractHelp.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!);
    expect(options).toContain('--skip-failed');
    const cli = section('## CLI');
    for (const option of options.filter((o) => o !== '--help'))
      expect(cli, option).toMatch(new RegExp(`^\\| \`(-\\w, )?${option}[ \`]`, 'm'));
  });

  it('should say what an --out file holds: one record, an object', async () => {
    expect(section('## CLI')).toContain("each holds that input's one record (an object, not an array");
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-readme-'));
    const io = memoryIo(root);
    await run(['extract', 'samples/quzhou-safety-2018.txt', 'missing.txt', '--out', dir, '--jobs', '1'], io);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['missing.txt.json', 'quzhou-safety-2018.txt.json']);
    for (const file of files) {
      const content = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
      expect(Array.isArray(content), file).toBe(false);
      expect(content).toMatchObject({ file: expect.any(String), ok: expect.any(Boolean) });
    }
  });

  it('should document every CSV column', () => {
    const csv = section('### CSV: one row per table value');
    const header = readFileSync(path.join(root, 'src/cli/output/value-rows.ts'), 'utf8');
    const fields = [...header.slice(header.indexOf('valueRowFields = [')).matchAll(/^ {2}'(\w+)',$/gm)].map(
      (m) => m[1]!,
    );
    expect(fields.length).toBe(17);
    for (const field of fields) expect(csv, field).toContain(`\`${field}\``);
  });
});
