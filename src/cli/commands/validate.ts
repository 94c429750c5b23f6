/** `gov-report validate`: diagnostics only, one line each, `path:line:col severity message CODE`. */
import { availableParallelism } from 'node:os';
import { extractReports } from '../../batch/extract-reports.js';
import { expandInputs } from '../inputs.js';
import { choiceOption, numberOption, parseCommandArgs } from '../args.js';
import { UsageError, write, type CliIo } from '../io.js';
import { Tally, diagnosticLines, fails } from '../reporter.js';

/** `gov-report validate --help`. */
export const validateHelp = `Usage: gov-report validate [options] <files|dirs|globs...>

Converts the inputs and prints their diagnostics to stdout, one per line:
  path:line:col severity message CODE

Options:
  -j, --jobs <n>         worker threads (default: number of cores)
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
  const jobs = values.jobs === undefined ? availableParallelism() : numberOption('jobs', values.jobs, 1, true);
  const timeout = values.timeout === undefined ? 60 : numberOption('timeout', values.timeout, 0, false);
  const failOn = choiceOption('fail-on', values['fail-on'] ?? 'error', ['error', 'warning', 'never'] as const);
  const { files, empty } = await expandInputs(positionals, io.cwd);
  for (const arg of empty) await write(io.stderr, `gov-report: no supported files in ${arg}\n`);
  if (files.length === 0) throw new UsageError('no input files found.');

  const started = Date.now();
  const tally = new Tally();
  let exit = 0;
  const records = extractReports(
    files.map((file) => file.path),
    { concurrency: jobs, timeout: timeout * 1000, threads: files.length > 1 || values.timeout !== undefined },
  );
  for await (const record of records) {
    if (fails(tally.add(record), failOn)) exit = 1;
    const lines = diagnosticLines(record, values.info ? 'info' : 'warning');
    await write(io.stdout, lines.map((line) => `${line}\n`).join(''));
  }
  await write(io.stderr, `${tally.summary((Date.now() - started) / 1000)}\n`);
  return exit;
}
