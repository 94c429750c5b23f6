/**
 * Every stable code the library emits, with one line of documentation each.
 * Diagnostic codes appear in `Report.diagnostics`; error codes on thrown `ReportError`s.
 * The README's tables are checked against these lists by test/codes.test.ts.
 * Each area keeps its own block; add new codes to your area's block.
 */

/** Diagnostic codes: code → one-line description. */
export const diagnosticCodes = {
  // --- grammar and builder (grammars/, src/build/) ---
  'lex-unexpected-character': 'The lexer met characters it could not tokenise; they are kept as paragraph text.',
  'parse-recovered': 'The grammar could not parse a stretch of lines and recovered; the lines are kept as paragraphs.',
  'line-unclassified': 'A non-blank line outside any section, table, preamble or signature; kept in the appendix.',
  'table-ragged-row': 'A table row has more value cells than the table has columns; the extra cells are kept in `cells` only.',
  'table-value-unparsed': 'A value cell is neither a number nor an empty mark (——, -, /, 无); its value is null.',
  'table-no-header': 'A table has no header row; its columns were inferred from its data rows.',
  'section-marker-gap': 'A section number skips or repeats (一、 then 三、).',
  'metadata-missing': 'A metadata field (agency, year, publication date) could not be found.',
  // --- importers (src/importers/, src/normalise/) ---
  // --- table renderings (src/normalise/tables/) ---
  // --- templates and validation (src/templates/, src/validate/) ---
} as const satisfies Record<string, string>;

/** Error codes of thrown `ReportError`s: code → one-line description. */
export const errorCodes = {
  INVALID_OPTION: 'An option has the wrong type or value.',
  INVALID_INPUT: 'The input is not a string, URL or byte array.',
  // --- importers ---
  // --- cli ---
} as const satisfies Record<string, string>;

/** A diagnostic code. */
export type DiagnosticCode = keyof typeof diagnosticCodes;
/** A ReportError code. */
export type ErrorCode = keyof typeof errorCodes;
