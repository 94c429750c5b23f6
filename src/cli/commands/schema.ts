/** `gov-report schema`: prints the JSON Schema of the Report (schema.json, shipped with the package). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCommandArgs } from '../args.js';
import { UsageError, write, type CliIo } from '../io.js';
import { packageRoot } from '../package-root.js';

/** `gov-report schema --help`. */
export const schemaHelp = `Usage: gov-report schema

Prints the JSON Schema of the Report (the 'report' field of extract records) to stdout.

Options:
  -h, --help  show this help
`;

/**
 * @param args Arguments after `schema`.
 * @param io Streams.
 * @returns The exit code.
 */
export async function schemaCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    await write(io.stdout, schemaHelp);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError('schema takes no arguments.');
  const text = await readFile(path.join(packageRoot(), 'schema.json'), 'utf8');
  await write(io.stdout, text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}
