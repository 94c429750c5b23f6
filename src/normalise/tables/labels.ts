/**
 * Label-only lines of a table: a label wrapped onto its own line (joined to the row it continues),
 * a rowspan group label printed once (`三、本年度办理结果`, the first label cell of the next row), or
 * a row whose cells are all empty. Evidence: open brackets, row markers, and the lines around.
 */
import { unclosed } from './cell-types.js';
import { startsWithMarker } from '../../vocabulary/markers.js';
import { isFormLabel } from './form-labels.js';
import type { HeaderSpec } from './header-data.js';
import type { LineRecord, Mode } from './records.js';

const hasValues = (r: LineRecord): boolean => r.tokens !== null || r.preset !== null;

/** A row being assembled. */
export interface Draft {
  labels: string[];
  record: LineRecord;
  start: number;
  end: number;
  joined: number;
}

/**
 * Resolves label-only records against the rows around them: a wrapped label (joined to the row it
 * continues), a rowspan group label (first label cell of the next row), or a row with no values.
 * @param records The records.
 * @param spec The table's header spec.
 * @param mode The rendering (one-cell-per-line text has no wrapped labels).
 * @returns Rows in order; trailing label-only records are not part of the table, but in one-cell-per-line
 *   text those that are row labels of a national form are rows whose cells are all empty.
 */
export function resolveLabels(records: readonly LineRecord[], spec: HeaderSpec, mode: Mode): Draft[] {
  const rows: Draft[] = [];
  let pending: LineRecord[] = [];
  const matrix = spec.labelLevels > 1;
  const wraps = mode !== 'cells';
  for (const record of records) {
    if (!hasValues(record)) {
      pending.push(record);
      continue;
    }
    const row: Draft = { labels: [...record.labels], record, start: record.start, end: record.end, joined: 0 };
    const groups: string[] = [];
    let carry: string[] | null = null;
    const rowMarked = row.labels.length > 0 && startsWithMarker(row.labels[0]!);
    pending.forEach((p, i) => {
      const text = p.labels.join('');
      const prev = rows.at(-1);
      const last = i === pending.length - 1;
      if (carry) {
        // a label wrapped over several lines continues
        carry[carry.length - 1] += p.labels[0] ?? '';
        carry.push(...p.labels.slice(1));
        row.joined++;
      } else if (wraps && prev && prev.end >= p.start - 3 && unclosed(prev.labels.at(-1) ?? '')) {
        prev.labels[prev.labels.length - 1] += text;
        prev.end = Math.max(prev.end, p.end);
        prev.joined++;
      } else if (
        wraps &&
        (unclosed(text) || (last && ((row.labels.length === 0 && spec.labelLevels > 0) || !rowMarked)))
      ) {
        carry = [...p.labels];
        row.start = Math.min(row.start, p.start);
      } else if (wraps && prev && !startsWithMarker(text)) {
        prev.labels[prev.labels.length - 1] += text;
        prev.end = Math.max(prev.end, p.end);
        prev.joined++;
      } else if (matrix) {
        groups.push(...p.labels);
        row.start = Math.min(row.start, p.start);
      } else {
        rows.push({ labels: [text], record: { ...p, tokens: [] }, start: p.start, end: p.end, joined: 0 });
      }
    });
    if (carry) {
      const c: string[] = carry;
      row.labels =
        row.labels.length === 0 ? c : [...c.slice(0, -1), c.at(-1)! + row.labels[0]!, ...row.labels.slice(1)];
      row.joined++;
    }
    if (groups.length) row.labels = [...groups, ...row.labels];
    pending = [];
    rows.push(row);
  }
  if (mode === 'cells' && spec.labelLevels > 0) {
    // One cell per line prints no line for an empty cell: a row whose cells are all empty is its label
    // alone, even at the end of the table (a table printed without any value). The form's row labels
    // tell such rows from the text after the table.
    for (const p of pending) {
      const text = p.labels.join('');
      if (!isFormLabel(text)) break;
      rows.push({ labels: [text], record: { ...p, tokens: [] }, start: p.start, end: p.end, joined: 0 });
    }
  }
  return rows;
}
