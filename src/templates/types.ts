/**
 * Shapes of the template catalogues: every row of a national form as data
 * (stable key, label variants, unit, parent), plus the arithmetic the form implies.
 */
import type { TemplateId } from '../types.js';
import type { DiagnosticCode } from '../codes.js';

/** One row of a national form. */
export interface RowEntry {
  /** Stable dotted key; for grid rows the prefix of the indicator keys (`apply.new` → `apply.new.total`). */
  key: string;
  /** Label as printed in the national form first, then variants seen in published reports (simplified characters; matching normalises width, spaces, markers, notes and traditional characters). */
  labels: string[];
  /** Unit of the row's values; null when the form prints none. */
  unit: string | null;
  /** Key of the parent row (the heading or the whole it belongs to). */
  parent: string | null;
  /** Grid rows only: prefix of the indicator keys when it differs from `key` ('' = the column keys alone). */
  indicatorPrefix?: string;
  /** The row is a heading or rowspan group label that carries no values of its own in this form. */
  heading?: boolean;
  /** The row matches a table row whose label is empty (the single data row of the 2019/2021 section 四 table). */
  matchesEmptyLabel?: boolean;
  /** Where the row comes from, when not the national form. */
  note?: string;
}

/** One value column of a grid. */
export interface ColumnEntry {
  /** Suffix of the indicator key (`naturalPerson`, `total`, `review.upheld` …). */
  key: string;
  /** Header text variants; matched against each '/'-separated segment of `Table.columns` (last segments first). */
  labels: string[];
  /** Labels the segment before must match (disambiguates 结果维持 under 行政复议 / 未经复议直接起诉 / 复议后起诉). */
  under?: string[];
  /** Unit of the column's values, overriding the row's. */
  unit?: string | null;
}

/**
 * A table of a form.
 * - `list`: one value per row (the 2008–2018 统计表): indicator key = row key.
 * - `grid`: one value per row × column (2019/2021): indicator key = row key + '.' + column key.
 */
export interface TableGroup {
  id: string;
  kind: 'list' | 'grid';
  /** Section 二 clause item number (第二十条第(一)项 → 1) of the 2019/2021 small tables. */
  clauseItem?: number;
  /** Grid columns. */
  columns?: ColumnEntry[];
  /** Documentation lists the rows as `row.{placeholder}` with a column legend instead of every row × column key. */
  compact?: { placeholder: string };
  rows: RowEntry[];
}

/**
 * An arithmetic identity: Σ lhs (relation) Σ rhs, checked by the validator.
 * Sums: lhs = [total], rhs = parts. "Of which" rows: lhs = [part], rhs = [whole], relation '<='.
 */
export interface Identity {
  id: string;
  code: Extract<
    DiagnosticCode,
    | 'validate-sum-mismatch'
    | 'validate-balance-mismatch'
    | 'validate-heading-value-mismatch'
    | 'validate-part-exceeds-whole'
  >;
  lhs: string[];
  rhs: string[];
  relation: '=' | '<=';
  /** The identity as people read it, e.g. '收到申请数 = 当面 + 传真 + 网络 + 信函'. */
  description: string;
}

/** A weighted phrase whose presence in table or heading text points to a template. */
export interface Signal {
  text: string;
  weight: number;
}

/** Everything the library knows about one template generation. */
export interface TemplateCatalogue {
  id: Exclude<TemplateId, 'unknown'>;
  /** The document that fixed the form. */
  source: string;
  /** Years whose reports normally use it (first, last; null = still current). */
  years: [number, number | null];
  groups: TableGroup[];
  identities: Identity[];
}
