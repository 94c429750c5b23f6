/** `gov-report extract`: converts files, directories and globs to JSON, NDJSON or CSV. */
import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { extractReports } from '../../batch/extract-reports.js';
import { expandInputs, type InputFile } from '../inputs.js';
import { inShard, parseShard, type Shard } from '../shard.js';
import { sweepTemps, writeFileAtomic } from '../output/atomic-write.js';
import { createStreamFormatter, formatFile, outputFormats, type OutputFormat } from '../output/formats.js';
import { describe } from '../../batch/describe-error.js';
import { isReportError } from '../../errors.js';
import { choiceOption, numberOption, parseCommandArgs } from '../args.js';
import { UsageError, write, type CliIo } from '../io.js';
import { Progress } from '../progress.js';
import { Tally, diagnosticLines, fails, type FailOn } from '../reporter.js';
import { DatabaseOutput } from '../output/database.js';

/** `gov-report extract --help`. */
export const extractHelp = `Usage: gov-report extract [options] <files|dirs|globs...>

Converts every supported file (.txt .pdf .docx .doc .html .htm) under the inputs, recursively.
One record per input: {file, ok: true, report} or {file, ok: false, error: {code, message}}.

Options:
  -f, --format <ndjson|json|csv>  output format (default: ndjson on stdout, json with --out); csv has
                                  one row per table value, joinable across reports on key (the form's
                                  row × column, e.g. apply.new.naturalPerson): file, agency, year,
                                  template, key, rowKey, columnKey, label, header, unit, value, table,
                                  row, column, line, page, indicator
  -o, --out <dir>                 one output file per input (<dir>/<relative path>.<format>),
                                  mirroring the input tree; default: everything to stdout
  -j, --jobs <n>                  worker threads (default: number of cores)
      --timeout <sec>             per-file time limit; the file's worker is stopped (default 60, 0 = none)
      --max-memory <mb>           heap limit per worker (default 1024)
      --db <url>                  load every record into a database: sqlite:FILE or FILE.db (SQLite),
                                  postgres://user:pass@host/db (PostgreSQL); stdout stays empty
                                  unless --format is given
      --resume                    skip inputs whose output file exists (--out), or loaded into --db
                                  with the same content by this version
      --shard <i/n>               convert only shard i of n (1-based, by hash of the relative path)
      --fail-on <level>           error (default), warning or never: which files make the exit code 1
  -h, --help                      show this help

Exit codes: 0 all converted, 1 some files failed (per --fail-on), 2 usage error.
Errors and the summary go to stderr, with a progress bar when stderr is a terminal.
`;

/** Resolved options of one extract run. */
interface ExtractSettings {
  format: OutputFormat;
  out: string | null;
  jobs: number;
  timeout: number;
  timeoutGiven: boolean;
  maxMemory: number;
  resume: boolean;
  db: string | null;
  shard: Shard | null;
  failOn: FailOn;
}

/**
 * @param args Arguments after `extract`.
 * @param io Streams and working directory.
 * @returns The exit code.
 */
export async function extractCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    jobs: { type: 'string', short: 'j' },
    timeout: { type: 'string' },
    'max-memory': { type: 'string' },
    resume: { type: 'boolean' },
    db: { type: 'string' },
    shard: { type: 'string' },
    'fail-on': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    await write(io.stdout, extractHelp);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('extract needs at least one file, directory or glob.');
  const settings: ExtractSettings = {
    format: choiceOption('format', values.format ?? (values.out === undefined ? 'ndjson' : 'json'), outputFormats),
    out: values.out === undefined ? null : path.resolve(io.cwd, values.out),
    jobs: values.jobs === undefined ? availableParallelism() : numberOption('jobs', values.jobs, 1, true),
    timeout: values.timeout === undefined ? 60 : numberOption('timeout', values.timeout, 0, false),
    timeoutGiven: values.timeout !== undefined,
    maxMemory: values['max-memory'] === undefined ? 1024 : numberOption('max-memory', values['max-memory'], 16, true),
    resume: values.resume ?? false,
    db: values.db ?? null,
    shard: values.shard === undefined ? null : shardOption(values.shard),
    failOn: choiceOption('fail-on', values['fail-on'] ?? 'error', ['error', 'warning', 'never'] as const),
  };
  if (settings.resume && !settings.out && !settings.db)
    throw new UsageError('--resume needs --out or --db (it skips inputs already written).');
  if (settings.resume && settings.out && settings.db)
    throw new UsageError('--resume takes --out or --db, not both: resume each in its own run.');
  if (settings.out && (await stat(settings.out).catch(() => null))?.isFile())
    throw new UsageError(`--out ${values.out} is a file, not a directory.`);

  // The database first: a wrong address or password fails before any input is read.
  const db = settings.db ? await DatabaseOutput.open(settings.db, io.cwd) : null;
  try {
    const { files: found, empty } = await expandInputs(positionals, io.cwd);
    for (const arg of empty) await write(io.stderr, `gov-report: no supported files in ${arg}\n`);
    if (found.length === 0) throw new UsageError('no input files found.');
    const files = settings.shard ? found.filter((file) => inShard(file.relative, settings.shard!)) : found;
    return await convert(files, settings, io, db, values.format !== undefined);
  } finally {
    await db?.close().catch(() => {}); // after a successful run, convert has closed it already
  }
}

function shardOption(text: string): Shard {
  try {
    return parseShard(text);
  } catch (error) {
    throw new UsageError(isReportError(error) ? error.message : String(error));
  }
}

async function convert(
  files: InputFile[],
  settings: ExtractSettings,
  io: CliIo,
  db: DatabaseOutput | null,
  formatGiven: boolean,
): Promise<number> {
  const started = Date.now();
  const targets = new Map<string, string>(); // input path → output path
  let todo = files;
  let skipped = 0;
  if (settings.out) {
    const owners = new Map<string, string>();
    for (const file of files) {
      const target = path.join(settings.out, `${file.relative}.${settings.format}`);
      // No input name may place its output outside --out (`..` segments, absolute names).
      const inside = path.relative(path.resolve(io.cwd, settings.out), path.resolve(io.cwd, target));
      if (inside.startsWith('..') || path.isAbsolute(inside)) {
        throw new UsageError(`${file.path} would be written outside ${settings.out} (${target}); refusing.`);
      }
      const other = owners.get(target);
      if (other)
        throw new UsageError(
          `${other} and ${file.path} would both be written to ${path.relative(io.cwd, target)}; convert them in separate runs.`,
        );
      owners.set(target, file.path);
      targets.set(file.path, target);
    }
    await sweepTemps(targets.values());
    if (settings.resume) {
      const exists = await Promise.all(
        todo.map(async (file) => (await stat(targets.get(file.path)!).catch(() => null))?.isFile() ?? false),
      );
      todo = todo.filter((_, i) => !exists[i]);
      skipped = files.length - todo.length;
    }
  }
  if (settings.resume && db) {
    todo = await db.pending(todo);
    skipped = files.length - todo.length;
  }

  const tally = new Tally();
  const progress = io.stderr.isTTY && todo.length > 1 ? new Progress(io.stderr, todo.length) : null;
  const formatter = settings.out || (db && !formatGiven) ? null : createStreamFormatter(settings.format);
  const least = settings.failOn === 'warning' ? 'warning' : 'error';
  let exit = 0;
  let dbError: unknown = null;
  const records = extractReports(
    todo.map((file) => file.path),
    {
      concurrency: settings.jobs,
      timeout: settings.timeout * 1000,
      maxMemory: settings.maxMemory,
      order: formatter ? 'input' : 'completion',
      // One file: skip the worker start-up unless a timeout was asked for (only a worker can stop a hang).
      threads: todo.length > 1 || settings.timeoutGiven,
    },
  );
  for await (const record of records) {
    const outcome = tally.add(record);
    const failed = fails(outcome, settings.failOn);
    if (failed) exit = 1;
    if (formatter) {
      await write(io.stdout, formatter.record(record));
    } else if (settings.out) {
      try {
        await writeFileAtomic(
          targets.get(record.file)!,
          formatFile(record, settings.format),
          settings.out ?? undefined,
        );
      } catch (error) {
        exit = 1;
        tally.writeFailed(outcome);
        progress?.clear();
        await write(
          io.stderr,
          `${record.file}:1:1 error Cannot write ${targets.get(record.file)}: ${describe(error)} BATCH_WRITE_FAILED\n`,
        );
      }
    }
    if (db) {
      try {
        await db.write(record);
      } catch (error) {
        dbError = error; // the transaction was rolled back; the batch stops here
        break;
      }
    }
    if (failed || !record.ok) {
      progress?.clear();
      await write(
        io.stderr,
        diagnosticLines(record, least)
          .map((line) => `${line}\n`)
          .join(''),
      );
    }
    progress?.update(tally.files, tally.failed);
  }
  if (db && !dbError) await db.close().catch((error: unknown) => (dbError = error));
  if (formatter) await write(io.stdout, formatter.end());
  progress?.clear();
  if (dbError) {
    exit = 1;
    const text = isReportError(dbError) ? `${dbError.message} ${dbError.code}` : describe(dbError);
    await write(
      io.stderr,
      `gov-report: ${text}\ngov-report: stopped; run again to load the rest (reloading replaces, never duplicates).\n`,
    );
  }
  await write(io.stderr, `${tally.summary((Date.now() - started) / 1000, skipped)}\n`);
  if (db) await write(io.stderr, `${db.summary()}\n`);
  return exit;
}
