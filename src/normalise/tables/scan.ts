/**
 * Finding tables cheaply: anchor words by indexOf, header candidates filtered by cheap character
 * tests before any matcher runs, and pipe tables with nothing inside to take out skipped in one scan.
 * A text with only pipe tables and narrative costs a few indexOf passes and one line split.
 */
import { hasInnerPipe, isNarrative } from './cell-types.js';
import { TITLE_PATTERN } from './header-data.js';
import { furnitureOf, isBlankLine, isPipesOnly } from './line-tests.js';
import { isColumnLaid } from './wrapped-header.js';
import {
  allAnchors,
  columnHeaderWords,
  compact,
  compiledSpecs,
  matchHeaderAt,
  mostlyHeaderWords,
  type HeaderMatch,
} from './header-match.js';

/** How far above an anchor line a header may start (a corner note and a 申请人情况 line, one cell per line). */
const LOOK_BACK = 12;
/** Header lines never hold more than this many characters. */
const LONGEST_HEADER_LINE = 400;
/** The first line of a header is shorter still (a corner note, or the first header row). */
const LONGEST_START_LINE = 200;

/** Characters that may sit inside an anchor word in PDF text (`信息 内容`). */
const isGap = (code: number): boolean => code === 32 || code === 9 || code === 0xa0 || code === 0x3000;

/**
 * Offsets of the anchor words in the text, spaces inside them allowed; indexOf only, no regular expression.
 * @param text The report text.
 * @returns Offsets of the anchors' first characters.
 */
export function anchorOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (const anchor of allAnchors) {
    const first = anchor[0]!;
    for (let i = text.indexOf(first); i !== -1; i = text.indexOf(first, i + 1)) {
      let j = i + 1;
      let k = 1;
      while (k < anchor.length && j < text.length) {
        const code = text.charCodeAt(j);
        if (code === anchor.charCodeAt(k)) k++;
        else if (!isGap(code)) break;
        j++;
      }
      if (k === anchor.length) offsets.push(i);
    }
  }
  return offsets;
}

/**
 * A pipe table needs no work when no page furniture sits between its rows (call for pipe tables only).
 * @param lines The text's lines.
 * @param header The table's header.
 * @param limit First line index after the table's possible extent.
 * @returns The table's last line when it is clean, else -1.
 */
export function cleanPipeTable(lines: readonly string[], header: HeaderMatch, limit: number): number {
  let last = header.end;
  for (let i = header.end + 1; i < limit; i++) {
    const line = lines[i]!;
    if (line.includes('|') || line.includes('｜')) {
      last = i;
      continue;
    }
    if (isBlankLine(line)) continue;
    return furnitureOf(line) ? -1 : last;
  }
  return last;
}

/**
 * @param line A line.
 * @returns Whether a header may run through it: header words only, or, in a space-aligned line, header
 *   cells wrapped inside their columns.
 */
function headerLine(line: string): boolean {
  return (
    !line.includes('。') &&
    ((!isNarrative(line) && mostlyHeaderWords(line)) || (isColumnLaid(line) && columnHeaderWords(line)))
  );
}

/**
 * Headers of the text, in order, not overlapping. Anchors can be split by spaces (`统 计 指 标 单位`),
 * and a header may start above its anchor line, so start lines are tried around each anchor.
 * @param lines The text's lines.
 * @param candidates Indices of lines holding an anchor, ascending.
 * @returns The headers.
 */
export function findHeaders(lines: readonly string[], candidates: readonly number[]): HeaderMatch[] {
  const headers: HeaderMatch[] = [];
  /** Start lines already tried, with their result: candidates close together share start lines. */
  const tried = new Map<number, HeaderMatch | null>();
  const startable = new Map<number, boolean>();
  let after = 0;
  for (const h of candidates) {
    if (h < after) continue;
    const line = lines[h]!;
    if (line.length > LONGEST_HEADER_LINE || !headerLine(line)) continue;
    if (hasInnerPipe(line)) {
      // a pipe table is left as it is unless page furniture sits inside it: skip a clean one unread
      let j = h + 1;
      while (j < lines.length && (hasInnerPipe(lines[j]!) || isBlankLine(lines[j]!))) j++;
      if (j >= lines.length || !furnitureOf(lines[j]!)) {
        after = j;
        continue;
      }
    }
    let found: HeaderMatch | null = null;
    // a pipe header starts on a pipe row: look back over pipe rows only
    let from = Math.max(after, h - LOOK_BACK);
    if (hasInnerPipe(line)) {
      from = h;
      while (
        from > after &&
        from > h - LOOK_BACK &&
        (lines[from - 1]!.includes('|') || lines[from - 1]!.includes('｜'))
      )
        from--;
    }
    for (let s = from; s <= h; s++) {
      const start = lines[s]!;
      if (s < h) {
        let ok = startable.get(s);
        if (ok === undefined) {
          ok = start.length <= LONGEST_START_LINE && headerLine(start);
          startable.set(s, ok);
        }
        if (!ok) continue;
      }
      let m = tried.get(s);
      if (m === undefined) {
        m = matchHeaderAt(lines, s, compiledSpecs);
        tried.set(s, m);
      }
      if (m && m.end >= h) {
        found = m;
        break;
      }
    }
    if (found) {
      headers.push(found);
      after = found.end + 1;
      // rows of a pipe table cannot start another header: skip them without testing each
      if (hasInnerPipe(lines[found.end]!)) while (after < lines.length && hasInnerPipe(lines[after]!)) after++;
    }
  }
  return headers;
}

/** A title line above a table. */
export interface TitleLine {
  line: number;
  text: string;
  /**
   * The title is also a heading (`六、…统计表`, `（二）…统计表`, `附件：…统计表`): it numbers a section or an
   * appendix of the report, so it stays a text line of its own instead of becoming the table's first row.
   */
  heading: boolean;
}

/** A section or appendix marker at the start of a title line. */
const HEADING_MARKER =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|[0-9０-９]+[、.．](?![0-9０-９])|附[件表][0-9０-９一二三四五六七八九十]*[:：.．、\s])/;

/**
 * @param lines The text's lines.
 * @param header A header.
 * @param floor First line the title may be on.
 * @returns The title line just above the header (统计表 title, 填报单位, 第二十条第(一)项), if any.
 */
export function titleAbove(lines: readonly string[], header: HeaderMatch, floor: number): TitleLine | null {
  let i = header.start - 1;
  // Blank lines and filler lines of bare pipes (`|` between rows of scraped page text) stand between.
  while (i >= floor && (isBlankLine(lines[i]!) || isPipesOnly(lines[i]!))) i--;
  if (i < floor) return null;
  const text = lines[i]!.replace(/[\t|｜]+/g, ' ').trim();
  if (text.length > 120 || text.includes('。') || !TITLE_PATTERN.test(compact(text))) return null;
  return { line: i, text, heading: HEADING_MARKER.test(text) };
}
