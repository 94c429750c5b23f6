/**
 * The CLI: `run(argv, io)` dispatches to a command and returns the exit code
 * (0 all converted, 1 some files failed, 2 usage error). It never calls `process.exit`.
 */
import { describe } from '../batch/describe-error.js';
import { isReportError } from '../errors.js';
import { Interrupted, UsageError, write, type CliIo } from './io.js';
import { packageVersion } from './package-root.js';

/** `gov-report --help`. */
export const mainHelp = `Usage: gov-report <command> [options]

Turns Chinese government information-disclosure annual reports (政府信息公开工作年度报告)
into typed Report records.

Commands:
  extract <files|dirs|globs...>   convert files to NDJSON, JSON or CSV (stdout or --out DIR)
  validate <files|dirs|globs...>  print diagnostics only: path:line:col severity message CODE
  text <file>                     print the normalised report text with line numbers
  schema                          print the JSON Schema of the Report

Options:
  -h, --help     show help (also: gov-report <command> --help)
  -v, --version  show the version

Example:
  gov-report extract samples --out out
`;

/** Command name → module loader (loaded on use, to keep start-up small). */
const commands: Record<string, () => Promise<(args: string[], io: CliIo) => Promise<number>>> = {
  extract: async () => (await import('./commands/extract.js')).extractCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  text: async () => (await import('./commands/text.js')).textCommand,
  schema: async () => (await import('./commands/schema.js')).schemaCommand,
};

/**
 * Runs the CLI.
 * @param argv Arguments after the program name (`process.argv.slice(2)`).
 * @param io Streams and working directory.
 * @returns The exit code: 0, 1 (some files failed, or an I/O error), 2 (usage error), 130/143 (interrupted).
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      await write(name === undefined ? io.stderr : io.stdout, mainHelp);
      return name === undefined ? 2 : 0;
    }
    if (name === '-v' || name === '--version') {
      await write(io.stdout, `${packageVersion()}\n`);
      return 0;
    }
    const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!load) throw new UsageError(`unknown command '${name}'.`);
    return await (
      await load()
    )(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const hint = name && Object.hasOwn(commands, name) ? `gov-report ${name} --help` : 'gov-report --help';
      await write(io.stderr, `gov-report: ${error.message}\nSee '${hint}'.\n`);
      return 2;
    }
    if (error instanceof Interrupted) {
      await write(io.stderr, `gov-report: ${error.message}\n`);
      return error.exitCode;
    }
    // A ReportError's message, then its code once (describe() would add the code in brackets too).
    const text = isReportError(error) ? `${oneLine(error.message)} ${error.code}` : describe(error);
    await write(io.stderr, `gov-report: ${text}\n`);
    return 1;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
