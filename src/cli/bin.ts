/**
 * The `gov-report` executable's process side: hands the arguments and the process's streams to `run` and sets the
 * exit code. Everything else lives in main.ts. The bundle's launcher (launch.ts) calls `main` from core.cjs, where
 * this module is compiled in, so that a run loads no ES module (docs/performance.md, "Cold start").
 */
import { Interrupted } from './io.js';
import { run } from './main.js';

// Ctrl-C (or a SIGTERM from a job scheduler), once a command asks for it (io.ts, `interrupts`): the command
// stops its workers, writes what was finished and says so, and exits 130 (143). A second signal exits at once.
let interrupt: AbortController | undefined;
function interrupts(): AbortSignal {
  if (!interrupt) {
    interrupt = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        const reason = new Interrupted(signal);
        interrupt!.abort(reason);
        process.once(signal, () => process.exit(reason.exitCode));
      });
    }
  }
  return interrupt.signal;
}

/**
 * Runs the CLI on the process's arguments and streams, and sets `process.exitCode`.
 */
export async function main(): Promise<void> {
  // `gov-report extract dir | head`: the reader went away; stop quietly, as other Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    interrupts,
  });
}
