/**
 * gov-report-extract: the only public entry point. Everything exported is
 * listed here by name; test/api.test.ts pins the list.
 */
export { parseReportText } from './pipeline/index.js';
export { extractReport, importDocument } from './extract.js';
export { applyTemplate, detectTemplate } from './templates/index.js';
export { validateReport } from './validate/index.js';
export { ReportError, isReportError } from './errors.js';
export { diagnosticCodes, errorCodes } from './codes.js';
export { stringifyPosition } from './diagnostic.js';
export { extractReports } from './batch/extract-reports.js';
export { loadReports } from './database/load-reports.js';
export { openReportDatabase } from './database/report-database.js';

export type {
  Contact,
  Diagnostic,
  ImportOptions,
  Paragraph,
  ParseOptions,
  Point,
  Position,
  Report,
  ReportSource,
  ReportText,
  Row,
  Section,
  Severity,
  SourceFormat,
  Table,
  TemplateId,
} from './types.js';
export type { DiagnosticCode, ErrorCode } from './codes.js';
export type { BatchFailure, BatchRecord, BatchSuccess, ExtractReportsOptions } from './batch/types.js';
export type { DatabaseOptions, LoadSummary, ReportDatabase } from './database/report-database.js';
export type { DatabaseTarget } from './database/target.js';
