/**
 * The Report contract: plain, JSON-serialisable data.
 *
 * Names here are stable (schemaVersion 1): fields may be added, never renamed.
 * Positions follow unist: `line` and `column` are 1-based, `offset` is 0-based
 * (UTF-16 code units into the report text), and `end` is exclusive.
 */
import type { DiagnosticCode } from './codes.js';

/** One place in the report text. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A span of the report text; `end` is exclusive. */
export interface Position {
  start: Point;
  end: Point;
}

/** Input formats the importers understand. */
export type SourceFormat = 'text' | 'pdf' | 'docx' | 'doc' | 'html';

/** Template generations of the statistics tables. */
export type TemplateId = 'legacy-2008' | 'gov-2019' | 'gov-2021' | 'unknown';

/** Severity of a diagnostic: `error` = content lost or unusable, `warning` = suspect, `info` = note. */
export type Severity = 'error' | 'warning' | 'info';

/** The pipeline's stages, in order (src/pipeline/index.ts). */
export type Stage = 'import' | 'normalise' | 'grammar' | 'assemble' | 'template' | 'validate';

/** A problem or note about the input, located where possible. */
export interface Diagnostic {
  /** Stable machine-readable code, prefixed with the stage that emits it; listed in `codes.ts` and the README. */
  code: DiagnosticCode;
  severity: Severity;
  /** One sentence. */
  message: string;
  position?: Position;
  /** Page (1-based) of `position` in the source document, when the importer knows it. */
  page?: number;
  /** Other places the diagnostic refers to (e.g. the narrative sentence and the table row it contradicts). */
  related?: Position[];
  actual?: unknown;
  expected?: unknown;
  /** Longer explanation. */
  note?: string;
  /** Which stage produced it (see docs/architecture.md). */
  origin?: Stage;
}

/** Where the report came from. */
export interface ReportSource {
  format: SourceFormat;
  encoding: string | null;
  fileName: string | null;
  pages: number | null;
}

/** Contact details as printed in the preamble. */
export interface Contact {
  address?: string;
  postcode?: string;
  phone?: string;
  fax?: string;
  email?: string;
  website?: string;
}

/** A paragraph of narrative text, with lines broken mid-sentence joined back. */
export interface Paragraph {
  text: string;
  position: Position;
  page?: number;
}

/** A numbered narrative section (一、 (一) 1. (1) ① 一是 第一部分 …). */
export interface Section {
  /** The marker as printed: '一、', '（一）', '1.', '一是', '第一部分' … */
  marker: string;
  /** Nesting depth, 1 = top level. */
  level: number;
  /** The marker's number: 一、 → 1, (三) → 3, ② → 2. */
  ordinal: number;
  /** Heading text without the marker, as printed (a letter-spaced heading keeps its spaces: 概 述). */
  heading: string;
  paragraphs: Paragraph[];
  children: Section[];
  /** Indices into `Report.tables` of the tables printed inside this section (not its children). */
  tables: number[];
  position: Position;
  page?: number;
}

/** One row of a statistics table. */
export interface Row {
  /** '一、' '(一)' '1.' '其中' …, as printed; null when unmarked. */
  marker: string | null;
  /** Without marker and without trailing parenthetical note. */
  label: string;
  /** Trailing parenthetical note, e.g. '不同渠道和方式公开相同信息计1条'. */
  note: string | null;
  /**
   * '条' '件' '万元' '——' …: the row's unit cell (—— marks a heading row; the value rows of CSV and databases
   * read it as no unit); without one, the unit printed in the label's note
   * (`…的费用（万元）`), after every value (`147230元`) or in the header of every value column
   * (`本年收费金额（单位：万元）`); null when none is printed.
   */
  unit: string | null;
  /** One per entry of `Table.columns`; '', '——', '/', '无' → null. */
  values: (number | null)[];
  /** The row's cells as printed. */
  cells: string[];
  /** 0 = top level. */
  depth: number;
  /** Index of the parent row in `Table.rows`. */
  parent: number | null;
  /** Canonical indicator key, when the row matches a template entry. */
  key: string | null;
  position: Position;
  page?: number;
}

/** A statistics table. */
export interface Table {
  title: string | null;
  reportingUnit: string | null;
  /** Unit stated in a header or title (单位:件). */
  unit: string | null;
  /** The clause that introduces the table in the 2019/2021 templates (第二十条第(一)项). */
  clause: string | null;
  /** Header rows as printed. */
  headers: string[][];
  /** Names of the value columns, one per entry of `Row.values`; multi-level headers joined with '/'. */
  columns: string[];
  rows: Row[];
  position: Position;
  page?: number;
}

/** A parsed, validated annual report. */
export interface Report {
  schemaVersion: 1;
  source: ReportSource;
  template: TemplateId;
  /** As printed, lines joined. */
  title: string | null;
  /** Where the title lines are. */
  titlePosition: Position | null;
  /**
   * The reporting body as the report names it: the title's name before the year, else the signature's agency
   * line, else the byline's, else the one name the body gives; null when it only says 我局, 本市 ….
   */
  agency: string | null;
  /** The year reported on. */
  year: number | null;
  /**
   * ISO date (YYYY-MM-DD) of the report's date line, else of the page it was copied from (来源：… 时间：…);
   * null when neither prints a day (2017年3月).
   */
  publishedOn: string | null;
  contact: Contact;
  preamble: Paragraph[];
  sections: Section[];
  /** Signature lines (agency line and date line) as printed. */
  signature: Paragraph[];
  /** Lines outside sections and tables after the narrative: 附件/附表 markers and notes. */
  appendix: Paragraph[];
  tables: Table[];
  /** Canonical key → value. */
  indicators: Record<string, number | null>;
  diagnostics: Diagnostic[];
}

/** Options of `parseReportText`. */
export interface ParseOptions {
  fileName?: string;
}

/** Options of `importDocument` and `extractReport`. */
export interface ImportOptions {
  /** Skip detection and use this importer. */
  format?: SourceFormat;
  /** Force a text encoding (iconv-lite label); gb2312/gbk are read as gb18030. */
  encoding?: string;
  /** Name used in the Report and diagnostics when the input is bytes. */
  fileName?: string;
  /** Aborts the import with ReportError code 'ABORTED'. */
  signal?: AbortSignal;
  /** Largest input accepted, in bytes (default 100 MiB); also caps a DOCX's inflated size. */
  maxBytes?: number;
  /** Longest report text `extractReport` parses, in characters (default 8,000,000); longer → IMPORT_TOO_LARGE. */
  maxTextLength?: number;
}

/** The importers' output: report text plus a per-line source map. */
export interface ReportText {
  /** UTF-8 report text, LF line ends, tables as pipe rows. */
  text: string;
  format: SourceFormat;
  encoding: string | null;
  pages: number | null;
  /** One entry per line of `text`: where the line came from. */
  lines: { page: number | null }[];
  diagnostics: Diagnostic[];
}
