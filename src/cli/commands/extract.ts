/** `gov-report extract`: converts files, directories and globs to JSON, NDJSON or CSV. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ConvertResult } from '../../batch/convert-file.js';
import { runTasks } from '../../batch/run-tasks.js';
import { youngGenerationFor } from '../../batch/worker-heap.js';
import { SpentBytes } from '../../batch/spent-bytes.js';
import { expandInputs, type InputFile } from '../inputs.js';
import { inShard, parseShard, type Shard } from '../shard.js';
import { OutputFolders, sweepTemps, workersWriteFiles } from '../output/output-folder.js';
import { outputFormats, StreamFraming, type OutputFormat } from '../output/formats.js';
import { renderRecord, writeOutFile, type RenderSpec } from '../output/render-record.js';
import type { BatchRecord } from '../../batch/types.js';
import { describe } from '../../batch/describe-error.js';
import { isReportError } from '../../errors.js';
import { choiceOption, numberOption, parseCommandArgs } from '../args.js';
import { Interrupted, UsageError, write, type CliIo } from '../io.js';
import { defaultJobs } from '../../batch/default-jobs.js';
import { Progress } from '../progress.js';
import { Tally, fails, type FailOn, type Skipped } from '../reporter.js';
import { previousOutput } from '../resume.js';
import type { DatabaseOutput } from '../output/database.js';

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
      --pretty                    indent JSON (--format json) by two spaces, for people; default
                                  compact: one line per record, same content
  -j, --jobs <n>                  worker threads (default: one per core but one, and at most
                                  one per 16 files)
      --timeout <sec>             per-file time limit; the file's worker is stopped (default 60, 0 = none)
      --max-memory <mb>           heap limit per worker (default 1024)
      --db <url>                  load every record into a database: sqlite:FILE or FILE.db (SQLite),
                                  postgres://user:pass@host/db (PostgreSQL); stdout stays empty
                                  unless --format is given
      --resume                    with --out: skip inputs already converted; failed ones are tried again
                                  (with --db: inputs loaded with the same content by this version)
      --skip-failed               with --resume: skip inputs whose earlier run failed too (they still
                                  count as failed in the summary and the exit code)
      --shard <i/n>               convert only shard i of n (1-based, by hash of the relative path)
      --fail-on <level>           error (default), warning or never: which files make the exit code 1
  -h, --help                      show this help

Exit codes: 0 all converted, 1 some files failed (per --fail-on), 2 usage error, 130 interrupted
(Ctrl-C: the files finished so far are written and summarised; no partial file is left).
Errors and the summary go to stderr, with a progress bar when stderr is a terminal.
`;

/** Resolved options of one extract run. */
interface ExtractSettings {
  format: OutputFormat;
  /** Indented JSON (format json only). */
  pretty: boolean;
  out: string | null;
  /** null: `defaultJobs` for the batch's size. */
  jobs: number | null;
  timeout: number;
  timeoutGiven: boolean;
  maxMemory: number;
  resume: boolean;
  skipFailed: boolean;
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
    pretty: { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
    timeout: { type: 'string' },
    'max-memory': { type: 'string' },
    resume: { type: 'boolean' },
    db: { type: 'string' },
    'skip-failed': { type: 'boolean' },
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
    pretty: values.pretty ?? false,
    out: values.out === undefined ? null : path.resolve(io.cwd, values.out),
    jobs: values.jobs === undefined ? null : numberOption('jobs', values.jobs, 1, true),
    timeout:
      values.timeout === undefined ? 60 : numberOption('timeout', values.timeout, 0, false, ' (seconds; 0 = no limit)'),
    timeoutGiven: values.timeout !== undefined,
    maxMemory:
      values['max-memory'] === undefined
        ? 1024
        : numberOption('max-memory', values['max-memory'], 16, true, ' (MB per worker)'),
    resume: values.resume ?? false,
    skipFailed: values['skip-failed'] ?? false,
    db: values.db ?? null,
    shard: values.shard === undefined ? null : shardOption(values.shard),
    failOn: choiceOption('fail-on', values['fail-on'] ?? 'error', ['error', 'warning', 'never'] as const),
  };
  if (settings.resume && !settings.out && !settings.db)
    throw new UsageError('--resume needs --out or --db (it skips inputs already converted there).');
  if (settings.resume && settings.out && settings.db)
    throw new UsageError('--resume takes --out or --db, not both: resume each in its own run.');
  if (settings.pretty && settings.format !== 'json')
    throw new UsageError(`--pretty indents JSON: it goes with --format json, not ${settings.format}.`);
  if (settings.skipFailed && !settings.resume) throw new UsageError('--skip-failed goes with --resume.');
  if (settings.out && (await stat(settings.out).catch(() => null))?.isFile())
    throw new UsageError(`--out ${values.out} is a file, not a directory.`);

  // The database first: a wrong address or password fails before any input is read.
  // Its code (and node:crypto) is loaded for --db only.
  const db = settings.db
    ? await (await import('../output/database.js')).DatabaseOutput.open(settings.db, io.cwd)
    : null;
  try {
    const { files: found, empty } = await expandInputs(positionals, io.cwd);
    // An empty folder or a glob that matches nothing is no misuse: it is said, and the run converts nothing.
    for (const arg of empty) await write(io.stderr, `gov-report: no supported files in ${arg}\n`);
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

/**
 * Output paths under `--out`, one per input, each inside the folder and owned by one input.
 * @returns Input path → output path.
 * @throws UsageError when an output would leave the folder or two inputs would share one.
 */
function outputTargets(files: InputFile[], out: string, format: OutputFormat, cwd: string): Map<string, string> {
  const targets = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const file of files) {
    const target = path.join(out, `${file.relative}.${format}`);
    // No input name may place its output outside --out (`..` segments, absolute names).
    const inside = path.relative(path.resolve(cwd, out), path.resolve(cwd, target));
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      throw new UsageError(`${file.path} would be written outside ${out} (${target}); refusing.`);
    }
    const other = owners.get(target);
    if (other)
      throw new UsageError(
        `${other} and ${file.path} would both be written to ${path.relative(cwd, target)}; convert them in separate runs.`,
      );
    owners.set(target, file.path);
    targets.set(file.path, target);
  }
  return targets;
}

/**
 * `--resume`: the inputs still to convert, and what was skipped.
 * @returns The inputs whose output is missing, unrecognised or (without `--skip-failed`) a failure.
 */
async function resumable(
  files: InputFile[],
  targets: Map<string, string>,
  settings: ExtractSettings,
): Promise<{ todo: InputFile[]; skipped: Skipped }> {
  const previous = await Promise.all(files.map((file) => previousOutput(targets.get(file.path)!, settings.format)));
  const failedBefore = new Map<string, number>();
  const skipped: Skipped = { ok: 0, failed: 0, codes: failedBefore };
  const todo = files.filter((_, i) => {
    const before = previous[i]!;
    if (before.state === 'ok') {
      skipped.ok++;
      return false;
    }
    if (before.state === 'failed' && settings.skipFailed) {
      skipped.failed++;
      const code = before.code ?? 'code not recorded';
      failedBefore.set(code, (failedBefore.get(code) ?? 0) + 1);
      return false;
    }
    return true;
  });
  return { todo, skipped };
}

async function convert(
  files: InputFile[],
  settings: ExtractSettings,
  io: CliIo,
  db: DatabaseOutput | null,
  formatGiven: boolean,
): Promise<number> {
  const started = Date.now();
  const targets = settings.out
    ? outputTargets(files, settings.out, settings.format, io.cwd)
    : new Map<string, string>();
  let todo = files;
  let skipped: Skipped = { ok: 0, failed: 0 };
  let exit = 0;
  if (settings.out) {
    await sweepTemps(targets.values());
    if (settings.resume) {
      const resumed = await resumable(files, targets, settings);
      ({ todo, skipped } = resumed);
      // Failures skipped with --skip-failed are still failures: the exit code says so.
      if (skipped.failed > 0 && settings.failOn !== 'never') exit = 1;
    }
  }

  const tally = new Tally();
  const progress = io.stderr.isTTY && todo.length > 1 ? new Progress(io.stderr, todo.length) : null;
  if (settings.resume && db) {
    ({ todo, skipped } = await db.pending(files, settings.skipFailed));
    if (skipped.failed > 0 && settings.failOn !== 'never') exit = 1;
  }
  // stdout carries the records unless they go to --out, or to --db with no --format asked for.
  const framing = settings.out || (db && !formatGiven) ? null : new StreamFraming(settings.format);
  let written = 0;
  let interrupted: Interrupted | null = null;
  let dbError: unknown = null;
  // One file: skip the worker start-up unless a timeout was asked for (only a worker can stop a hang).
  const threads = todo.length > 1 || settings.timeoutGiven;
  // Ctrl-C is caught only while the main thread is free to notice it (io.ts, `interrupts`).
  const signal = threads ? io.interrupts?.() : undefined;
  // Each record is rendered where it is converted (a worker): its stdout bytes, its --out file, its stderr lines.
  // The main thread renders only the records the pool makes itself (a timeout, a crash), with its own folders.
  // With few workers it writes the --out files too, beside their parsing (`workersWriteFiles`).
  const concurrency = settings.jobs ?? defaultJobs(todo.length);
  const rendererWrites = !threads || workersWriteFiles(concurrency);
  const folders = new OutputFolders();
  const spec = (file: InputFile): RenderSpec => ({
    file: file.path,
    format: settings.format,
    pretty: settings.pretty,
    failOn: settings.failOn,
    stream: framing !== null,
    out: settings.out ? { target: targets.get(file.path)!, root: settings.out, here: rendererWrites } : null,
    record: db !== null,
  });
  // What an interruption leaves to sweep: with --out only (a set of every input, kept for the whole run).
  const unfinished = settings.out ? new Set(todo) : null;
  // The stdout bytes of each record, once written, go back to the workers to be freed (spent-bytes.ts).
  const spent = threads && framing ? new SpentBytes() : undefined;
  const tasks = runTasks(todo, {
    settings: {
      concurrency,
      timeout: settings.timeout * 1000,
      maxMemory: settings.maxMemory,
      youngGenerationMb: youngGenerationFor(todo.map((file) => file.path)),
      threads,
      spent,
    },
    order: framing ? 'input' : 'completion',
    signal,
    // The batch reads absolute paths (io.cwd need not be the process's); records show the path as found.
    job: (file) => ({ path: path.resolve(io.cwd, file.path), render: spec(file) }),
  });
  try {
    for await (const { item, answer } of tasks) {
      unfinished?.delete(item);
      const rendered = 'outcome' in answer ? answer : renderRecord(answer as ConvertResult, spec(item), folders);
      // Written before it is counted: an interruption finds every counted file written, and no other.
      if (rendered.file !== null) writeOutFile(rendered, spec(item), folders);
      const outcome = tally.count(rendered.outcome, rendered.code);
      if (fails(outcome, settings.failOn)) exit = 1;
      if (framing) {
        await write(io.stdout, framing.before());
        const bytes = rendered.bytes!;
        await write(io.stdout, bytes, spent && (() => spent.add(bytes)));
      } else if (settings.out) {
        if (rendered.writeError === null) {
          written++;
        } else {
          exit = 1;
          tally.writeFailed(outcome);
          progress?.clear();
          await write(io.stderr, rendered.writeError);
        }
      }
      if (db) {
        try {
          await db.write(JSON.parse(rendered.record!) as BatchRecord);
        } catch (error) {
          dbError = error; // its transaction was rolled back; the batch stops here
          break;
        }
      }
      if (rendered.lines !== '') {
        progress?.clear();
        await write(io.stderr, rendered.lines);
      }
      progress?.update(tally.files, tally.failed);
    }
  } catch (error) {
    if (!(signal?.aborted && error === signal.reason && error instanceof Interrupted)) throw error;
    interrupted = error;
  }
  // The workers are stopped: a file one of them was writing when interrupted leaves its temporary, never a
  // partial output; it goes now.
  if (interrupted && unfinished) await sweepTemps([...unfinished].map((file) => targets.get(file.path)!));
  // Closed on an interruption too: the documents queued are whole, and are committed.
  if (db && !dbError) await db.close().catch((error: unknown) => (dbError = error));
  // Closed on an interruption too: the records written so far stay a valid JSON array.
  if (framing) await write(io.stdout, framing.end());
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
  if (interrupted) {
    const left = todo.length - tally.files;
    const where = db
      ? `the finished files are loaded into ${db.name}; rerun with --resume to load the rest`
      : settings.out
        ? `${written} output file${written === 1 ? '' : 's'} written under ${settings.out}, none partial; ` +
          'rerun with --resume to convert the rest'
        : `the records of the ${tally.files} finished file${tally.files === 1 ? '' : 's'} were written to stdout`;
    await write(
      io.stderr,
      `gov-report: ${interrupted.message}: ${left} of ${todo.length} files not converted; ${where}.\n`,
    );
    return interrupted.exitCode;
  }
  return exit;
}
