/**
 * Contact labels are looked for only just before the colons they can end at (`findLabelled`, src/assemble/contact.ts;
 * docs/performance.md): checked against the unanchored search of every pattern over the whole text, on drawn
 * paragraphs of labels (the longest forms, letter-spaced, full-width, after the words their lookbehind excludes),
 * colons, values and separators.
 */
import { describe, expect, it } from 'vitest';
import { draw, random } from '../helpers/draw.js';
import { findContact } from '../../src/assemble/contact.js';
import type { Contact } from '../../src/types.js';
import { toHalfWidth } from '../../src/vocabulary/width.js';
import { tidy } from '../../src/assemble/text.js';

const S = '[ \\t\\u00a0\\u3000]*';
const LABEL_END = `${S}[:：]${S}`;
const PHONE_VALUE = '\\d[\\d\\-－—()（） 、/／]{5,}\\d';

/** The labels and values as src/assemble/contact.ts writes them, each searched over the whole text. */
const LABELS: { fields: (keyof Contact)[]; label: string; value: string }[] = [
  {
    fields: ['address'],
    label: `(?<![站件页网網箱P])(?:通${S}[讯訊信]|[联聯]${S}[系係]|[办辦]${S}公)?${S}地${S}址`,
    value: '(?:[^；;，,。()（）\\n]|[(（][^；;，,。()（）\\n]*[)）])+',
  },
  { fields: ['postcode'], label: `[邮郵]${S}(?:[政]${S})?[编編](?:${S}[码碼])?`, value: '\\d{6}' },
  {
    fields: ['phone', 'fax'],
    label: `[电電]${S}[话話]${S}(?:[/／、]${S}[传傳]${S}真|[(（]${S}[传傳]${S}真${S}[)）])`,
    value: PHONE_VALUE,
  },
  {
    fields: ['phone'],
    label: `(?:[联聯]${S}[系係]|咨${S}[询詢]|[办辦]${S}公)?${S}[电電]${S}[话話](?:${S}[号號]${S}[码碼])?`,
    value: PHONE_VALUE,
  },
  { fields: ['fax'], label: `[传傳]${S}真(?:${S}[电電]${S}[话話]|${S}[号號]${S}[码碼])?`, value: PHONE_VALUE },
  {
    fields: ['email'],
    label: `(?:[电電]子)?(?:[邮郵]${S}箱|[邮郵]件|E-?mail)(?:${S}地址)?`,
    value: '[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}',
  },
  {
    fields: ['website'],
    label: `(?:[网網]${S}址|[网網]站(?:地址)?|[门門]户[网網]站(?:地址)?)`,
    value: '(?:https?://)?[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+(?:/[^\\s；;，,。)）]*)?',
  },
];
const PATTERNS = LABELS.map(({ fields, label, value }) => ({
  fields,
  regexp: new RegExp(`${label}${LABEL_END}(${value})`, 'i'),
}));
const UNLABELLED = new RegExp(
  `[联聯]${S}[系係]${LABEL_END}[\\u4e00-\\u9fff]{2,12}[ \\t\\u00a0\\u3000]+(${PHONE_VALUE})(?=${S}(?:[。；;，,)）]|$))`,
);
const NEXT_LABEL = new RegExp(`(?:${LABELS.map(({ label }) => label).join('|')})${LABEL_END}`, 'i');

/** Every pattern run over every whole text, folded. */
function findContactFully(texts: string[]): Contact {
  const contact: Contact = {};
  for (const printed of texts) {
    const text = toHalfWidth(printed);
    for (const { fields, regexp } of PATTERNS) {
      if (fields.every((field) => contact[field] !== undefined)) continue;
      const match = regexp.exec(text);
      if (!match) continue;
      let value = match[1]!;
      const next = fields[0] === 'address' ? NEXT_LABEL.exec(value) : null;
      if (next) value = value.slice(0, next.index);
      value = tidy(value.trim());
      if (value === '') continue;
      for (const field of fields) contact[field] ??= value;
    }
    if (contact.phone === undefined) {
      const unlabelled = UNLABELLED.exec(text);
      if (unlabelled) contact.phone = tidy(unlabelled[1]!.trim());
    }
  }
  return contact;
}

/** Labels in their longest forms and pieces of them, letter-spaced and full-width forms among them. */
const LABEL_PIECES = [
  '通讯地址',
  '联 系 地 址',
  '办公地址',
  '地址',
  '网站地址',
  '网站 地址',
  '邮件地址',
  'P地址',
  '邮政编码',
  '邮 编',
  '郵編',
  '电话/传真',
  '电话（传真）',
  '電話、傳真',
  '联系电话号码',
  '咨 询 电 话',
  '电话',
  '传真号码',
  '传真电话',
  '传 真',
  '电子E-mail地址',
  '电子邮箱',
  'E-MAIL',
  'ｅｍａｉｌ',
  '邮件',
  '门户网站地址',
  '网 址',
  '网站',
  '联系',
  '请联系',
  '聯繫地址',
  '辦公電話',
  '傳真',
  'e-mail',
  '網址',
  '門户網站',
  '聯係',
  '郵箱',
];
const COLONS = ['：', ':', ' ：', '\u3000：\u3000', ':  ', '：：'];
const VALUES = [
  '0591-1234567',
  '０５９１－７６５４３２１',
  '85390768',
  '350001',
  'info@example.gov.cn',
  'ａ＠ｂ．ｇｏｖ．ｃｎ',
  'www.example.gov.cn',
  'http://www.gov.cn/a',
  '某市某路1号',
  '某大厦(A座)25楼',
  '党政办  85390768',
  '',
];
const OTHER = [' ', '\t', '；', '，', '。', '）', '（', '/', '如对本报告有疑问', '说明', '站', '网', '\n'];

describe('contact labels looked for before their colons', () => {
  it('finds what every pattern run over the whole text finds, on drawn paragraphs', () => {
    // Fields (a label, a colon, a value) among other pieces, and pieces drawn freely.
    const rand = random(15_015);
    const pick = (list: readonly string[]): string => list[Math.floor(rand() * list.length)]!;
    const fields = Array.from({ length: 20_000 }, () => {
      let text = '';
      const count = 1 + Math.floor(rand() * 5);
      for (let i = 0; i < count; i++) {
        if (rand() < 0.3) text += pick(OTHER);
        text += rand() < 0.9 ? pick(LABEL_PIECES) + pick(COLONS) + pick(VALUES) : pick(VALUES) + pick(COLONS);
        if (rand() < 0.7) text += pick(OTHER);
      }
      return text;
    });
    const texts = [...fields, ...draw([...LABEL_PIECES, ...COLONS, ...VALUES, ...OTHER], 10_000, 12, 15_016)];
    let found = 0;
    const differing: string[] = [];
    for (const text of texts) {
      const expected = findContactFully([text]);
      if (Object.keys(expected).length > 0) found++;
      if (JSON.stringify(findContact([text])) !== JSON.stringify(expected)) differing.push(text);
    }
    expect(differing).toEqual([]);
    // The drawing reaches the patterns: most paragraphs with a label and a value find something.
    expect(found).toBeGreaterThan(3000);
  });

  it('finds the longest labels, letter-spaced, after another field and after a colon of their own', () => {
    const cases = [
      '电子E-mail地址：a@b.gov.cn',
      '联 系 电 话 号 码 ： 0591-1234567',
      '门户网站地址:www.example.gov.cn',
      '说明：见下。邮政编码：350001；电话（传真）：0591-1234567',
      '网站 地址：某市某路1号',
      '请联系：党政办  85390768。',
    ];
    for (const text of cases) {
      const expected = findContactFully([text]);
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      expect(findContact([text])).toEqual(expected);
    }
  });
});
