/**
 * Every stable code the library emits, with one line of documentation each.
 * Diagnostic codes appear in `Report.diagnostics`; error codes on thrown `ReportError`s.
 * The README's tables are checked against these lists by test/codes.test.ts.
 * Diagnostic codes start with the stage that emits them (import-, normalise-, grammar-, assemble-,
 * template-, validate-), in pipeline order; add a new code to its stage's block.
 * The page-break and continuation repairs (page furniture removed, a table or a row continued across a
 * page joined back, a repeated header dropped) are one family: `<stage>-continuation-…`. Each repair stays
 * in the stage that has what it needs (the importer has text positions and PDF table cells, table
 * rebuilding the rows of a known header, the builder the parsed lines around a table); docs/architecture.md,
 * "Page breaks and continuations".
 */

/** Diagnostic codes: code → one-line description. */
export const diagnosticCodes = {
  // --- importers (src/importers/): import-* ---
  'import-converter-message':
    'A message from the document converter (mammoth) about something it could not map; content may be simplified.',
  'import-replacement-characters': 'Some bytes could not be decoded and were replaced with U+FFFD.',
  'import-encoding-guessed':
    'The text encoding was detected statistically (no BOM, not UTF-8); pass `encoding` to override.',
  'import-metadata-from-page':
    'The title or date line was missing from the report body and was taken from the web page around it.',
  'import-continuation-furniture-removed': 'Page headers, footers or page numbers were removed from the PDF text.',
  'import-table-reconstructed':
    'A PDF table without rulings was rebuilt into columns from text positions; check its cells.',
  'import-continuation-table-joined':
    'A PDF table continued on the next page was merged, and its repeated header row dropped.',
  'import-table-fallback':
    "pdf-parse's table reader failed on a PDF page (it threw); that table's cells were read from its rulings and text positions, or the page's text laid out from text positions. The page is named; check its tables.",
  'import-page-unreadable': 'A damaged PDF page could not be read and was skipped; the other pages were imported.',
  'import-doc-rows-rebuilt': 'A .doc table whose rows were not newline-terminated was rebuilt from its column count.',
  // --- table renderings (src/normalise/): normalise-* ---
  'normalise-table-rebuilt':
    'A table rendered as tab-separated rows, space-aligned columns or one cell per line was rebuilt into pipe rows.',
  'normalise-continuation-furniture-removed':
    'A page header or footer line (第 2 页 共 5 页, - 3 -, -- 3 of 5 --) inside a table was removed.',
  'normalise-continuation-header-removed': 'A table title or header row repeated after a page break was removed.',
  'normalise-continuation-row-rejoined':
    'Table label text that ran over into the next row (a row broken across a page break, or a rowspan label read line by line into the rows it spans) was joined back.',
  'normalise-cells-ambiguous':
    'Empty cells vanished from a row of a rebuilt table; the note says which reading was chosen and on what evidence.',
  'normalise-rows-unreadable':
    'A known table header was found but its rows could not be read; the lines are kept as they are.',
  'normalise-internal-error':
    'Table rebuilding stopped on an internal error (a bug: please report it); the text is kept as it is.',
  // --- grammar and assembly (grammars/, src/pipeline/grammar.ts, src/assemble/): grammar-*, assemble-* ---
  'grammar-unexpected-character': 'The lexer met characters it could not tokenise; they are kept as paragraph text.',
  'grammar-recovered':
    'The grammar could not parse a stretch of lines and recovered; the lines are kept as paragraphs.',
  'assemble-row-ragged':
    'A table row has more value cells than the table has columns; the extra cells are kept in `cells` only.',
  'assemble-value-unparsed': 'A value cell is neither a number nor an empty mark (——, -, /, 无); its value is null.',
  'assemble-header-missing': 'A table has no header row; its columns were inferred from its data rows.',
  'assemble-section-gap': 'A section number skips or repeats (一、 then 三、).',
  'assemble-metadata-missing': 'A metadata field (agency, year, publication date) could not be found.',
  'assemble-no-report-content':
    'The text has neither numbered sections nor tables: probably not an annual report (an error page, another document).',
  'assemble-continuation-furniture-removed':
    'A page header or footer line (第 2 页 共 5 页, - 3 -) was removed from the text.',
  'assemble-chrome-removed':
    'Web page chrome copied with the report (a breadcrumb, 字体 大 中 小 / 打印 / 关闭, share links, a view counter, a page heading above the title) was removed from the text.',
  'assemble-continuation-header-removed':
    'A pipe table continued after a page break, with its header row repeated, was joined to the table before it and the repeated header dropped.',
  'assemble-continuation-label-rejoined': 'A table label wrapped onto its own line was joined back to its row.',
  'assemble-values-split':
    'A cell held several values run together (12 3 0 16: a PDF table whose column rules were lost); it was split into one cell per value.',
  // --- templates and validation (src/templates/, src/validate/): template-*, validate-* ---
  'template-unknown':
    'No national form (2008–2018, 2019, 2021) was recognised in the tables and headings; rows keep `key: null`.',
  'template-row-unmatched':
    "A table row matches no entry of the report's form (provincial extra rows are normal); its key stays null.",
  'template-column-unmatched':
    'A value column of a 2019/2021 table matches no column of the form; its values fill no indicator.',
  'validate-sum-mismatch':
    'A total differs from the sum of the rows or columns that partition it (channels, 申请 by channel, 办结 = 按时 + 延期, 总计 …).',
  'validate-balance-mismatch':
    '2019/2021 section 三: 一、本年新收 + 二、上年结转 differs from 三(七)总计 + 四、结转下年度 in a column.',
  'validate-heading-value-mismatch':
    'A heading row (unit ——) prints a value that differs from the child it repeats (三、依申请公开情况 = (一)收到申请数), or, without such a rule, from both its first child and the sum of its children.',
  'validate-part-exceeds-whole': 'An "of which" (其中) row is larger than the row it is part of.',
  'validate-narrative-mismatch': 'A figure stated in the narrative differs from the table value of the same indicator.',
  'validate-value-negative': 'A count is negative.',
  'validate-value-not-integer': 'A count (条, 件, 次, 个, 人 …) has a fractional part.',
  'validate-internal-error':
    'Validation stopped on an internal error (a bug: please report it); the report is returned unchecked.',
  'validate-row-duplicate':
    "The same indicator (or the same label under the same parent) is printed twice; the first row's value is used.",
} as const satisfies Record<string, string>;

/** Error codes of thrown `ReportError`s: code → one-line description. */
export const errorCodes = {
  INVALID_OPTION: 'An option has the wrong type or value.',
  INVALID_INPUT: 'The input is not a string, URL or byte array.',
  // --- importers ---
  FILE_NOT_FOUND: 'The input path or file URL does not exist.',
  FILE_UNREADABLE: 'The input path exists but cannot be read as a file (a directory, or no permission).',
  ABORTED: 'The import was aborted through `signal`.',
  IMPORT_EMPTY: 'The input is empty or holds no text.',
  IMPORT_TOO_LARGE: 'The input, or a ZIP entry once inflated, exceeds the size limit.',
  IMPORT_UNSUPPORTED_FORMAT:
    'The input is a format the importers do not read (ODT, RTF, an image, a spreadsheet …); the message names it.',
  IMPORT_ENCRYPTED: 'The document is encrypted and needs a password to open.',
  IMPORT_NO_TEXT_LAYER: 'The PDF has no text layer (a scan); it needs OCR first.',
  IMPORT_CORRUPT: 'The PDF, ZIP (DOCX) or OLE2 (.doc) container is truncated or corrupt.',
  IMPORT_UNDECODABLE:
    'The bytes are not text in any supported encoding (binary data, or the forced encoding is wrong).',
  // --- cli ---
  BATCH_TIMEOUT:
    'A file took longer than the per-file timeout (`--timeout`); its worker thread was stopped and replaced.',
  BATCH_OUT_OF_MEMORY: 'A file exhausted the worker heap limit (`--max-memory`); its worker thread was replaced.',
  BATCH_WORKER_CRASHED:
    'The worker thread converting a file exited unexpectedly; it was replaced and the batch went on.',
  BATCH_INTERNAL_ERROR: 'An unexpected exception (a bug) while converting a file; the message names it.',
  BATCH_WRITE_FAILED: 'An output file could not be written (disk full, no permission); the input counts as failed.',
  BATCH_WORKER_UNAVAILABLE:
    'The worker threads cannot start: their module is missing or fails to load (e.g. the library was bundled without `dist/bundle/worker.js`); thrown at once, before any file. Keep the package external when bundling, or pass `threads: false`.',
  // --- database loading (src/database/) ---
  DB_DRIVER_MISSING:
    'The database driver is not installed (better-sqlite3 for SQLite, pg for PostgreSQL: optional peer dependencies); `npm install` it to use `--db`.',
  DB_CONNECT_FAILED:
    'The database could not be opened or reached: no server at that address, a file that cannot be created or is not a database.',
  DB_AUTH_FAILED: 'The database server refused the user name, password or database name.',
  DB_SCHEMA_MISMATCH:
    'The database holds a schema version newer than this version of gov-report-extract knows; upgrade it, or load into another database.',
  DB_WRITE_FAILED:
    'Writing to the database failed (disk full, read-only, lost connection); the transaction was rolled back, so no document is half-written.',
} as const satisfies Record<string, string>;

/** A diagnostic code. */
export type DiagnosticCode = keyof typeof diagnosticCodes;
/** A ReportError code. */
export type ErrorCode = keyof typeof errorCodes;
