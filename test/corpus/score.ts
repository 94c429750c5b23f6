/**
 * Scores a parsed Report against a hand-read expectation of the real-report
 * corpus (test/corpus/NN-name.expect.json; field meanings in test/corpus/README.md,
 * "How to read *.expect.json"). Measures only: nothing here changes a Report.
 *
 * One fact per expected item; a fact is right only when the value is exactly the
 * expected one (null ≠ 0, strings compared as they are): `agency`, `year`,
 * `publishedOn`, `contact.<field>` for each printed field, each `topSections` and
 * `subsections` entry, each indicator, and `tableRowCount` when it is a number.
 *
 * Rules where the Report's shape leaves the expectation open (numbered as in the
 * README section "Scoring", which also gives what the strict alternatives score):
 * 1. Heading = `Section.marker` + `Section.heading`, both trimmed of white space (incl.
 *    U+00A0, U+3000); the gap printed after the marker has no Report field and is not
 *    compared, spaces inside the heading are.
 * 2. Run-in headings: the Report drops their closing `。`/`：`/`:`, so one such mark is
 *    dropped from both sides; the heading must still end exactly there.
 * 3. Headings match as sets, one Report section each: level 1 for `topSections`, the
 *    children of the top section named by the key for `subsections` (no such top
 *    section → all its entries miss). Extra Report sections are not facts.
 * 4. Row label as printed = the last of `Row.cells` containing `Row.label` (blanks
 *    ignored in the search), trimmed (no such cell → marker + label); a row with an
 *    empty label prints ''.
 * 5. A `Table.columns` name (white space removed) matches when it equals the expected
 *    column or ends with `/` + it. Section 四 (one unlabelled row, its row labels printed
 *    as header groups): label `行政复议` + column `总计` → that row's column `…行政复议/总计`.
 * 6. Unit of a cell = unit printed in the value cell (`147230元`, from `Row.cells`) ??
 *    `Row.unit` (the heading mark —— read as none, as the CSV's value rows read it) ?? `Table.unit` ?? null;
 *    it must equal the expected unit.
 * 7. Several cells addressed → those whose context equals the second-to-last path element
 *    (parent row's printed label, `Table.clause`, `Table.title`, heading of the section
 *    holding the table; blanks ignored); still not exactly one → the fact misses.
 * 8. tableRowCount = rows of all tables with at least one value cell (`Row.values` not
 *    empty): group-label rows have none; section 四 is one Report row.
 */
import type { Contact, Report, Row, Section } from '../../src/index.js';
import { isDashRun } from '../../src/vocabulary/empty-marks.js';

/** One table cell of an expectation. */
export interface ExpectedIndicator {
  path: string[];
  label: string;
  unit: string | null;
  column: string;
  value: number | null;
}

/** The fields of an `.expect.json` the scorer reads. */
export interface Expectation {
  agency: string | null;
  year: number | null;
  publishedOn: string | null;
  contact: Partial<Record<keyof Contact, string>>;
  topSections: string[];
  subsections: Record<string, string[]>;
  indicators: ExpectedIndicator[];
  tableRowCount?: number | null;
}

export type FactKind = 'agency' | 'year' | 'publishedOn' | 'contact' | 'topSection' | 'subsection' | 'indicator' | 'tableRowCount';

/** One scored fact. For indicators a string `got` explains why no value was read. */
export interface Fact {
  kind: FactKind;
  field: string;
  expected: unknown;
  got: unknown;
  ok: boolean;
}

const EDGE_BLANKS = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g;
const BLANKS = /[\s\u00a0\u3000]+/g;
const RUN_IN_END = /[。：:]$/;
const CELL_UNIT = /^[\d.,]+\s*([^\d\s.,]+)$/;

const trim = (text: string): string => text.replace(EDGE_BLANKS, '');
const squash = (text: string): string => text.replace(BLANKS, '');
const dropRunInEnd = (text: string): string => text.replace(RUN_IN_END, '');

/**
 * Scores one Report.
 * @param report `parseReportText(text, {fileName})` of the case's `.txt`.
 * @param expected The case's `.expect.json`.
 * @returns One fact per expected item, in expectation order.
 */
export function scoreReport(report: Report, expected: Expectation): Fact[] {
  const facts: Fact[] = [];
  const fact = (kind: FactKind, field: string, want: unknown, got: unknown): void => {
    facts.push({ kind, field, expected: want, got, ok: Object.is(want, got) });
  };
  fact('agency', 'agency', expected.agency, report.agency);
  fact('year', 'year', expected.year, report.year);
  fact('publishedOn', 'publishedOn', expected.publishedOn, report.publishedOn);
  for (const [key, want] of Object.entries(expected.contact) as [keyof Contact, string][]) {
    fact('contact', `contact.${key}`, want, report.contact[key] ?? null);
  }
  scoreHeadings(facts, 'topSection', 'topSection', expected.topSections, report.sections);
  for (const [top, entries] of Object.entries(expected.subsections)) {
    const parent = report.sections.find((section) => sameHeading(top, section));
    scoreHeadings(facts, 'subsection', `subsection ${trim(top)} >`, entries, parent?.children);
  }
  const cells = tableCells(report);
  for (const want of expected.indicators) {
    const field = `indicator ${want.label} | ${want.column} | ${want.unit ?? '-'}`;
    const found = findCell(cells, want);
    if (typeof found === 'string') facts.push({ kind: 'indicator', field, expected: want.value, got: found, ok: false });
    else if (found.unit !== want.unit) facts.push({ kind: 'indicator', field, expected: want.value, got: `${String(found.value)} with unit ${found.unit ?? 'null'}`, ok: false });
    else fact('indicator', field, want.value, found.value);
  }
  if (typeof expected.tableRowCount === 'number') {
    fact('tableRowCount', 'tableRowCount', expected.tableRowCount, report.tables.reduce((n, table) => n + table.rows.filter((row) => row.values.length > 0).length, 0));
  }
  return facts;
}

/** Rules 1 and 2: marker, then heading; the gap after the marker and one run-in end are not compared. */
function sameHeading(expected: string, section: Section): boolean {
  const printed = trim(expected);
  if (!printed.startsWith(section.marker)) return false;
  return dropRunInEnd(trim(printed.slice(section.marker.length))) === dropRunInEnd(trim(section.heading));
}

function scoreHeadings(facts: Fact[], kind: FactKind, prefix: string, expected: string[], sections: Section[] | undefined): void {
  const unused = [...(sections ?? [])];
  expected.forEach((want, index) => {
    const at = unused.findIndex((section) => sameHeading(want, section));
    const field = `${prefix}[${index}]`;
    if (at >= 0) {
      facts.push({ kind, field, expected: want, got: want, ok: true });
      unused.splice(at, 1);
      return;
    }
    // For the message only: the section printed with the same marker, else the one at the same place.
    const near = unused.find((section) => section.marker !== '' && trim(want).startsWith(section.marker)) ?? sections?.[index];
    facts.push({ kind, field, expected: want, got: sections === undefined ? 'no such top section' : near ? `${near.marker}${near.heading}` : null, ok: false });
  });
}

interface Cell {
  label: string;
  column: string;
  value: number | null;
  unit: string | null;
  context: string[];
}

/** Every value cell of the Report with its printed label, column name (blanks removed), unit and context (blanks removed). */
function tableCells(report: Report): Cell[] {
  const sectionOf = new Map<number, string>();
  const visit = (section: Section): void => {
    for (const index of section.tables) sectionOf.set(index, squash(section.marker + section.heading));
    section.children.forEach(visit);
  };
  report.sections.forEach(visit);
  const cells: Cell[] = [];
  report.tables.forEach((table, tableIndex) => {
    const tableContext = [table.clause, table.title, sectionOf.get(tableIndex)].filter((text): text is string => text != null).map(squash);
    for (const row of table.rows) {
      const { label, valueCells } = printedLabel(row);
      const rowUnit = row.unit !== null && isDashRun(row.unit) ? null : row.unit;
      const parent = row.parent === null ? undefined : table.rows[row.parent];
      const context = parent ? [squash(printedLabel(parent).label), ...tableContext] : tableContext;
      row.values.forEach((value, j) => {
        const unit = CELL_UNIT.exec(trim(valueCells[j] ?? ''))?.[1] ?? rowUnit ?? table.unit;
        cells.push({ label, column: squash(table.columns[j] ?? ''), value, unit, context });
      });
    }
  });
  return cells;
}

/** Rule 4, plus the printed cells after the label (unit cell left out), one per value in order. */
function printedLabel(row: Row): { label: string; valueCells: string[] } {
  const wanted = squash(row.label);
  let at = -1;
  if (wanted !== '') for (let i = row.cells.length - 1; i >= 0 && at < 0; i--) if (squash(row.cells[i] ?? '').includes(wanted)) at = i;
  const label = at >= 0 ? trim(row.cells[at] ?? '') : wanted === '' ? '' : `${row.marker ?? ''}${row.label}`;
  const valueCells = row.cells.slice(at + 1).filter((cell) => row.unit === null || trim(cell) !== row.unit);
  return { label, valueCells };
}

/** Rules 5 and 7: the one cell the indicator addresses, or why there is none. */
function findCell(cells: Cell[], want: ExpectedIndicator): Cell | string {
  const column = squash(want.column);
  const grouped = `${squash(want.label)}/${column}`;
  const ends = (name: string, tail: string): boolean => name === tail || name.endsWith(`/${tail}`);
  const addressed = cells.filter((cell) => (cell.label === trim(want.label) && ends(cell.column, column)) || (cell.label === '' && ends(cell.column, grouped)));
  const context = want.path.length >= 2 ? squash(want.path[want.path.length - 2] ?? '') : undefined;
  const found = addressed.length > 1 && context !== undefined ? addressed.filter((cell) => cell.context.includes(context)) : addressed;
  if (found.length === 1 && found[0]) return found[0];
  if (addressed.length > 1) return `${addressed.length} cells match, ${found.length} in context`;
  return cells.some((cell) => cell.label === trim(want.label)) ? 'row found, no such column' : 'no row with this label';
}
