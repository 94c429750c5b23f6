/** The CLI's rough edges of issue 14, point 8, and the `--jobs` default of point 7. */
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../src/batch/default-jobs.js';
import { run } from '../../src/cli/main.js';
import { Progress } from '../../src/cli/progress.js';
import { root } from './helpers/cli.js';
import { memoryIo, Sink } from './helpers/io.js';

function terminal(columns: number | undefined): Sink & { columns?: number } {
  const sink: Sink & { columns?: number } = new Sink();
  sink.isTTY = true;
  if (columns !== undefined) sink.columns = columns;
  return sink;
}

/** The text of the last bar drawn (after the last `\r\x1b[K`). */
const lastBar = (sink: Sink): string => sink.text.split('\r\x1b[K').at(-1)!;

describe('the progress bar', () => {
  it('should draw the whole line when the terminal reports 0 columns (it cut the last character)', () => {
    const sink = terminal(0);
    new Progress(sink, 10).update(3, 1, true);
    expect(lastBar(sink)).toMatch(/^█+░+ 3\/10 [\d.]+ files\/s ETA \d+s 1 failed$/);
  });

  it('should draw the whole line with no width reported, and cut it one short of a narrow width', () => {
    const wide = terminal(undefined);
    new Progress(wide, 10).update(3, 0, true);
    expect(lastBar(wide)).toMatch(/ 0 failed$/);
    const narrow = terminal(20);
    new Progress(narrow, 10).update(3, 0, true);
    expect(lastBar(narrow)).toHaveLength(19);
  });
});

describe('CLI messages and exit codes', () => {
  it('should name the code of a failed `text` once', async () => {
    const io = memoryIo(root);
    expect(await run(['text', 'missing.pdf'], io)).toBe(1);
    expect(io.stderr.text).toMatch(/^gov-report: No such file: .*missing\.pdf FILE_NOT_FOUND\n$/);
    expect(io.stderr.text.match(/FILE_NOT_FOUND/g)).toHaveLength(1);
  });

  it('should treat an empty folder as nothing to do (exit 0, said on stderr), not as a usage error', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-empty-'));
    mkdirSync(path.join(dir, 'nothing-here'));
    const io = memoryIo(dir);
    expect(await run(['extract', 'nothing-here', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.stdout.text)).toEqual([]);
    expect(io.stderr.text).toMatch(/^gov-report: no supported files in nothing-here\n0 files: 0 ok, .* in [\d.]+ s\n$/);
    const glob = memoryIo(root);
    expect(await run(['extract', 'test/fixtures/seed/*.xlsx'], glob)).toBe(0);
    expect(glob.stderr.text).toMatch(/^gov-report: no supported files in test\/fixtures\/seed\/\*\.xlsx\n0 files:/);
    const validate = memoryIo(dir);
    expect(await run(['validate', 'nothing-here'], validate)).toBe(0);
    expect(validate.stderr.text).toMatch(/no supported files in nothing-here\n0 files:/);
  });

  it('should explain a negative --timeout, --jobs or --max-memory instead of calling it ambiguous', async () => {
    const cases: [string[], string][] = [
      [['--timeout', '-1'], "--timeout expects a number ≥ 0 (seconds; 0 = no limit), got '-1'."],
      [['-j', '-2'], "--jobs expects an integer ≥ 1, got '-2'."],
      [['--max-memory', '-.5'], "--max-memory expects an integer ≥ 16 (MB per worker), got '-.5'."],
    ];
    for (const [options, message] of cases) {
      const io = memoryIo(root);
      expect(await run(['extract', 'samples/quzhou-safety-2018.txt', ...options], io)).toBe(2);
      expect(io.stderr.text).toBe(`gov-report: ${message}\nSee 'gov-report extract --help'.\n`);
    }
    const validate = memoryIo(root);
    expect(await run(['validate', 'samples', '--timeout', '-3'], validate)).toBe(2);
    expect(validate.stderr.text).toContain("--timeout expects a number ≥ 0 (seconds; 0 = no limit), got '-3'.");
  });

  it('should still read a file named like a negative number after --', async () => {
    const io = memoryIo(root);
    expect(await run(['extract', '--format', 'json', '--', '-1'], io)).toBe(1);
    expect(JSON.parse(io.stdout.text)).toEqual([
      { file: '-1', ok: false, error: { code: 'FILE_NOT_FOUND', message: expect.any(String) } },
    ]);
  });
});

describe('--jobs default', () => {
  it('should leave a core to the main thread and start no more workers than the batch can use', () => {
    expect(defaultJobs(200, 2)).toBe(1); // two workers on two cores ran at 0.88× one (README, Performance)
    expect(defaultJobs(200, 1)).toBe(1);
    expect(defaultJobs(200, 8)).toBe(7);
    expect(defaultJobs(10, 8)).toBe(1);
    expect(defaultJobs(40, 16)).toBe(3);
    expect(defaultJobs(0, 8)).toBe(1);
    expect(defaultJobs(Number.POSITIVE_INFINITY, 4)).toBe(3);
  });
});
