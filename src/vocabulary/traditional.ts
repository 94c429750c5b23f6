/**
 * Traditional → simplified characters for the words the catalogues, detection phrases and narrative rules use.
 * Mirror and wiki copies of reports are often converted to traditional characters (Big5 copies, 行政複議,
 * 政府資訊). The pairs were derived with opencc-js (cn → tw, hk, t, twp, character by character);
 * test/templates/traditional.test.ts fails when a catalogue character's traditional forms are missing here.
 * The one folding for every stage: the builder's `fold` (src/assemble/text.ts), label and text matching
 * (src/templates/normalise-label.ts) and the narrative check (src/validate/narrative.ts).
 */

/** Pairs, traditional then simplified. */
const PAIRS =
  '萬万專专業业兩两個个為为爲为舉举於于從从價价眾众衆众會会傳传體体償偿關关內内決决況况減减劃划辦办務务動动勞劳區区醫医單单衛卫衞卫廳厅參参發发號号後后員员圍围國国處处復复實实審审對对屬属應应廢废開开強强當当徵征徑径總总執执護护報报數数無无時时機机權权條条構构標标沒没濟济點点熱热環环現现電电療疗監监確确祕秘穩稳類类糾纠納纳線线組组織织經经結结絡络統统繼继續续維维繳缴網网罰罚職职輿舆範范藥药獲获補补規规計计認认訓训議议許许訟讼設设訪访訴诉詢询請请讀读談谈負负財财責责貧贫購购費费資资轉转過过郵邮採采錯错長长門门聞闻閱阅閲阅隱隐項项預预題题額额駁驳' +
  // Forms opencc produces only from phrases (行政複議, 答覆, 製作), or for words outside the labels (資訊, 名稱, 歷年).
  '複复覆复訊讯稱称歷历製制';

/** Traditional character → simplified character. */
export const traditionalToSimplified: ReadonlyMap<string, string> = pairsToMap([...PAIRS]);

function pairsToMap(characters: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < characters.length; i += 2) map.set(characters[i]!, characters[i + 1]!);
  return map;
}

/**
 * Taiwan wording that a phrase-level conversion (opencc cn → twp) puts in place of mainland words, in traditional
 * characters, with the mainland word (found by converting every catalogue label; see the test).
 */
export const taiwanPhrases: readonly (readonly [string, string])[] = [
  ['資訊', '信息'],
  ['檔案', '文件'],
  ['釋出', '发布'],
  ['線上', '在线'],
  ['網路', '网络'],
  ['型別', '类型'],
  ['專案', '项目'],
  ['設定', '设置'],
];

/**
 * @param text Any text.
 * @returns Whether it holds a traditional character the catalogues know.
 */
export function hasTraditional(text: string): boolean {
  // A table scan, not a regexp of the class: every traditional character is one UTF-16 unit, so the answer is the same.
  for (let i = 0; i < text.length; i++) if (IS_TRADITIONAL[text.charCodeAt(i)] === 1) return true;
  return false;
}

const IS_TRADITIONAL = new Uint8Array(0x10000);
for (const ch of traditionalToSimplified.keys()) IS_TRADITIONAL[ch.charCodeAt(0)] = 1;

/**
 * Converts traditional characters to simplified ones, character by character, after Taiwan wording (資訊 → 信息).
 * @param text Any text.
 * @returns The text with the characters the catalogues use in simplified form.
 */
export function toSimplified(text: string): string {
  // Most text has no traditional character at all: one scan, no copy.
  if (!hasTraditional(text)) return text;
  let source = text;
  for (const [taiwan, mainland] of taiwanPhrases)
    if (source.includes(taiwan)) source = source.replaceAll(taiwan, mainland);
  // Character by character (every traditional character and its simplified form is one UTF-16 unit): the same as
  // replacing each match of the class, without a callback per character.
  return simplifiedCharacters(source);
}

/**
 * Converts traditional characters to simplified ones, character by character (no Taiwan wording).
 * @param text Any text.
 * @returns The text with every traditional character of `traditionalToSimplified` simplified.
 */
export function simplifiedCharacters(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const simplified = SIMPLIFIED[text.charCodeAt(i)]!;
    if (simplified === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(simplified);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Traditional character → its simplified character (0 = not a traditional character). */
const SIMPLIFIED = new Uint16Array(0x10000);
for (const [traditional, simplified] of traditionalToSimplified) {
  if (traditional.length !== 1 || simplified.length !== 1)
    throw new Error(`traditional.ts: ${traditional} → ${simplified} is not one UTF-16 unit for one`);
  SIMPLIFIED[traditional.charCodeAt(0)] = simplified.charCodeAt(0);
}
