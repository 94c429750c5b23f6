/**
 * Narrative against table: figures the text states for a table indicator ("主动公开政府信息共 502 条",
 * "通过政府网站主动公开信息361条", "受理依申请公开1件", "未收到信息公开申请") are compared with the table.
 * Rules are data; the more specific ones run first and claim their text, so "其中通过政府网站主动公开信息361条"
 * is read as the website channel, not as the total.
 */
import { parseHanNumber } from '../vocabulary/numerals.js';
import { asciiDigits } from '../vocabulary/width.js';
import type { IndicatorCell } from '../templates/cells.js';
import type { Diagnostic, Paragraph, Position, Report, Section, TemplateId } from '../types.js';
import { hasTraditional, toSimplified, traditionalToSimplified } from '../vocabulary/traditional.js';
import { type CellsByKey, cellsByKey, keyId } from './by-key.js';
import { labelOf } from './labels.js';

/** One kind of statement. `{N}` in the pattern is the number; a rule without `{N}` states zero. */
interface NarrativeRule {
  id: string;
  pattern: string;
  /** A paragraph must contain one of these words for the rule to be tried (a cheap pre-test). */
  words: string[];
  /** Keys per template whose values add up to the stated figure. */
  keys: Partial<Record<TemplateId, string[]>>;
}

const NUMBER = '(?<n>\\d+|[零〇一二两三四五六七八九十百千]+)';
const GAP = '[^，,。；;：:\\d\\n]{0,8}?';
const NEG = '(?:无|未发生|未收到|没有|未)';

const allModern = (keys: string[]): Partial<Record<TemplateId, string[]>> => ({ 'gov-2019': keys, 'gov-2021': keys });

/** The statements checked, most specific first. */
export const narrativeRules: NarrativeRule[] = [
  {
    id: 'website',
    words: ['政府网站'],
    pattern: `政府网站${GAP}公开${GAP}{N}\\s*条`,
    keys: { 'legacy-2008': ['active.channels.website'] },
  },
  {
    id: 'gazette',
    words: ['政府公报'],
    pattern: `政府公报${GAP}公开${GAP}{N}\\s*条`,
    keys: { 'legacy-2008': ['active.channels.gazette'] },
  },
  {
    id: 'weibo-wechat',
    words: ['政务微博'],
    pattern: `政务微博(?:和|及|、)?(?:政务)?微信${GAP}{N}\\s*条`,
    keys: { 'legacy-2008': ['active.channels.weibo', 'active.channels.wechat'] },
  },
  {
    id: 'weibo',
    words: ['政务微博'],
    pattern: `政务微博(?!和|及|、|微信)${GAP}{N}\\s*条`,
    keys: { 'legacy-2008': ['active.channels.weibo'] },
  },
  {
    id: 'wechat',
    words: ['政务微信'],
    pattern: `政务微信${GAP}{N}\\s*条`,
    keys: { 'legacy-2008': ['active.channels.wechat'] },
  },
  {
    id: 'active-total',
    words: ['主动公开'],
    pattern: `主动公开(?:政府)?信息${GAP}{N}\\s*条`,
    keys: { 'legacy-2008': ['active.total'] },
  },
  {
    id: 'applications',
    words: ['受理', '收到', '新收'],
    pattern: `(?:受理|收到|新收)(?:政府信息公开|信息公开|依申请公开)?(?:申请)?${GAP}{N}\\s*件`,
    keys: { 'legacy-2008': ['apply.received'], ...allModern(['apply.new.total']) },
  },
  {
    id: 'applications-none',
    words: ['收到', '受理'],
    pattern: `${NEG}(?:收到|受理)${GAP}申请`,
    keys: { 'legacy-2008': ['apply.received'], ...allModern(['apply.new.total']) },
  },
  {
    id: 'closed-on-time',
    words: ['按时办结'],
    pattern: `按时办结${GAP}{N}\\s*件`,
    keys: { 'legacy-2008': ['apply.closed.onTime'] },
  },
  {
    id: 'closed-extended',
    words: ['延期办结'],
    pattern: `延期办结${GAP}{N}\\s*件`,
    keys: { 'legacy-2008': ['apply.closed.extended'] },
  },
  {
    id: 'closed',
    words: ['办结'],
    pattern: `办结${GAP}{N}\\s*件`,
    keys: { 'legacy-2008': ['apply.closed'], ...allModern(['apply.outcome.total.total']) },
  },
  {
    id: 'carried-over',
    words: ['结转'],
    pattern: `上年(?:度)?结转${GAP}{N}\\s*件`,
    keys: allModern(['apply.carriedOver.total']),
  },
  {
    id: 'carried-forward',
    words: ['结转'],
    pattern: `结转(?:至|到)?下(?:一)?年度${GAP}{N}\\s*件`,
    keys: allModern(['apply.carriedForward.total']),
  },
  {
    id: 'reviews',
    words: ['行政复议'],
    pattern: `行政复议(?:案件|申请)?${GAP}{N}\\s*(?:件|起)`,
    keys: { 'legacy-2008': ['review.total'], ...allModern(['review.total']) },
  },
  {
    id: 'litigation',
    words: ['诉讼'],
    pattern: `诉讼(?:案件)?${GAP}{N}\\s*(?:件|起)`,
    keys: {
      'legacy-2008': ['litigation.total'],
      ...allModern(['litigation.direct.total', 'litigation.afterReview.total']),
    },
  },
  {
    id: 'reviews-none',
    words: ['行政复议'],
    pattern: `${NEG}[^，,。；;\\d]{0,16}?行政复议`,
    keys: { 'legacy-2008': ['review.total'], ...allModern(['review.total']) },
  },
  {
    id: 'litigation-none',
    words: ['行政诉讼'],
    pattern: `${NEG}[^，,。；;\\d]{0,16}?行政诉讼`,
    keys: {
      'legacy-2008': ['litigation.total'],
      ...allModern(['litigation.direct.total', 'litigation.afterReview.total']),
    },
  },
];

/** Every trigger word of the rules; a word's bit is 1 << its index. */
const triggerWords = [...new Set(narrativeRules.flatMap((rule) => rule.words))];
if (triggerWords.length > 31) throw new Error('narrative rules: more than 31 trigger words');
const maskOf = (words: readonly string[]): number =>
  words.reduce((mask, w) => mask | (1 << triggerWords.indexOf(w)), 0);

/** A rule with its regexp and trigger bits. */
interface CompiledRule {
  rule: NarrativeRule;
  re: RegExp;
  /** Bits of its trigger words. */
  mask: number;
  /** Whether it reads a figure (`{N}`), which claims the text it matched. */
  counts: boolean;
}

const compiled: CompiledRule[] = narrativeRules.map((rule) => ({
  rule,
  re: new RegExp(rule.pattern.replace('{N}', NUMBER), 'gu'),
  mask: maskOf(rule.words),
  counts: rule.pattern.includes('{N}'),
}));

/** A rule of a template, with the numbers of its keys. */
interface TemplateRule extends CompiledRule {
  keyIds: number[];
}

/** Template → its rules, in order (built once). */
const rulesByTemplate = new Map<TemplateId, TemplateRule[]>();

function rulesOf(template: TemplateId): TemplateRule[] {
  let rules = rulesByTemplate.get(template);
  if (!rules) {
    rules = compiled
      .filter(({ rule }) => rule.keys[template] !== undefined)
      .map((c) => ({ ...c, keyIds: (c.rule.keys[template] ?? []).map((key) => keyId(template, key)) }));
    rulesByTemplate.set(template, rules);
  }
  return rules;
}

// Number the rules' keys now, before any report's cells are indexed by key number.
for (const rule of narrativeRules) for (const template of Object.keys(rule.keys) as TemplateId[]) rulesOf(template);

/** Per UTF-16 unit: full-width digit, traditional character, first and second character of a trigger word. */
const FULLWIDTH_DIGIT = 1;
const TRADITIONAL = 2;
const WORD_FIRST = 4;
const WORD_SECOND = 8;
const CHAR_FLAGS = new Uint8Array(0x10000);
CHAR_FLAGS.fill(FULLWIDTH_DIGIT, 0xff10, 0xff1a);
for (const ch of traditionalToSimplified.keys())
  CHAR_FLAGS[ch.charCodeAt(0)] = CHAR_FLAGS[ch.charCodeAt(0)]! | TRADITIONAL;

/** First character of a trigger word → 1 + the index in `wordsByFirst` of the words that begin with it. */
const FIRST = new Uint8Array(0x10000);
/** Per first character: the words that begin with it, and their bits. */
const wordsByFirst: { words: string[]; bits: number[] }[] = [];
triggerWords.forEach((word, i) => {
  const first = word.charCodeAt(0);
  if (FIRST[first] === 0) {
    wordsByFirst.push({ words: [], bits: [] });
    FIRST[first] = wordsByFirst.length;
  }
  const slot = wordsByFirst[FIRST[first]! - 1]!;
  slot.words.push(word);
  slot.bits.push(1 << i);
  // Every trigger word has at least two characters, so a word starts only where its first two characters do.
  if (word.length < 2) throw new Error(`narrative rules: trigger word ${word} is shorter than two characters`);
  CHAR_FLAGS[first] = CHAR_FLAGS[first]! | WORD_FIRST;
  CHAR_FLAGS[word.charCodeAt(1)] = CHAR_FLAGS[word.charCodeAt(1)]! | WORD_SECOND;
});

/** What one pass over a paragraph found besides the trigger words (module state: validation is synchronous). */
let scannedFlags = 0;

/**
 * @param text A paragraph.
 * @returns The bits of the trigger words it contains (the same answer as `text.includes(word)` for each word, in one
 * pass); `scannedFlags` tells whether it holds full-width digits and traditional characters.
 */
function triggersIn(text: string): number {
  let found = 0;
  let flags = 0;
  const length = text.length;
  let next = length > 0 ? CHAR_FLAGS[text.charCodeAt(0)]! : 0;
  for (let i = 0; i < length; i++) {
    const current = next;
    next = i + 1 < length ? CHAR_FLAGS[text.charCodeAt(i + 1)]! : 0;
    flags |= current;
    if ((current & WORD_FIRST) === 0 || (next & WORD_SECOND) === 0) continue;
    const { words, bits } = wordsByFirst[FIRST[text.charCodeAt(i)]! - 1]!;
    for (let k = 0; k < words.length; k++) if (text.startsWith(words[k]!, i)) found |= bits[k]!;
  }
  scannedFlags = flags & (FULLWIDTH_DIGIT | TRADITIONAL);
  return found;
}

/**
 * @param text Arabic digits or a Chinese numeral below 10 000 (三, 十二, 二百零五).
 * @returns The number, or null.
 */
export function parseCount(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  return parseHanNumber(text);
}

/**
 * @returns Whether the report is a mirror copy in traditional characters: a heading or one of the first three paragraphs
 * holds a traditional character.
 */
function isTraditionalCopy(report: Report, paragraphs: readonly Paragraph[]): boolean {
  return (
    report.sections.some((s) => hasTraditional(s.heading)) || paragraphs.slice(0, 3).some((p) => hasTraditional(p.text))
  );
}

function paragraphsOf(report: Report): Paragraph[] {
  const out: Paragraph[] = [];
  for (const paragraph of report.preamble) out.push(paragraph);
  collectParagraphs(report.sections, out);
  return out;
}

function collectParagraphs(sections: readonly Section[], out: Paragraph[]): void {
  for (const section of sections) {
    for (const paragraph of section.paragraphs) out.push(paragraph);
    if (section.children.length > 0) collectParagraphs(section.children, out);
  }
}

/**
 * The place of a match: exact when the paragraph is one unbroken line of the text, else the paragraph.
 */
function placeOf(paragraph: Paragraph, start: number, end: number): Position {
  const p = paragraph.position;
  if (p.start.line !== p.end.line || p.end.offset - p.start.offset !== paragraph.text.length) return p;
  return {
    start: { line: p.start.line, column: p.start.column + start, offset: p.start.offset + start },
    end: { line: p.start.line, column: p.start.column + end, offset: p.start.offset + end },
  };
}

/**
 * Compares the narrative's figures with the table.
 * @param report A report after `applyTemplate`.
 * @param cells Its indicator cells.
 * @param index `cellsByKey(report.template, cells)`, when the caller has it already.
 * @returns One warning per statement that disagrees with the table.
 */
export function checkNarrative(report: Report, cells: IndicatorCell[], index?: CellsByKey): Diagnostic[] {
  if (cells.length === 0) return [];
  const template = report.template;
  const byKey = (index ?? cellsByKey(template, cells)).first;
  // A rule whose table side is incomplete reports nothing: it is tried only when it reads figures (claims text) and a
  // rule after it has a complete side.
  const all = rulesOf(template);
  const allSides = all.map(({ keyIds }) => tableSide(keyIds, byKey));
  let last = allSides.length - 1;
  while (last >= 0 && allSides[last]!.sum === null) last--;
  const rules: TemplateRule[] = [];
  const sides: TableSide[] = [];
  for (let k = 0; k <= last; k++) {
    if (allSides[k]!.sum === null && !all[k]!.counts) continue;
    rules.push(all[k]!);
    sides.push(allSides[k]!);
  }
  if (rules.length === 0) return [];
  // Bits of the trigger words of those rules: a paragraph with none of them is skipped.
  let anyMask = 0;
  for (const { mask } of rules) anyMask |= mask;
  const out: Diagnostic[] = [];
  const paragraphs = paragraphsOf(report);
  // Mirror copies in traditional characters are traditional throughout: look at the headings and first paragraphs once,
  // and only when a paragraph holds a traditional character (the answer matters to no other paragraph).
  let traditional: boolean | undefined;
  for (const paragraph of paragraphs) {
    // One pass finds the trigger words, full-width digits and traditional characters. Digits are in no trigger word, so
    // the words found before the digits are made ASCII are the words found after.
    let text = paragraph.text;
    let triggers = triggersIn(text);
    const flags = scannedFlags;
    if ((flags & FULLWIDTH_DIGIT) !== 0) text = asciiDigits(text);
    if ((flags & TRADITIONAL) !== 0 && (traditional ??= isTraditionalCopy(report, paragraphs))) {
      // toSimplified keeps the length (the phrase table maps two characters to two), so match offsets stay valid.
      text = toSimplified(text);
      triggers = triggersIn(text);
    }
    if ((triggers & anyMask) === 0) continue;
    // Figures claim their text, as [start, end) pairs.
    const claimed: number[] = [];
    for (let k = 0; k < rules.length; k++) {
      const { rule, re, mask } = rules[k]!;
      if ((mask & triggers) === 0) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        const n = m.groups?.['n'];
        const counted = n !== undefined;
        // Figures claim their text, so a general rule cannot read a figure a specific rule already read.
        if (counted) {
          if (overlaps(claimed, start, end)) continue;
          claimed.push(start, end);
        }
        const stated = counted ? parseCount(n) : 0;
        if (stated === null) continue;
        const side = sides[k]!;
        if (side.sum === null) continue;
        const table = side.sum;
        if (Math.abs(table - stated) < 1e-9) continue;
        const diagnostic: Diagnostic = {
          code: 'validate-narrative-mismatch',
          severity: 'warning',
          message: `The text says ${stated} ("${m[0]}") but the table has ${(side.label ??= side.cells.map((c) => `"${labelOf(template, c.key)}"`).join(' + '))} = ${table}.`,
          position: placeOf(paragraph, start, end),
        };
        if (paragraph.page !== undefined) diagnostic.page = paragraph.page;
        diagnostic.related = side.cells.map((c) => c.position);
        diagnostic.actual = stated;
        diagnostic.expected = table;
        diagnostic.note = `narrative rule ${rule.id}`;
        diagnostic.origin = 'validate';
        out.push(diagnostic);
      }
    }
  }
  return out;
}

/** What the table says for a rule: its cells, their sum (null when one is missing or empty) and their labels (when needed). */
interface TableSide {
  cells: IndicatorCell[];
  sum: number | null;
  label?: string;
}

function tableSide(keys: readonly number[], byKey: readonly (IndicatorCell | undefined)[]): TableSide {
  const cells: IndicatorCell[] = [];
  for (const key of keys) {
    const cell = byKey[key];
    if (cell === undefined || cell.value === null) return { cells, sum: null };
    cells.push(cell);
  }
  let sum = 0;
  for (const cell of cells) sum += cell.value!;
  return { cells, sum };
}

function overlaps(claimed: readonly number[], start: number, end: number): boolean {
  for (let i = 0; i < claimed.length; i += 2) if (start < claimed[i + 1]! && claimed[i]! < end) return true;
  return false;
}
