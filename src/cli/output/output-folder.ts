/**
 * `--out` files, written synchronously: by the main thread when the batch has few workers (`workersWriteFiles`),
 * else by the thread that rendered the record (a worker, or the main thread for a record the pool made: a
 * timeout, a crash). Each file is written to a temporary sibling and renamed, so an
 * interrupted run never leaves half a file under the final name; temporaries of a killed run are swept before
 * the next run, and those of an interrupted one at its end. Each directory is created and checked once per
 * thread: a batch writes thousands of files into a few folders.
 */
import { mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** `<target>.tmp-<pid>` (main thread) or `<target>.tmp-<pid>-<thread>` (a worker). */
const tempPattern = /\.tmp-\d+(?:-\d+)?$/;

/**
 * @param target The final path.
 * @returns The temporary path used while writing it: unique to this process and thread, so that the main
 *   thread's write of a timed-out file's record never shares one with the worker still being stopped.
 */
export function tempPath(target: string): string {
  // Asked for on the first write, not imported: a run to stdout never loads node:worker_threads (cold start).
  const { threadId } = process.getBuiltinModule('node:worker_threads');
  return `${target}.tmp-${process.pid}${threadId === 0 ? '' : `-${threadId}`}`;
}

/**
 * Workers up to which the main thread writes the `--out` files itself. Writing one (`writeFileSync` +
 * `renameSync`) is ~0.1–0.3 ms, mostly kernel time: in the worker it adds to the file's conversion, on the main
 * thread, otherwise idle, it runs beside the next conversions (`--jobs 1` on 2 cores). A main thread writing for
 * many workers would be the batch's bottleneck (a text report is ~0.5 ms of one worker), so there they write their
 * own (docs/performance.md, "Batch").
 */
export const MAIN_THREAD_WRITES_UP_TO = 2;

/**
 * @param concurrency The batch's worker threads.
 * @returns Whether each worker writes the `--out` files of the records it renders (else the main thread does).
 */
export function workersWriteFiles(concurrency: number): boolean {
  return concurrency > MAIN_THREAD_WRITES_UP_TO;
}

/** One output folder, as one thread writes into it. */
export class OutputFolder {
  /** Directories created and found inside the folder (real paths resolved), by path. */
  readonly #checked = new Set<string>();
  #realRoot: string | undefined;

  /** @param root The `--out` folder; no file may be written outside it, symbolic links resolved. */
  constructor(readonly root: string) {}

  /**
   * Writes `data` to `target` atomically (same directory, so the rename cannot cross file systems).
   * @param target The final path, inside the folder; its directory is created.
   * @param data The content.
   * @throws Error when the directory cannot be made, leads outside the folder, or the file cannot be written.
   */
  write(target: string, data: string): void {
    this.#check(path.dirname(target));
    const temp = tempPath(target);
    try {
      writeFileSync(temp, data);
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }

  #check(dir: string): void {
    if (this.#checked.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    // A symbolic link inside the output folder must not carry the write outside it.
    this.#realRoot ??= realpathSync(this.root);
    const realDir = realpathSync(dir);
    const inside = path.relative(this.#realRoot, realDir);
    if (inside.startsWith('..') || path.isAbsolute(inside))
      throw new Error(`${dir} leads outside the output folder (to ${realDir})`);
    this.#checked.add(dir);
  }
}

/** The output folders of one thread, by root. */
export class OutputFolders {
  readonly #folders = new Map<string, OutputFolder>();

  /** @param root An `--out` folder. @returns Its writer in this thread. */
  get(root: string): OutputFolder {
    let folder = this.#folders.get(root);
    if (!folder) this.#folders.set(root, (folder = new OutputFolder(root)));
    return folder;
  }
}

/**
 * Removes temporaries left by killed or interrupted runs for these targets only, so that concurrent runs on
 * other shards of the same output folder are not disturbed.
 * @param targets Final output paths of this run.
 * @returns How many temporary files were removed.
 */
export async function sweepTemps(targets: Iterable<string>): Promise<number> {
  const byDir = new Map<string, Set<string>>();
  for (const target of targets) {
    const dir = path.dirname(target);
    let names = byDir.get(dir);
    if (!names) byDir.set(dir, (names = new Set()));
    names.add(path.basename(target));
  }
  let removed = 0;
  for (const [dir, names] of byDir) {
    const entries = await readdir(dir).catch(() => [] as string[]);
    for (const entry of entries) {
      if (!tempPattern.test(entry) || !names.has(entry.replace(tempPattern, ''))) continue;
      await rm(path.join(dir, entry), { force: true });
      removed++;
    }
  }
  return removed;
}
