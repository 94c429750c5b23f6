/**
 * The Report's agency, year and publication date from the document's parts: which source wins when
 * several print one (metadata.ts reads each source).
 */
import type { DocumentParts } from './document.js';
import { findAgency, findYear } from './metadata.js';
import { findDate } from './signature.js';
import { tidy } from './text.js';

/** An ISO date with its day: a date line without one (2017年3月) gives no publication date. */
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function withDay(iso: string | null): string | null {
  return iso !== null && FULL_DATE.test(iso) ? iso : null;
}

/** A value of a page information box: the cell after its label (发文日期 or 发文日期:). */
function infoBoxValue(rows: string[][], label: RegExp, read: (value: string) => string | null): string | null {
  for (const row of rows) {
    const at = row.findIndex((cell) => label.test(cell));
    if (at >= 0 && row[at + 1]) return read(row[at + 1]!);
  }
  return null;
}

/**
 * The publication date: the report's own date line (the signature's, else the one under the title or
 * above an untitled text), else the date of the page around it (an information box's 发文日期, a page
 * information line's 时间：…), else a date printed in the title lines or at the top of the preamble. Only a
 * date with its day counts.
 */
function findPublishedOn(parts: DocumentParts): string | null {
  const own = withDay(parts.signatureLines?.iso ?? null) ?? withDay(parts.byline.date);
  if (own !== null) return own;
  const box = withDay(infoBoxValue(parts.infoBox, /^(?:发文日期|成文日期|发布日期)[：:]?$/, findDate));
  if (box !== null) return box;
  if (parts.pageDate !== null) return parts.pageDate;
  const head = [...parts.titleLines.map((line) => line.text), ...parts.preamble.slice(0, 1).map((p) => p.text)];
  let found: string | null = null;
  for (const text of head) if (text.length <= 30) found = withDay(findDate(text)) ?? found;
  return found;
}

/**
 * @param parts The document's parts.
 * @returns The reporting agency, the year reported on, the publication date (ISO, with its day), and a
 *   date line without a day.
 */
export function readMetadata(parts: DocumentParts): {
  agency: string | null;
  year: number | null;
  publishedOn: string | null;
  /** The report's date line when it prints no day (2017年3月 → '2017-03'), which gives no publication date. */
  monthOnly: string | null;
} {
  const publishedOn = findPublishedOn(parts);
  const sources = {
    title: parts.title,
    signatureAgency: parts.signatureLines?.agencyText ? tidy(parts.signatureLines.agencyText) : null,
    bylineAgency: parts.byline.agency,
    preamble: parts.preamble,
    sections: parts.sections,
    tables: parts.tables,
    dateLine: parts.signatureLines?.iso ?? parts.byline.date ?? publishedOn,
  };
  const agency =
    findAgency(sources) ?? infoBoxValue(parts.infoBox, /^(?:发布机构|发文机关)[：:]?$/, (value) => value || null);
  const own = parts.signatureLines?.iso ?? parts.byline.date;
  const monthOnly = publishedOn === null && own !== null && withDay(own) === null ? own : null;
  return { agency, year: findYear(sources), publishedOn, monthOnly };
}
