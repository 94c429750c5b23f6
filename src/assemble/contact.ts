/**
 * Contact details printed in a report (如对本报告有任何疑问，请联系…（地址：…；邮编：…；电话：…）): labels in
 * simplified or traditional characters, letter-spaced (`邮 编：`), full-width (`＠`), one number for two
 * labels (`电话/传真`, `电话(传真)`), and fields on lines of their own that paragraph joining ran together.
 */
import type { Contact } from '../types.js';
import { toHalfWidth } from '../vocabulary/width.js';
import { tidy } from './text.js';

const S = '[ \\t\\u00a0\\u3000]*';
const LABEL_END = `${S}[:：]${S}`;
const PHONE_VALUE = '\\d[\\d\\-－—()（） 、/／]{5,}\\d';

/**
 * Contact labels (letter-spaced labels allowed), the fields each fills, the value pattern, the characters the
 * label can end with (full-width forms folded), which one of the text's colons must follow, and the most
 * characters other than blanks the label can hold (电子E-mail地址: 10), and the characters it can start with (blanks
 * aside; Latin letters in both cases, as the patterns ignore case).
 */
const CONTACT_LABELS: {
  fields: (keyof Contact)[];
  label: string;
  value: string;
  ends: string;
  span: number;
  starts: string;
}[] = [
  {
    fields: ['address'],
    // Not the 地址 of 网站地址, 邮件地址 or 网页地址.
    label: `(?<![站件页网網箱P])(?:通${S}[讯訊信]|[联聯]${S}[系係]|[办辦]${S}公)?${S}地${S}址`,
    // A closing bracket ends the address (…（地址：某路1号）), unless the address opened it: 某大厦(A座)25楼.
    value: '(?:[^；;，,。()（）\\n]|[(（][^；;，,。()（）\\n]*[)）])+',
    ends: '址',
    span: 4,
    starts: '通联聯办辦地',
  },
  {
    fields: ['postcode'],
    label: `[邮郵]${S}(?:[政]${S})?[编編](?:${S}[码碼])?`,
    value: '\\d{6}',
    ends: '编編码碼',
    span: 4,
    starts: '邮郵',
  },
  // One number for both: 电话/传真, 电话、传真, 电话(传真).
  {
    fields: ['phone', 'fax'],
    label: `[电電]${S}[话話]${S}(?:[/／、]${S}[传傳]${S}真|[(（]${S}[传傳]${S}真${S}[)）])`,
    value: PHONE_VALUE,
    ends: '真)',
    span: 6,
    starts: '电電',
  },
  {
    fields: ['phone'],
    label: `(?:[联聯]${S}[系係]|咨${S}[询詢]|[办辦]${S}公)?${S}[电電]${S}[话話](?:${S}[号號]${S}[码碼])?`,
    value: PHONE_VALUE,
    ends: '话話码碼',
    span: 6,
    starts: '联聯咨办辦电電',
  },
  {
    fields: ['fax'],
    label: `[传傳]${S}真(?:${S}[电電]${S}[话話]|${S}[号號]${S}[码碼])?`,
    value: PHONE_VALUE,
    ends: '真话話码碼',
    span: 4,
    starts: '传傳',
  },
  {
    fields: ['email'],
    label: `(?:[电電]子)?(?:[邮郵]${S}箱|[邮郵]件|E-?mail)(?:${S}地址)?`,
    value: '[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}',
    ends: '箱件lL址',
    span: 10,
    starts: '电電邮郵Ee',
  },
  {
    fields: ['website'],
    label: `(?:[网網]${S}址|[网網]站(?:地址)?|[门門]户[网網]站(?:地址)?)`,
    value: '(?:https?://)?[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+(?:/[^\\s；;，,。)）]*)?',
    ends: '址站',
    span: 6,
    starts: '网網门門',
  },
];

/** A pattern that starts with a label and its colon, tried only where such a label can stand (`findLabelled`). */
interface LabelledPattern {
  /** The characters the label can end with, full-width forms folded. */
  ends: string;
  /** The most characters other than blanks the label holds. */
  span: number;
  /** The characters other than blanks the label can start with (full-width forms folded). */
  starts: string;
  /** The pattern, sticky: tried at a given start. */
  sticky: RegExp;
}

const CONTACT_PATTERNS = CONTACT_LABELS.map(({ fields, label, value, ends, span, starts }) => ({
  fields,
  pattern: { ends, span, starts, sticky: new RegExp(`${label}${LABEL_END}(${value})`, 'iy') } satisfies LabelledPattern,
}));

/**
 * A number printed after the office it reaches, with no 电话 label: 请联系：党政办  85390768。 The office is a
 * short name of its own (no label, so no colon before the number), the number ends the clause.
 */
const UNLABELLED_PHONE: LabelledPattern = {
  ends: '系係',
  span: 2,
  starts: '联聯',
  sticky: new RegExp(
    `[联聯]${S}[系係]${LABEL_END}[\\u4e00-\\u9fff]{2,12}[ \\t\\u00a0\\u3000]+(${PHONE_VALUE})(?=${S}(?:[。；;，,)）]|$))`,
    'y',
  ),
};

/** Every character a label can end with, and the most characters other than blanks a label holds. */
const ALL_ENDS = [...CONTACT_LABELS.map(({ ends }) => ends), UNLABELLED_PHONE.ends].join('');
const MAX_SPAN = Math.max(UNLABELLED_PHONE.span, ...CONTACT_LABELS.map(({ span }) => span));

/** Any contact label: where an address run together with the next field ends (…7楼邮 编：350400电 话：…). */
const NEXT_LABEL = new RegExp(`(?:${CONTACT_LABELS.map(({ label }) => label).join('|')})${LABEL_END}`, 'i');

/** The colons of a text, in order, and the character each follows. */
interface Colons {
  /** Offsets of the colons (: and ：). */
  at: number[];
  /** Per colon, the last character before it (blanks skipped, full-width forms folded), -1 for none. */
  after: number[];
}

/**
 * @param text A paragraph as printed.
 * @returns Its colons, or null when it has none (most paragraphs: no pattern is run on them).
 */
export function colonsOf(text: string): Colons | null {
  let half = text.indexOf(':');
  let full = text.indexOf('：');
  if (half === -1 && full === -1) return null;
  const at: number[] = [];
  const after: number[] = [];
  while (half !== -1 || full !== -1) {
    let i: number;
    if (full === -1 || (half !== -1 && half < full)) {
      i = half;
      half = text.indexOf(':', i + 1);
    } else {
      i = full;
      full = text.indexOf('：', i + 1);
    }
    let j = i - 1;
    while (j >= 0 && isLabelBlank(text.charCodeAt(j))) j--;
    const before = j < 0 ? -1 : text.charCodeAt(j);
    at.push(i);
    after.push(before >= 0xff01 && before <= 0xff5e ? before - 0xfee0 : before);
  }
  return { at, after };
}

/** A blank of S (blank, tab, no-break space, ideographic space). */
function isLabelBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
}

/** Whether one of `chars` is `code`. */
function holdsCode(chars: string, code: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}

/** Whether a colon follows one of `ends` (most paragraphs' colons follow no label: their text is not folded). */
function followsEnd(colons: Colons, ends: string): boolean {
  for (let k = 0; k < colons.after.length; k++) if (holdsCode(ends, colons.after[k]!)) return true;
  return false;
}

/**
 * Where a label ending at a colon can start at the earliest: back from the colon over `span` characters other than
 * blanks (and the blanks among and after them), never before `floor`.
 */
function windowStart(text: string, colon: number, floor: number, span: number): number {
  let from = colon;
  for (let n = 0; n < span && from > floor;) {
    from--;
    if (!isLabelBlank(text.charCodeAt(from))) n++;
  }
  return from;
}

/** A paragraph's text from `base` on, full-width forms folded (as long as the printed text: colons stay in place). */
interface FoldedText {
  text: string;
  base: number;
}

/**
 * The part of a paragraph the patterns can read, folded: from the character before the first place a label can
 * start (its lookbehind reads it) to the end. What comes before is not folded (most of a long paragraph, when its
 * contact details come last).
 * @param printed The paragraph as printed.
 * @param colons Its colons.
 * @returns The folded text and where it starts in `printed`.
 */
function foldFromFirstLabel(printed: string, colons: Colons): FoldedText {
  const { at, after } = colons;
  let k = 0;
  while (k < at.length && !holdsCode(ALL_ENDS, after[k]!)) k++;
  const from = k === at.length ? 0 : windowStart(printed, at[k]!, k === 0 ? 0 : at[k - 1]! + 1, MAX_SPAN);
  const base = Math.max(0, from - 1);
  return { text: toHalfWidth(base === 0 ? printed : printed.slice(base)), base };
}

/**
 * The first match of a labelled pattern in a text, as its unanchored search would find it, tried only just before
 * the colons its label can end at. A label holds no colon and ends right before its colon (blanks between), so the
 * first match is the one at the first colon where one can start; there, a label starts among the last `span`
 * characters other than blanks before the colon (one that starts at a blank also starts at the next character,
 * whose lookbehind then sees that blank), and every start before the colon reaches the same colon and the same
 * value after it.
 * @param folded The paragraph, folded from before the first place a label can start (`foldFromFirstLabel`).
 * @param colons Its colons.
 * @param pattern The pattern.
 * @returns The match (its index in the folded text), or null.
 */
export function findLabelled(folded: FoldedText, colons: Colons, pattern: LabelledPattern): RegExpExecArray | null {
  const { at, after } = colons;
  const { text, base } = folded;
  const sticky = pattern.sticky;
  for (let k = 0; k < at.length; k++) {
    if (!holdsCode(pattern.ends, after[k]!)) continue;
    const colon = at[k]! - base;
    const from = windowStart(text, colon, k === 0 ? 0 : at[k - 1]! + 1 - base, pattern.span);
    for (let start = from; start < colon; start++) {
      // Only where the label can start: most characters before a colon start none (a sticky try costs a call).
      if (!holdsCode(pattern.starts, text.charCodeAt(start))) continue;
      sticky.lastIndex = start;
      const match = sticky.exec(text);
      if (match) return match;
    }
  }
  return null;
}

/**
 * @param texts Paragraph texts to search, preamble first.
 * @returns Contact details found, first occurrence of each field.
 */
export function findContact(texts: string[]): Contact {
  const contact: Contact = {};
  for (const printed of texts) {
    const colons = colonsOf(printed);
    if (colons === null) continue;
    // Folded once, when a first pattern may match.
    let text: FoldedText | null = null;
    for (const { fields, pattern } of CONTACT_PATTERNS) {
      if (!followsEnd(colons, pattern.ends) || fields.every((field) => contact[field] !== undefined)) continue;
      text ??= foldFromFirstLabel(printed, colons);
      const match = findLabelled(text, colons, pattern);
      if (!match) continue;
      let value = match[1]!;
      const next = fields[0] === 'address' ? NEXT_LABEL.exec(value) : null;
      if (next) value = value.slice(0, next.index);
      // Justified PDF lines spread CJK characters apart (莱阳 市五 龙北 路13号): no address or name has such blanks.
      value = tidy(value.trim());
      if (value === '') continue;
      for (const field of fields) contact[field] ??= value;
    }
    if (contact.phone === undefined && followsEnd(colons, UNLABELLED_PHONE.ends)) {
      const unlabelled = findLabelled(text ?? foldFromFirstLabel(printed, colons), colons, UNLABELLED_PHONE);
      if (unlabelled) contact.phone = tidy(unlabelled[1]!.trim());
    }
  }
  return contact;
}
