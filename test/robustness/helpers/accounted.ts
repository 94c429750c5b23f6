/**
 * "Every non-blank input line is accounted for", made checkable.
 *
 * A line of the input (lines are split on `\n`, as `LineIndex` does; a `\r` before it is part of
 * the line break) is *accounted for* when at least one of these holds:
 * - a position in the Report spans it: a preamble, signature or appendix paragraph, a section
 *   (heading included) or one of its paragraphs, a table or one of its rows, or a diagnostic
 *   (its `position` or one of its `related` positions);
 * - its text, with whitespace removed, occurs in a metadata field (title, agency, contact value),
 *   for lines consumed as metadata without a position of their own.
 * A line is *blank* when it holds only whitespace (JS `\s`, which includes NBSP, U+3000 and the BOM)
 * or zero-width format characters.
 */
import type { Paragraph, Position, Report, Section } from '../../../src/types.js';

const blank = /^[\s\u200b-\u200d\u2060]*$/u;

/** Positions of everything in the Report that claims input text. */
export function reportPositions(report: Report): Position[] {
  const out: Position[] = [];
  const paragraphs = (list: readonly Paragraph[]): void => {
    for (const p of list) out.push(p.position);
  };
  const section = (s: Section): void => {
    out.push(s.position);
    paragraphs(s.paragraphs);
    for (const c of s.children) section(c);
  };
  paragraphs(report.preamble);
  paragraphs(report.signature);
  paragraphs(report.appendix);
  for (const s of report.sections) section(s);
  for (const t of report.tables) {
    out.push(t.position);
    for (const r of t.rows) out.push(r.position);
  }
  for (const d of report.diagnostics) {
    if (d.position) out.push(d.position);
    for (const r of d.related ?? []) out.push(r);
  }
  return out;
}

/**
 * 1-based numbers of the non-blank input lines that nothing in the Report accounts for.
 * Linear in the input plus the number of positions (a difference array, no range loops).
 * @param text The text given to `parseReportText`.
 * @param report What it returned.
 * @returns Line numbers, ascending; empty when every non-blank line is accounted for.
 */
export function unaccountedLines(text: string, report: Report): number[] {
  const lines = text.split('\n');
  const diff = new Int32Array(lines.length + 2);
  for (const p of reportPositions(report)) {
    const first = Math.max(1, p.start.line);
    // `end` is exclusive: a span ending at column 1 of a later line does not cover that line.
    let last = p.end.column === 1 && p.end.line > p.start.line ? p.end.line - 1 : p.end.line;
    last = Math.min(lines.length, last);
    if (last < first) continue;
    diff[first]! += 1;
    diff[last + 1]! -= 1;
  }
  const metadata = [report.title, report.agency, ...Object.values(report.contact)]
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.replace(/\s+/gu, ''))
    .join('\n');
  const missing: number[] = [];
  let depth = 0;
  for (let i = 1; i <= lines.length; i++) {
    depth += diff[i]!;
    if (depth > 0) continue;
    const line = lines[i - 1]!;
    if (blank.test(line)) continue;
    const squeezed = line.replace(/\s+/gu, '');
    if (squeezed.length > 0 && metadata.includes(squeezed)) continue;
    missing.push(i);
  }
  return missing;
}

/**
 * Structural check that a value is a Report (the shape `parseReportText` promises), for inputs
 * where the type system cannot help (fuzzing). Returns the first problem found, or null.
 */
export function reportShapeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const r = value as Record<string, unknown>;
  if (r['schemaVersion'] !== 1) return 'schemaVersion is not 1';
  for (const key of ['preamble', 'sections', 'signature', 'appendix', 'tables', 'diagnostics'] as const) {
    if (!Array.isArray(r[key])) return `${key} is not an array`;
  }
  if (!['legacy-2008', 'gov-2019', 'gov-2021', 'unknown'].includes(r['template'] as string))
    return 'template is not a TemplateId';
  for (const key of ['title', 'agency', 'publishedOn'] as const) {
    if (r[key] !== null && typeof r[key] !== 'string') return `${key} is neither string nor null`;
  }
  if (r['year'] !== null && !Number.isInteger(r['year'])) return 'year is neither integer nor null';
  if (typeof r['contact'] !== 'object' || r['contact'] === null) return 'contact is not an object';
  if (typeof r['indicators'] !== 'object' || r['indicators'] === null) return 'indicators is not an object';
  for (const t of r['tables'] as Record<string, unknown>[]) {
    if (!Array.isArray(t['rows']) || !Array.isArray(t['columns'])) return 'table without rows/columns';
    for (const row of t['rows'] as Record<string, unknown>[]) {
      if (!Array.isArray(row['values']) || !Array.isArray(row['cells'])) return 'row without values/cells';
      for (const v of row['values'] as unknown[]) {
        if (v !== null && (typeof v !== 'number' || !Number.isFinite(v)))
          return `row value ${String(v)} is not a finite number or null`;
      }
    }
  }
  for (const d of r['diagnostics'] as Record<string, unknown>[]) {
    if (typeof d['code'] !== 'string' || !['error', 'warning', 'info'].includes(d['severity'] as string))
      return 'diagnostic without code/severity';
  }
  try {
    JSON.stringify(value);
  } catch (error) {
    return `not JSON-serialisable: ${String(error)}`;
  }
  return null;
}
