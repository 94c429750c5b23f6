import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchRecord } from '../../src/batch/types.js';
import { run } from '../../src/cli/main.js';
import { root } from './helpers/cli.js';
import { memoryIo } from './helpers/io.js';

// run(argv, io) in this process: one input file converts in-process, without worker threads.
const sample = 'samples/quzhou-safety-2018.txt';

describe('gov-report run(argv, io)', () => {
  it('should convert one report to one NDJSON record on stdout and a summary on stderr, exit 0', async () => {
    const io = memoryIo(root);
    expect(await run(['extract', sample], io)).toBe(0);
    const lines = io.stdout.text.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!) as BatchRecord;
    expect(record.ok && [record.file, record.report.agency, record.report.year]).toEqual([
      sample,
      '衢州市安全生产监督管理局',
      2018,
    ]);
    expect(io.stderr.text).toMatch(/^1 file: [01] ok, [01] with warnings, 0 failed in [\d.]+ s/);
  });

  it('should fail on warnings only with --fail-on warning, and never with --fail-on never', async () => {
    const report = (JSON.parse((await output(['extract', sample])).stdout) as BatchRecord & { ok: true }).report;
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning');
    const strict = memoryIo(root);
    expect(await run(['extract', sample, '--fail-on', 'warning'], strict)).toBe(warnings.length > 0 ? 1 : 0);
    // The diagnostics that fail the file are printed, one per line.
    expect(strict.stderr.text.split('\n').filter((line) => line.startsWith(`${sample}:`))).toHaveLength(
      warnings.length,
    );
    const lenient = memoryIo(root);
    expect(await run(['extract', 'missing.txt', '--fail-on', 'never'], lenient)).toBe(0);
    expect(lenient.stderr.text).toMatch(/^missing\.txt:1:1 error .* FILE_NOT_FOUND$/m);
  });

  it('should report a missing file as its record with FILE_NOT_FOUND and exit 1', async () => {
    const io = memoryIo(root);
    expect(await run(['extract', 'no/such/report.pdf', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.stdout.text)).toEqual([
      {
        file: 'no/such/report.pdf',
        ok: false,
        error: { code: 'FILE_NOT_FOUND', message: expect.stringContaining('no/such/report.pdf') },
      },
    ]);
  });

  it('should exit 2 with a hint for usage errors', async () => {
    const cases: [string[], RegExp][] = [
      [[], /^Usage: gov-report <command>/],
      [['convert'], /unknown command 'convert'/],
      [['extract'], /extract needs at least one file/],
      [['extract', sample, '--bogus'], /Unknown option '--bogus'/],
      [['extract', sample, '--shard', '4/3'], /--shard expects I\/N with 1 ≤ I ≤ N/],
      [['extract', sample, '--jobs', '0'], /--jobs expects an integer ≥ 1, got '0'/],
      [['extract', sample, '--format', 'xml'], /--format expects one of ndjson, json, csv, got 'xml'/],
      [['extract', sample, '--resume'], /--resume needs --out/],
      [['extract', sample, '--out', 'package.json'], /--out package\.json is a file/],
      [['extract', sample, '--out', 'x', '--skip-failed'], /--skip-failed goes with --resume/],
      [['text'], /text takes exactly one file/],
    ];
    for (const [argv, message] of cases) {
      const io = memoryIo(root);
      expect(await run(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr.text, argv.join(' ')).toMatch(message);
      expect(io.stdout.text).toBe('');
    }
  });

  it('should print help for every command on stdout, and the version', async () => {
    for (const command of ['extract', 'validate', 'text', 'schema']) {
      const { code, stdout } = await output([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: gov-report ${command}`));
    }
    expect((await output(['--help'])).stdout).toMatch(/Commands:\n {2}extract/);
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect((await output(['--version'])).stdout).toBe(`${manifest.version}\n`);
  });

  it('should print the normalised text with line numbers and source pages', async () => {
    const { code, stdout } = await output(['text', 'test/fixtures/seed/report.pdf']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ *1 {2}p1 {2}\S/);
    expect(lines.find((line) => line.includes('主动公开政府信息数'))).toMatch(
      /^ *\d+ {2}p\d+ {2}.*主动公开政府信息数.*\| 502 \|/,
    );
    const plain = await output(['text', sample]);
    // Line numbers are right-aligned to the widest (115 lines: three digits).
    expect(plain.stdout.split('\n')[2]).toBe(`  3  ${readFileSync(path.join(root, sample), 'utf8').split('\n')[2]}`);
  });

  it('should print diagnostics as path:line:col severity message CODE with validate', async () => {
    const { code, stdout } = await output(['validate', sample, '--fail-on', 'never']);
    expect(code).toBe(0);
    const report = (JSON.parse((await output(['extract', sample])).stdout) as BatchRecord & { ok: true }).report;
    const shown = report.diagnostics.filter((d) => d.severity !== 'info');
    expect(stdout.split('\n').filter(Boolean)).toEqual(
      shown.map(
        (d) =>
          `${sample}:${d.position?.start.line ?? 1}:${d.position?.start.column ?? 1} ${d.severity} ${d.message} ${d.code}`,
      ),
    );
  });

  it('should print the JSON Schema of the Report', async () => {
    const { code, stdout } = await output(['schema']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout) as {
      title?: string;
      $defs?: { Report?: { properties?: Record<string, unknown> } };
    };
    expect(schema).toEqual(JSON.parse(readFileSync(path.join(root, 'schema.json'), 'utf8')));
    expect(schema.title).toBe('Report');
    expect(Object.keys(schema.$defs?.Report?.properties ?? {})).toContain('indicators');
  });
});

async function output(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = memoryIo(root);
  const code = await run(argv, io);
  return { code, stdout: io.stdout.text, stderr: io.stderr.text };
}
