/**
 * The shape of a known table header, as the form data files in this folder write it (docs/forms.md), and
 * the helpers they share. Table rebuilding (src/normalise/tables/header-match.ts) matches these headers.
 * Matching ignores whitespace, so `统 计 指 标`, `计量 单位` and `年度累计` / `数` all match.
 */

/** One header word. */
export interface HeaderWord {
  /** Key used in `layout`; a key used n times in the layout must be matched n times. */
  key: string;
  /** Spellings without whitespace; the first is canonical. */
  variants: readonly string[];
  /** Regular-expression source used instead of `variants` (e.g. a year column). */
  pattern?: string;
  /** Characters the pattern can start with (a cheap test before any regular expression runs). */
  starts?: string;
  /** May be absent from a printed header (a corner note). */
  optional?: boolean;
}

/** One known table header. */
export interface HeaderSpec {
  /** Stable id, e.g. `legacy-3`. */
  id: string;
  /** Where the header comes from, e.g. `国办公开办函〔2019〕60号 §三`. */
  source: string;
  /**
   * Substrings (without whitespace) of which at least one occurs in any printed form of the header.
   * Their first characters are rare in narrative (单 累 内 然 维), so the pre-scan stays cheap.
   */
  anchors: readonly string[];
  words: readonly HeaderWord[];
  /** Header rows in the pipe convention: a word key per cell, '' for a merged or empty cell. */
  layout: readonly (readonly string[])[];
  /** Leading label columns of the layout (1 for plain tables, 3 for the section 三 matrix, 0 for section 四). */
  labelColumns: number;
  /** Whether the column after the labels is a unit column (单位 / 计量单位). */
  unitColumn: boolean;
  /** Number of value columns (the last ones of the layout). */
  valueColumns: number;
  /** Whether data rows may carry several label cells (a rowspan group label, then the row's own label). */
  labelLevels: number;
  /** Row identities: value-column index of a total and the indices of its parts. */
  rowIdentities: readonly { total: number; parts: readonly number[] }[];
}

/** A parenthetical note allowed after a header word: `上一年项目数量(指2019年事项数)`. */
export const NOTE_SOURCE = '(?:[（(][^（()）]*(?:[（(][^（()）]*[）)][^（()）]*)*[）)])?';

/**
 * @param key The word's key in a layout.
 * @param variants Its spellings, the canonical first.
 * @returns A header word.
 */
export const w = (key: string, ...variants: string[]): HeaderWord => ({ key, variants });

/** A year as printed in a column header: 2013, 二〇一三. */
export const YEAR = '(?:\\d{4}|[〇○零一二三四五六七八九]{4})';
/** The characters a year starts with. */
export const YEAR_STARTS = '0123456789〇○零一二三四五六七八九';

/**
 * Clause tables of section 二 (2019 trial and 2021 revision): one label column (信息内容) and n value columns.
 * @param id The header's id.
 * @param source Where the header comes from.
 * @param columns The value columns' words.
 * @returns The header.
 */
export function clauseHeader(id: string, source: string, columns: HeaderWord[]): HeaderSpec {
  const anchors = ['内容'];
  return {
    id,
    source,
    anchors,
    words: [w('content', '信息内容'), ...columns],
    layout: [['content', ...columns.map((c) => c.key)]],
    labelColumns: 1,
    unitColumn: false,
    valueColumns: columns.length,
    labelLevels: 1,
    rowIdentities: [],
  };
}
