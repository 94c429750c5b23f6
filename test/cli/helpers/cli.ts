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

/** @returns The absolute path of the executable package.json names as `bin`. */
export function binPath(): string {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return path.join(root, manifest.bin['gov-report']!);
}

function newestMtime(target: string): number {
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/**
 * Builds (`npm run build`) when src/, grammars/ or the bundle script changed since the executable
 * was built. When the type-check fails on files still in progress, the bundle is made anyway so
 * the tests run the current code (type errors are `npm run typecheck`'s job).
 */
export function ensureBuilt(): void {
  const bin = binPath();
  const built = (() => {
    try {
      return statSync(bin).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const sources = Math.max(
    ...['src', 'grammars', 'scripts/bundle-cli.mjs', 'package.json'].map((p) => newestMtime(path.join(root, p))),
  );
  if (built > sources) return;
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0 && bin.includes(`${path.sep}bundle${path.sep}`)) {
    spawnSync(process.execPath, [path.join(root, 'scripts/bundle-cli.mjs')], { cwd: root, stdio: 'ignore' });
  }
  statSync(bin); // throws when there is still no executable
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
