#!/usr/bin/env node
/**
 * The `gov-report` executable: hands the arguments and the process's streams to `run`
 * and sets the exit code. Everything else lives in main.ts.
 */
import { run } from './main.js';

// `gov-report extract dir | head`: the reader went away; stop quietly, as other Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
