/** Metadata from the title, preamble, signature and tables: agency, year, date, contact. */
import { HAN_DIGIT_CLASS, parseHanNumber, toHalfWidth } from '../vocabulary/numerals.js';
import type { Contact, Paragraph, Table } from '../types.js';
import { tidy } from './text.js';

const YEAR = new RegExp(`(\\d{4}|[${HAN_DIGIT_CLASS}OＯ]{4})\\s*年`);
/** "…2018年政府信息公开工作年度报告" in the preamble. */
const REPORT_YEAR = new RegExp(
  `(\\d{4}|[${HAN_DIGIT_CLASS}]{4})\\s*年度?[^。；;]{0,24}?(?:年度)?(?:工作)?(?:年度)?报告`,
);
/** The agency between a leading year and the report words: (度)衢州市安监局(政府信息公开…). */
const TITLE_AFTER_YEAR = /^度?\s*(.+?)\s*(?:政府信息公开|政务公开|政府信息|信息公开|政府資訊公開|政府信息公開)/;
/** "现将衢州市…局(以下简称…)2018年…" in the preamble. */
const PREAMBLE_AGENCY =
  /(?:现将|现公布|现发布|现予公布)\s*([^，,。；;（(]{2,40}?)\s*(?:[(（]以下简称|\d{4}\s*年|[二〇○][〇○零一二三四五六七八九]{3}\s*年)/;

function readYear(text: string): number | null {
  const half = toHalfWidth(text);
  const digits = /^\d{4}$/.test(half) ? Number(half) : parseHanNumber(half);
  return digits !== null && digits >= 1990 && digits <= 2100 ? digits : null;
}

/**
 * @param title Title, if any.
 * @param preamble Preamble paragraphs.
 * @param tables Tables (their titles say 2018年度).
 * @param publishedOn Signature date.
 * @returns The year reported on.
 */
export function findYear(
  title: string | null,
  preamble: Paragraph[],
  tables: Table[],
  publishedOn: string | null,
): number | null {
  const fromTitle = title ? YEAR.exec(title) : null;
  if (fromTitle) return readYear(fromTitle[1]!);
  for (const paragraph of preamble) {
    const match = REPORT_YEAR.exec(paragraph.text);
    if (match) return readYear(match[1]!);
  }
  for (const table of tables) {
    const match = table.title ? YEAR.exec(table.title) : null;
    if (match) return readYear(match[1]!);
  }
  return publishedOn ? Number(publishedOn.slice(0, 4)) - 1 : null;
}

/**
 * @param signatureAgency Agency line of the signature.
 * @param title Title, if any.
 * @param preamble Preamble paragraphs.
 * @param tables Tables (reporting unit).
 * @returns The reporting body's name.
 */
export function findAgency(
  signatureAgency: string | null,
  title: string | null,
  preamble: Paragraph[],
  tables: Table[],
): string | null {
  if (signatureAgency) return signatureAgency;
  if (title) {
    const match = YEAR.exec(title);
    const prefix = match
      ? title
          .slice(0, match.index)
          .replace(/[\s（(《]+$/, '')
          .trim()
      : '';
    if (prefix.length >= 2) return prefix;
    // The year first: 2019年度衢州市安监局政府信息公开工作年度报告.
    const after = match && prefix === '' ? TITLE_AFTER_YEAR.exec(title.slice(match.index + match[0].length)) : null;
    if (after && after[1]!.length >= 2) return after[1]!.trim();
  }
  for (const paragraph of preamble) {
    const match = PREAMBLE_AGENCY.exec(paragraph.text);
    if (match) return match[1]!.trim();
  }
  return tables.find((table) => table.reportingUnit)?.reportingUnit ?? null;
}

const S = '[ \\t\\u00a0\\u3000]*';
const LABEL_END = `${S}[:：]${S}`;
/** Contact fields: label patterns (space-padded labels allowed) and value patterns. */
const CONTACT_FIELDS: { field: keyof Contact; label: string; value: string }[] = [
  { field: 'address', label: `(?:通[讯訊]|联[系係]|聯[系係]|办公|辦公)?地${S}址`, value: '[^；;，,。)）\\n]+' },
  { field: 'postcode', label: `[邮郵]${S}(?:[政]${S})?[编編](?:${S}[码碼])?`, value: '\\d{6}' },
  {
    field: 'phone',
    label: `(?:[联聯][系係]|咨[询詢])?[电電]${S}[话話](?:${S}[/／]${S}[传傳]${S}真)?`,
    value: '\\d[\\d\\-－—()（） 、/／]{5,}\\d',
  },
  { field: 'fax', label: `[传傳]${S}真(?:${S}[电電]${S}[话話])?`, value: '\\d[\\d\\-－—()（） ]{5,}\\d' },
  {
    field: 'email',
    label: `(?:[电電]子)?(?:[邮郵]${S}箱|[邮郵]件|E-?mail)(?:${S}地址)?`,
    value: '[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}',
  },
  {
    field: 'website',
    label: `(?:[网網]${S}址|[网網]站(?:地址)?|[门門]户[网網]站)`,
    value: '(?:https?://)?[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+(?:/[^\\s；;，,。)）]*)?',
  },
];
const CONTACT_REGEXPS = CONTACT_FIELDS.map(({ field, label, value }) => ({
  field,
  regexp: new RegExp(`${label}${LABEL_END}(${value})`, 'i'),
}));

/**
 * @param texts Paragraph texts to search, preamble first.
 * @returns Contact details found, first occurrence of each field.
 */
export function findContact(texts: string[]): Contact {
  const contact: Contact = {};
  for (const printed of texts) {
    if (!/[:：]/.test(printed)) continue;
    const text = toHalfWidth(printed);
    for (const { field, regexp } of CONTACT_REGEXPS) {
      if (contact[field] !== undefined) continue;
      const match = regexp.exec(text);
      // Justified PDF lines spread CJK characters apart (莱阳 市五 龙北 路13号): no address or name has such blanks.
      if (match) contact[field] = tidy(match[1]!.trim());
    }
  }
  return contact;
}
