/** Finding the signature (agency line + date line) and reading dates. */
import { HAN_DIGIT_CLASS, parseHanNumber } from '../vocabulary/numerals.js';
import { toHalfWidth } from '../vocabulary/width.js';
import type { Block, TextLine } from './lines.js';

const NUM = `(?:\\d+|[${HAN_DIGIT_CLASS}OＯ]+)`;
/** A line that is only a date: 2019年1月7日, 二〇一九年一月七日, （2019年1月）. */
const DATE_LINE = new RegExp(`^[(（]?\\s*(${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(?:(${NUM})\\s*日)?\\s*[)）]?$`);
const DATE_ANYWHERE = new RegExp(
  `(\\d{4}|[${HAN_DIGIT_CLASS}OＯ]{4})\\s*(?:年\\s*(${NUM})\\s*月|[-/.](\\d{1,2})[-/.])\\s*(?:(${NUM})\\s*[日号]?)?`,
);

/**
 * `/^\d+$/` read with a character loop (every date line reads two or three numbers).
 * @param text Any text.
 * @returns Whether it is one or more ASCII digits.
 */
export function isAsciiDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

function toNumber(text: string): number | null {
  const half = toHalfWidth(text);
  return isAsciiDigits(half) ? Number(half) : parseHanNumber(half);
}

/**
 * @param year Year text.
 * @param month Month text.
 * @param day Day text, if any.
 * @returns ISO date (YYYY-MM-DD, or YYYY-MM without a day), or null when out of range.
 */
function isoDate(year: string, month: string, day: string | undefined): string | null {
  const y = toNumber(year);
  const m = toNumber(month);
  const d = day === undefined ? null : toNumber(day);
  if (y === null || m === null || y < 1990 || y > 2100 || m < 1 || m > 12) return null;
  if (d !== null && (d < 1 || d > 31)) return null;
  const mm = String(m).padStart(2, '0');
  return d === null ? `${y}-${mm}` : `${y}-${mm}-${String(d).padStart(2, '0')}`;
}

/**
 * @param text A whole line.
 * @returns The ISO date when the line is only a date, else null.
 */
export function readDateLine(text: string): string | null {
  // A date line is short and says 年 and 月: most lines (titles: …2019年度报告) are rejected without a regex.
  if (text.length > 40 || !text.includes('年') || !text.includes('月')) return null;
  const match = DATE_LINE.exec(toHalfWidth(text).replace(/\s+/g, ''));
  return match ? isoDate(match[1]!, match[2]!, match[3]) : null;
}

/**
 * @param text Any text.
 * @returns The first date in it, as ISO, or null.
 */
export function findDate(text: string): string | null {
  const match = DATE_ANYWHERE.exec(toHalfWidth(text));
  return match ? isoDate(match[1]!, match[2] ?? match[3]!, match[4]) : null;
}

/** The signature found in a document. */
export interface SignatureLines {
  agency: TextLine | null;
  /** The agency's name: the agency line, or the text before the date on a combined line. */
  agencyText: string | null;
  date: TextLine;
  iso: string | null;
  /** Block index of the first signature line. */
  first: number;
  /** Block index of the date line. */
  last: number;
}

/** How agency names end (人民政府, 监督管理局, 办公室, 街道 …), as a regexp group. */
export const AGENCY_SUFFIX = '(?:局|委|办|院|厅|府|会|部|室|处|所|中心|公司|馆|站|队|办公室|街道|镇|乡)';

/**
 * An agency name, then a date: the signature on one line. Blanks usually part them; a PDF importer that
 * joined the two lines leaves none, and then the name must end as agency names do.
 */
const COMBINED_LINE = new RegExp(
  `^(.{2,40}?)(?:[ \\t\\u00a0\\u3000]+|(?<=${AGENCY_SUFFIX}))((?:\\d{4}|[${HAN_DIGIT_CLASS}OＯ]{4})\\s*年.*)$`,
);

/** Plausible agency line: short, no sentence punctuation, no marker. */
function isAgencyLine(line: TextLine): boolean {
  const text = line.text;
  return !line.marker && text.length > 1 && text.length <= 40 && !/[。，,；;：:！？]/.test(text);
}

/**
 * The signature is the last date-only line of the document (outside tables),
 * with the agency line just above it when there is one.
 * @param blocks The document's blocks.
 * @param after Only look after this block index (the first section).
 * @returns The signature, or null.
 */
export function findSignature(blocks: Block[], after: number): SignatureLines | null {
  for (let i = blocks.length - 1; i > after; i--) {
    const block = blocks[i]!;
    if (block.kind !== 'text' || block.marker) continue;
    // A date line (alone or after the agency) says 年 and 月.
    if (block.text.length > 60 || !block.text.includes('年') || !block.text.includes('月')) continue;
    let iso = readDateLine(block.text);
    let agencyText: string | null = null;
    if (iso === null && !DATE_LINE.test(toHalfWidth(block.text).replace(/\s+/g, ''))) {
      // Agency and date on one line: 衢州市安全生产监督管理局 2019年1月7日.
      const combined = COMBINED_LINE.exec(block.text);
      if (!combined || /[。，,；;：:！？]/.test(combined[1]!)) continue;
      iso = readDateLine(combined[2]!);
      if (iso === null) continue;
      agencyText = combined[1]!.trim();
    }
    let j = i - 1;
    while (j > after && blocks[j]!.kind === 'blank') j--;
    const above = blocks[j];
    const agency =
      agencyText === null && above && above.kind === 'text' && j > after && isAgencyLine(above) ? above : null;
    return { agency, agencyText: agencyText ?? agency?.text ?? null, date: block, iso, first: agency ? j : i, last: i };
  }
  return null;
}
