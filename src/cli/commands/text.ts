/** `gov-report text`: the normalised report text with line numbers (and pages), for debugging importers. */
import path from 'node:path';
import { importDocument } from '../../extract.js';
import { parseCommandArgs } from '../args.js';
import { UsageError, write, type CliIo } from '../io.js';
import { formatDiagnostic } from '../reporter.js';

/** `gov-report text --help`. */
export const textHelp = `Usage: gov-report text <file>

Prints the report text the parser reads (after import and normalisation: UTF-8, LF, tables as
pipe rows), one numbered line each, with the source page when the importer knows it:
  <line>  [p<page>]  <text>
Import diagnostics go to stderr as path:line:col severity message CODE.

Options:
  -h, --help  show this help
`;

/**
 * @param args Arguments after `text`.
 * @param io Streams and working directory.
 * @returns The exit code (1 when the file cannot be imported).
 */
export async function textCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    await write(io.stdout, textHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('text takes exactly one file.');
  const file = positionals[0]!;
  const reportText = await importDocument(path.resolve(io.cwd, file), { fileName: file });
  const lines = reportText.text.split('\n');
  const width = String(lines.length).length;
  const pageWidth = reportText.pages === null ? 0 : String(reportText.pages).length + 1;
  let out = '';
  lines.forEach((line, i) => {
    const page = reportText.lines[i]?.page;
    const pageColumn = pageWidth === 0 ? '' : `${(page == null ? '' : `p${page}`).padEnd(pageWidth)}  `;
    out += `${String(i + 1).padStart(width)}  ${pageColumn}${line}\n`;
  });
  await write(io.stdout, out);
  await write(io.stderr, reportText.diagnostics.map((d) => `${formatDiagnostic(file, d)}\n`).join(''));
  return 0;
}
