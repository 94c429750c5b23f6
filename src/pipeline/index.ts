/**
 * The pipeline: report text → Report, the stages in order over one context (docs/architecture.md).
 *
 *   import     src/importers   file bytes → report text (run by `importDocument`, before this module)
 *   normalise  src/normalise   tables in other renderings → pipe rows, with a map back to the lines
 *   grammar    grammars/       report text → lines (Chevrotain), collected into blocks by src/assemble/lines.ts
 *   assemble   src/assemble    blocks → Report: metadata, section tree, tables
 *   template   src/templates   the national form, row and indicator keys
 *   validate   src/validate    the form's arithmetic, narrative vs tables, sanity
 *
 * Never throws on content: anything a stage cannot place becomes a diagnostic.
 */
import { buildReport } from '../assemble/index.js';
import { rebuildTables } from '../normalise/tables/index.js';
import { applyTemplateWithCells } from '../templates/index.js';
import { ReportError } from '../errors.js';
import type { ParseOptions, Position, Report, ReportText } from '../types.js';
import { validateReport } from '../validate/index.js';
import { append } from '../arrays.js';
import { createContext, type PipelineContext } from './context.js';
import { grammarDiagnostics, runGrammar } from './grammar.js';
import { PositionMapper } from './source-map.js';

/**
 * Parses report text (UTF-8, tables as pipe rows or any rendering that
 * src/normalise/tables can rebuild) into a validated Report.
 * @param text The report text.
 * @param options `fileName` for `Report.source`.
 * @returns The Report; problems are in `report.diagnostics`.
 * @throws ReportError INVALID_INPUT when `text` is not a string, INVALID_OPTION for bad options.
 */
export function parseReportText(text: string, options: ParseOptions = {}): Report {
  if (typeof text !== 'string')
    throw new ReportError(
      'INVALID_INPUT',
      `parseReportText expects a string, got ${text === null ? 'null' : typeof text}.`,
    );
  if (options === null || typeof options !== 'object')
    throw new ReportError('INVALID_OPTION', 'parseReportText options must be an object.');
  if (options.fileName !== undefined && typeof options.fileName !== 'string') {
    throw new ReportError('INVALID_OPTION', 'The fileName option must be a string.');
  }
  return runPipeline(text, options.fileName ?? null);
}

/**
 * Runs every stage after the import.
 * @param input Report text from an importer, or a plain string (no import, no pages).
 * @param fileName For `Report.source`.
 * @returns The Report; `source` is filled from the import when there was one.
 */
export function runPipeline(input: ReportText | string, fileName: string | null): Report {
  const context = createContext(input, fileName);
  const importDiagnostics = context.diagnostics.length;

  // normalise: other table renderings (TSV, aligned columns, one cell per line) become pipe rows.
  const prepared = rebuildTables(context.text);
  append(context.diagnostics, prepared.diagnostics);
  const sourceMap = new PositionMapper(prepared.text, context.text, prepared.origins);

  // grammar
  const { blocks, errors } = runGrammar(prepared.text);
  append(context.diagnostics, grammarDiagnostics(errors, sourceMap));

  // assemble
  const report = buildReport(blocks, sourceMap, context);

  // template, then validate (the indicator cells the template found are the ones validation checks).
  const { diagnostics: templateDiagnostics, cells } = applyTemplateWithCells(report);
  append(context.diagnostics, templateDiagnostics);
  append(context.diagnostics, validateReport(report, cells));

  if (typeof input !== 'string') {
    report.source = { format: input.format, encoding: input.encoding, fileName, pages: input.pages };
  }
  if (context.linePages !== null) assignPages(report, context, importDiagnostics);
  return report;
}

/**
 * Sets `page` on every located node from the context's line pages: once, over the finished Report.
 * The importer's own diagnostics (the first `skip`) carry their pages already.
 */
function assignPages(report: Report, context: PipelineContext, skip: number): void {
  const pages = context.linePages!;
  const mark = (node: { position?: Position; page?: number }): void => {
    const page = node.position ? (pages[node.position.start.line - 1] ?? null) : null;
    if (page !== null) node.page = page;
  };
  const walkSections = (sections: Report['sections']): void => {
    for (const section of sections) {
      mark(section);
      section.paragraphs.forEach(mark);
      walkSections(section.children);
    }
  };
  walkSections(report.sections);
  for (const list of [report.preamble, report.signature, report.appendix]) list.forEach(mark);
  for (const table of report.tables) {
    mark(table);
    table.rows.forEach(mark);
  }
  for (let i = skip; i < report.diagnostics.length; i++) mark(report.diagnostics[i]!);
}
