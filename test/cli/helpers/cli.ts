/**
 * Runs the real `gov-report` executable (package.json `bin`), building it first when the sources
 * are newer than the build.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root. */
export const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * @param at The package root (default: this package).
 * @returns The absolute path of the executable package.json names as `bin`.
 */
export function binPath(at: string = root): string {
  const manifest = JSON.parse(readFileSync(path.join(at, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return path.join(at, manifest.bin['gov-report']!);
}

function newestMtime(target: string): number {
  let info;
  try {
    info = statSync(target);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/**
 * Builds (`npm run build`) when src/, grammars/, the build scripts or package.json changed since the executable
 * was built. A failed build fails the tests that need it, with the build's output: a test must not run an old
 * or half-made bundle (type errors included: the build runs tsc).
 * @param options `root`: the package to build (default: this one); `command`: the build command (default
 *   `npm run build --silent`).
 * @throws Error when the build fails or leaves no executable.
 */
export function ensureBuilt(options: { root?: string; command?: string[] } = {}): void {
  const at = options.root ?? root;
  const bin = binPath(at);
  const built = newestMtime(bin);
  const sources = Math.max(
    ...['src', 'grammars', 'scripts/bundle-cli.mjs', 'scripts/package-types.mjs', 'package.json'].map((p) =>
      newestMtime(path.join(at, p)),
    ),
  );
  if (built > sources) return;
  const [command, ...args] = options.command ?? ['npm', 'run', 'build', '--silent'];
  const build = spawnSync(command!, args, { cwd: at, encoding: 'utf8' });
  if (build.status !== 0) {
    const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.trim() || String(build.error ?? '');
    throw new Error(`The build failed (exit ${build.status}); tests need a current build:\n${output}`);
  }
  if (newestMtime(bin) === 0) throw new Error(`The build left no executable at ${bin}.`);
}

/** What a finished CLI run left. */
export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * @param args Arguments after `gov-report`.
 * @param cwd Working directory.
 * @returns The child process (stdout and stderr piped).
 */
export function startCli(args: string[], cwd: string = root): ChildProcess {
  return spawn(process.execPath, [binPath(), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * @param args Arguments after `gov-report`.
 * @param cwd Working directory.
 * @returns Exit code, signal and the whole stdout and stderr.
 */
export function runCli(args: string[], cwd: string = root): Promise<CliResult> {
  const child = startCli(args, cwd);
  return finished(child);
}

/**
 * @param child A started CLI.
 * @returns Its exit code, signal and output.
 */
export function finished(child: ChildProcess): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
