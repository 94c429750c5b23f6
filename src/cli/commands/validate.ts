/** `gov-report validate`: diagnostics only, one line each, `path:line:col severity message CODE`. */
import path from 'node:path';
import { extractReports } from '../../batch/extract-reports.js';
import { expandInputs } from '../inputs.js';
import { choiceOption, numberOption, parseCommandArgs } from '../args.js';
import { Interrupted, UsageError, write, type CliIo } from '../io.js';
import { defaultJobs } from '../../batch/default-jobs.js';
import { Tally, diagnosticLines, fails } from '../reporter.js';

/** `gov-report validate --help`. */
export const validateHelp = `Usage: gov-report validate [options] <files|dirs|globs...>

Converts the inputs and prints their diagnostics to stdout, one per line:
  path:line:col severity message CODE

Options:
  -j, --jobs <n>         worker threads (default: one per core but one, at most one per 16 files)
      --timeout <sec>    per-file time limit (default 60, 0 = none)
      --info             also print info diagnostics (default: errors and warnings)
      --fail-on <level>  error (default), warning or never: which files make the exit code 1
  -h, --help             show this help
`;

/**
 * @param args Arguments after `validate`.
 * @param io Streams and working directory.
 * @returns The exit code.
 */
export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    jobs: { type: 'string', short: 'j' },
    timeout: { type: 'string' },
    info: { type: 'boolean' },
    'fail-on': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    await write(io.stdout, validateHelp);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('validate needs at least one file, directory or glob.');
  const jobs = values.jobs === undefined ? null : numberOption('jobs', values.jobs, 1, true);
  const timeout =
    values.timeout === undefined ? 60 : numberOption('timeout', values.timeout, 0, false, ' (seconds; 0 = no limit)');
  const failOn = choiceOption('fail-on', values['fail-on'] ?? 'error', ['error', 'warning', 'never'] as const);
  const { files, empty } = await expandInputs(positionals, io.cwd);
  for (const arg of empty) await write(io.stderr, `gov-report: no supported files in ${arg}\n`);

  const started = Date.now();
  const tally = new Tally();
  let exit = 0;
  const shown = new Map(files.map((file) => [path.resolve(io.cwd, file.path), file.path]));
  const threads = files.length > 1 || values.timeout !== undefined;
  const signal = threads ? io.interrupts?.() : undefined; // see io.ts, `interrupts`
  const records = extractReports(shown.keys(), {
    concurrency: jobs ?? defaultJobs(files.length),
    timeout: timeout * 1000,
    threads,
    ...(signal ? { signal } : {}),
  });
  let interrupted: Interrupted | null = null;
  try {
    for await (const found of records) {
      const record = { ...found, file: shown.get(found.file) ?? found.file };
      if (fails(tally.add(record), failOn)) exit = 1;
      const lines = diagnosticLines(record, values.info ? 'info' : 'warning');
      await write(io.stdout, lines.map((line) => `${line}\n`).join(''));
    }
  } catch (error) {
    if (!(signal?.aborted && error === signal.reason && error instanceof Interrupted)) throw error;
    interrupted = error;
  }
  await write(io.stderr, `${tally.summary((Date.now() - started) / 1000)}\n`);
  if (interrupted) {
    await write(
      io.stderr,
      `gov-report: ${interrupted.message}: ${files.length - tally.files} of ${files.length} files not checked.\n`,
    );
    return interrupted.exitCode;
  }
  return exit;
}
