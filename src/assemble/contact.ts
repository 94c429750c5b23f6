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
 * Contact labels (letter-spaced labels allowed), the fields each fills, the value pattern, and the characters the
 * label can end with (full-width forms folded), which one of the text's colons must follow.
 */
const CONTACT_LABELS: { fields: (keyof Contact)[]; label: string; value: string; ends: string }[] = [
  {
    fields: ['address'],
    // Not the 地址 of 网站地址, 邮件地址 or 网页地址.
    label: `(?<![站件页网網箱P])(?:通${S}[讯訊信]|[联聯]${S}[系係]|[办辦]${S}公)?${S}地${S}址`,
    // A closing bracket ends the address (…（地址：某路1号）), unless the address opened it: 某大厦(A座)25楼.
    value: '(?:[^；;，,。()（）\\n]|[(（][^；;，,。()（）\\n]*[)）])+',
    ends: '址',
  },
  {
    fields: ['postcode'],
    label: `[邮郵]${S}(?:[政]${S})?[编編](?:${S}[码碼])?`,
    value: '\\d{6}',
    ends: '编編码碼',
  },
  // One number for both: 电话/传真, 电话、传真, 电话(传真).
  {
    fields: ['phone', 'fax'],
    label: `[电電]${S}[话話]${S}(?:[/／、]${S}[传傳]${S}真|[(（]${S}[传傳]${S}真${S}[)）])`,
    value: PHONE_VALUE,
    ends: '真)',
  },
  {
    fields: ['phone'],
    label: `(?:[联聯]${S}[系係]|咨${S}[询詢]|[办辦]${S}公)?${S}[电電]${S}[话話](?:${S}[号號]${S}[码碼])?`,
    value: PHONE_VALUE,
    ends: '话話码碼',
  },
  {
    fields: ['fax'],
    label: `[传傳]${S}真(?:${S}[电電]${S}[话話]|${S}[号號]${S}[码碼])?`,
    value: PHONE_VALUE,
    ends: '真话話码碼',
  },
  {
    fields: ['email'],
    label: `(?:[电電]子)?(?:[邮郵]${S}箱|[邮郵]件|E-?mail)(?:${S}地址)?`,
    value: '[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}',
    ends: '箱件lL址',
  },
  {
    fields: ['website'],
    label: `(?:[网網]${S}址|[网網]站(?:地址)?|[门門]户[网網]站(?:地址)?)`,
    value: '(?:https?://)?[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+(?:/[^\\s；;，,。)）]*)?',
    ends: '址站',
  },
];

const CONTACT_REGEXPS = CONTACT_LABELS.map(({ fields, label, value, ends }) => ({
  fields,
  ends,
  regexp: new RegExp(`${label}${LABEL_END}(${value})`, 'i'),
}));

/** The character a label ends with before UNLABELLED_PHONE's colon: the 系 of 联系. */
const UNLABELLED_ENDS = '系係';

/**
 * What comes before each colon of a text: a label is only looked for in a text where one of the characters it
 * can end with stands before a colon (blanks between them allowed, as LABEL_END allows), so most paragraphs
 * run no pattern.
 * @param text A paragraph as printed.
 * @returns The last character before each colon, full-width forms folded (as the patterns read the text).
 */
function beforeColons(text: string): string {
  return charsBefore(text, '：', charsBefore(text, ':', ''));
}

/** `out` and the character before each `colon` of `text` (blanks skipped, folded). */
function charsBefore(text: string, colon: string, out: string): string {
  for (let i = text.indexOf(colon); i !== -1; i = text.indexOf(colon, i + 1)) {
    let j = i - 1;
    while (j >= 0 && isLabelBlank(text.charCodeAt(j))) j--;
    if (j < 0) continue;
    const before = text.charCodeAt(j);
    out += String.fromCharCode(before >= 0xff01 && before <= 0xff5e ? before - 0xfee0 : before);
  }
  return out;
}

/** A blank of S (blank, tab, no-break space, ideographic space). */
function isLabelBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
}

/** Whether one of `ends` is in `before`. */
function endsOne(before: string, ends: string): boolean {
  for (let i = 0; i < ends.length; i++) if (before.includes(ends[i]!)) return true;
  return false;
}

/**
 * A number printed after the office it reaches, with no 电话 label: 请联系：党政办  85390768。 The office is a
 * short name of its own (no label, so no colon before the number), the number ends the clause.
 */
const UNLABELLED_PHONE = new RegExp(
  `[联聯]${S}[系係]${LABEL_END}[\\u4e00-\\u9fff]{2,12}[ \\t\\u00a0\\u3000]+(${PHONE_VALUE})(?=${S}(?:[。；;，,)）]|$))`,
);

/** Any contact label: where an address run together with the next field ends (…7楼邮 编：350400电 话：…). */
const NEXT_LABEL = new RegExp(`(?:${CONTACT_LABELS.map(({ label }) => label).join('|')})${LABEL_END}`, 'i');

/**
 * @param texts Paragraph texts to search, preamble first.
 * @returns Contact details found, first occurrence of each field.
 */
export function findContact(texts: string[]): Contact {
  const contact: Contact = {};
  for (const printed of texts) {
    const before = beforeColons(printed);
    if (before === '') continue;
    // Folded once, when a first pattern may match.
    let text: string | null = null;
    for (const { fields, regexp, ends } of CONTACT_REGEXPS) {
      if (!endsOne(before, ends) || fields.every((field) => contact[field] !== undefined)) continue;
      text ??= toHalfWidth(printed);
      const match = regexp.exec(text);
      if (!match) continue;
      let value = match[1]!;
      const next = fields[0] === 'address' ? NEXT_LABEL.exec(value) : null;
      if (next) value = value.slice(0, next.index);
      // Justified PDF lines spread CJK characters apart (莱阳 市五 龙北 路13号): no address or name has such blanks.
      value = tidy(value.trim());
      if (value === '') continue;
      for (const field of fields) contact[field] ??= value;
    }
    if (contact.phone === undefined && endsOne(before, UNLABELLED_ENDS)) {
      const unlabelled = UNLABELLED_PHONE.exec(text ?? toHalfWidth(printed));
      if (unlabelled) contact.phone = tidy(unlabelled[1]!.trim());
    }
  }
  return contact;
}
