/**
 * Expands the CLI's inputs (files, directories, globs) into a sorted, de-duplicated list of files.
 * Each file keeps a `relative` path: under its directory or glob base, used to mirror the tree in
 * `--out` and to assign shards, so both are the same on every machine.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';

/** tinyglobby, loaded only for an argument that is a directory or no existing file (a pattern?): a run over files never loads it. */
let globber: Promise<typeof import('tinyglobby')> | undefined;
const tinyglobby = (): Promise<typeof import('tinyglobby')> => (globber ??= import('tinyglobby'));

/** File extensions picked up when walking a directory (explicit file arguments are taken as they are). */
export const supportedExtensions = ['txt', 'text', 'pdf', 'docx', 'doc', 'html', 'htm'] as const;

/** One input file. */
export interface InputFile {
  /** The path to read and to show: as typed, or the argument joined with the path found under it. */
  path: string;
  /** Path under the argument that found it, with `/` separators (the file name for a file argument). */
  relative: string;
}

/** The outcome of expanding the arguments. */
export interface ExpandedInputs {
  files: InputFile[];
  /** Globs and directories that matched no supported file. */
  empty: string[];
}

/**
 * @param args Files, directories (walked recursively, hidden entries skipped) and glob patterns.
 * @param cwd Directory the arguments are relative to.
 * @returns The files in a stable order (per argument, sorted by relative path), each once.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<ExpandedInputs> {
  const files: InputFile[] = [];
  const empty: string[] = [];
  // Two arguments may name the same file; one walk never does (each path once): with one argument nothing is kept
  // to compare, which over a big folder is a resolved path per file the main thread would carry for nothing.
  const seen = args.length > 1 ? new Set<string>() : null;
  const add = (file: InputFile): void => {
    if (seen) {
      const key = path.resolve(cwd, file.path);
      if (seen.has(key)) return;
      seen.add(key);
    }
    files.push(file);
  };
  for (const arg of args) {
    const info = await stat(path.resolve(cwd, arg)).catch(() => null);
    if (info?.isDirectory()) {
      const found = await walk(path.resolve(cwd, arg), `**/*.{${supportedExtensions.join(',')}}`);
      if (found.length === 0) empty.push(arg);
      const under = joiner(arg);
      for (const relative of found) add({ path: under(relative), relative });
    } else if (!info && (await tinyglobby()).isDynamicPattern(arg)) {
      const base = await staticBase(arg);
      const found = await walk(path.resolve(cwd, base), arg.slice(base.length).replace(/^\/+/, '') || '**');
      if (found.length === 0) empty.push(arg);
      const under = joiner(base);
      for (const relative of found) add({ path: under(relative), relative });
    } else {
      // A file, or a path that does not exist: the latter becomes that input's FILE_NOT_FOUND record.
      add({ path: arg, relative: path.basename(arg) });
    }
  }
  return { files, empty };
}

async function walk(dir: string, pattern: string): Promise<string[]> {
  const { glob } = await tinyglobby();
  const found = await glob(pattern, {
    cwd: dir,
    onlyFiles: true,
    dot: false,
    caseSensitiveMatch: false,
    expandDirectories: false,
  });
  return (path.sep === '/' ? found : found.map((file) => file.split(path.sep).join('/'))).sort(compare);
}

/**
 * @param dir A directory as given.
 * @returns `path.join(dir, relative)`. For the paths a walk finds (no `.`, `..` or empty segment: hidden entries
 *   are skipped) with `/` separators, that is the joined directory's prefix and the path, without normalising each;
 *   any other path (a glob's `..`) is joined by `path.join`.
 */
function joiner(dir: string): (relative: string) => string {
  if (path.sep !== '/') return (relative) => path.join(dir, relative);
  const prefix = path.join(dir, '_').slice(0, -1);
  return (relative) =>
    /^[./]|\/[./]|\/$/.test(relative) || relative === '' ? path.join(dir, relative) : prefix + relative;
}

/** Leading path segments of a glob that contain no pattern characters (`src/a/*.txt` → `src/a`). */
async function staticBase(pattern: string): Promise<string> {
  const { isDynamicPattern } = await tinyglobby();
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || '.';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
