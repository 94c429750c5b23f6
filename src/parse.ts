/**
 * parseReportText: report text → Report. Never throws on content: anything the
 * grammar or builder cannot place becomes a diagnostic.
 */
import { parseReportTextCst } from '../grammars/report-text/index.js';
import { buildReport } from './build/index.js';
import { grammarDiagnostics } from './build/grammar-diagnostics.js';
import { append } from './arrays.js';
import { PositionMapper } from './build/positions.js';
import { ReportError } from './errors.js';
import type { ParseOptions, Report } from './types.js';
import { finishReport } from './finish.js';
import { rebuildTables } from './normalise/tables/index.js';

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
  // Tables in other renderings (TSV, aligned columns, one cell per line) become pipe rows first.
  const prepared = rebuildTables(text);
  const { cst, errors } = parseReportTextCst(prepared.text);
  const mapper = new PositionMapper(prepared.text, text, prepared.origins);
  const report = buildReport(cst, prepared.text, mapper, options.fileName ?? null);
  append(report.diagnostics, grammarDiagnostics(errors, mapper));
  report.diagnostics = prepared.diagnostics.concat(report.diagnostics);
  return finishReport(report);
}
