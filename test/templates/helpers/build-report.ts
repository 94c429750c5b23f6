/**
 * Builds Report objects for template and validation tests: by hand (`report`, `listTable`, `gridTable`)
 * or as a whole national form filled from catalogue data (`formReport`).
 */
import { listIndicators } from '../../../src/templates/catalogue.js';
import type { TableGroup, TemplateCatalogue } from '../../../src/templates/types.js';
import type { Paragraph, Position, Report, Row, Section, Table } from '../../../src/types.js';

let nextLine = 1;

/** A one-line position on a fresh line. */
export function line(length = 10): Position {
  const l = nextLine++;
  const offset = l * 100;
  return { start: { line: l, column: 1, offset }, end: { line: l, column: 1 + length, offset: offset + length } };
}

/** A row as the builder makes it. */
export interface RowSpec {
  label: string;
  marker?: string | null;
  unit?: string | null;
  values: (number | null)[];
  parent?: number | null;
  /** Cells as printed; default: marker+label, unit (when given), values. */
  cells?: string[];
}

/** @returns A Row. */
export function row(spec: RowSpec): Row {
  const marker = spec.marker ?? null;
  const cells = spec.cells ?? [
    `${marker ?? ''}${spec.label}`,
    ...(spec.unit !== undefined && spec.unit !== null ? [spec.unit] : []),
    ...spec.values.map((v) => (v === null ? '' : String(v))),
  ];
  return {
    marker,
    label: spec.label,
    note: null,
    unit: spec.unit ?? null,
    values: spec.values,
    cells,
    depth: 0,
    parent: spec.parent ?? null,
    key: null,
    position: line(cells.join(' | ').length),
  };
}

/** @returns A Table. */
export function table(columns: string[], rows: Row[], extra: Partial<Table> = {}): Table {
  return {
    title: null,
    reportingUnit: null,
    unit: null,
    clause: null,
    headers: [columns],
    columns,
    rows,
    position: line(),
    ...extra,
  };
}

/** @returns A paragraph on one line. */
export function paragraph(text: string): Paragraph {
  return { text, position: line(text.length) };
}

/** @returns A top-level section. */
export function section(heading: string, paragraphs: Paragraph[] = [], children: Section[] = []): Section {
  return {
    marker: '一、',
    level: 1,
    ordinal: 1,
    heading,
    paragraphs,
    children,
    tables: [],
    position: line(heading.length),
  };
}

/** @returns A Report with the given tables and sections. */
export function report(tables: Table[], sections: Section[] = [], extra: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    source: { format: 'text', encoding: 'utf-8', fileName: null, pages: null },
    template: 'unknown',
    title: null,
    titlePosition: null,
    agency: null,
    year: null,
    publishedOn: null,
    contact: {},
    preamble: [],
    sections,
    signature: [],
    appendix: [],
    tables,
    indicators: {},
    diagnostics: [],
    ...extra,
  };
}

/** Column names of a grid as `Table.columns` would hold them. */
function gridColumns(group: TableGroup): string[] {
  return (group.columns ?? []).map((c) =>
    c.under ? `${c.under[0]}/${c.labels[0]}` : group.id === 'applications' ? `申请人情况/${c.labels[0]}` : c.labels[0]!,
  );
}

/**
 * A whole national form, every value 0 unless given.
 * @param catalogue The form.
 * @param values Indicator key → value (null = empty cell).
 * @param options `omit`: row keys to leave out of the tables.
 * @returns The report (template not yet applied).
 */
export function formReport(
  catalogue: TemplateCatalogue,
  values: Record<string, number | null> = {},
  options: { omit?: string[] } = {},
): Report {
  const omit = new Set(options.omit ?? []);
  const tables: Table[] = [];
  for (const group of catalogue.groups) {
    const rows: Row[] = [];
    const indexOf = new Map<string, number>();
    if (group.kind === 'list') {
      for (const entry of group.rows) {
        if (omit.has(entry.key) || entry.note) continue;
        const value = entry.key in values ? values[entry.key]! : 0;
        indexOf.set(entry.key, rows.length);
        rows.push(
          row({
            label: entry.labels[0]!,
            unit: entry.unit,
            values: [value],
            parent: entry.parent === null ? null : (indexOf.get(entry.parent) ?? null),
          }),
        );
      }
      tables.push(table(['年度累计数'], rows, { headers: [['统计指标', '单位', '年度累计数']] }));
      continue;
    }
    const infos = listIndicators({ ...catalogue, groups: [group] });
    const columns = gridColumns(group);
    for (const entry of group.rows) {
      if (omit.has(entry.key)) continue;
      const parent = entry.parent === null ? null : (indexOf.get(entry.parent) ?? null);
      indexOf.set(entry.key, rows.length);
      if (entry.heading) {
        rows.push(row({ label: entry.labels[0]!, values: columns.map(() => null), parent }));
        continue;
      }
      const keys = infos
        .filter((i) => i.parent === entry.key || (entry.indicatorPrefix === '' && i.parent === null))
        .map((i) => i.key);
      const rowValues = keys.map((k) => (k in values ? values[k]! : 0));
      const label = entry.matchesEmptyLabel ? '' : entry.labels[0]!;
      rows.push(
        row({
          label,
          values: rowValues,
          parent,
          cells: [label, ...rowValues.map((v) => (v === null ? '' : String(v)))],
        }),
      );
    }
    const clause = group.clauseItem ? `第二十条第(${'一二三四五六七八九'[group.clauseItem - 1]})项` : null;
    tables.push(table(columns, rows, { clause, headers: [['信息内容', ...columns]] }));
  }
  return report(tables, [], { year: catalogue.years[0] });
}
