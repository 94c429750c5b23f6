/**
 * Narrative against table: figures the text states for a table indicator ("主动公开政府信息共 502 条",
 * "通过政府网站主动公开信息361条", "受理依申请公开1件", "未收到信息公开申请") are compared with the table.
 * Rules are data; the more specific ones run first and claim their text, so "其中通过政府网站主动公开信息361条"
 * is read as the website channel, not as the total.
 */
import { createDiagnostic } from '../diagnostic.js';
import type { IndicatorCell } from '../templates/cells.js';
import type { Diagnostic, Paragraph, Position, Report, Section, TemplateId } from '../types.js';
import { hasTraditional, toSimplified } from '../templates/normalise-label.js';
import { firstCellByKey } from './by-key.js';
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
  { id: 'website', words: ['政府网站'], pattern: `政府网站${GAP}公开${GAP}{N}\\s*条`, keys: { 'legacy-2008': ['active.channels.website'] } },
  { id: 'gazette', words: ['政府公报'], pattern: `政府公报${GAP}公开${GAP}{N}\\s*条`, keys: { 'legacy-2008': ['active.channels.gazette'] } },
  { id: 'weibo-wechat', words: ['政务微博'], pattern: `政务微博(?:和|及|、)?(?:政务)?微信${GAP}{N}\\s*条`, keys: { 'legacy-2008': ['active.channels.weibo', 'active.channels.wechat'] } },
  { id: 'weibo', words: ['政务微博'], pattern: `政务微博(?!和|及|、|微信)${GAP}{N}\\s*条`, keys: { 'legacy-2008': ['active.channels.weibo'] } },
  { id: 'wechat', words: ['政务微信'], pattern: `政务微信${GAP}{N}\\s*条`, keys: { 'legacy-2008': ['active.channels.wechat'] } },
  { id: 'active-total', words: ['主动公开'], pattern: `主动公开(?:政府)?信息${GAP}{N}\\s*条`, keys: { 'legacy-2008': ['active.total'] } },
  {
    id: 'applications', words: ['受理', '收到', '新收'],
    pattern: `(?:受理|收到|新收)(?:政府信息公开|信息公开|依申请公开)?(?:申请)?${GAP}{N}\\s*件`,
    keys: { 'legacy-2008': ['apply.received'], ...allModern(['apply.new.total']) },
  },
  {
    id: 'applications-none', words: ['收到', '受理'],
    pattern: `${NEG}(?:收到|受理)${GAP}申请`,
    keys: { 'legacy-2008': ['apply.received'], ...allModern(['apply.new.total']) },
  },
  { id: 'closed-on-time', words: ['按时办结'], pattern: `按时办结${GAP}{N}\\s*件`, keys: { 'legacy-2008': ['apply.closed.onTime'] } },
  { id: 'closed-extended', words: ['延期办结'], pattern: `延期办结${GAP}{N}\\s*件`, keys: { 'legacy-2008': ['apply.closed.extended'] } },
  { id: 'closed', words: ['办结'], pattern: `办结${GAP}{N}\\s*件`, keys: { 'legacy-2008': ['apply.closed'], ...allModern(['apply.outcome.total.total']) } },
  { id: 'carried-over', words: ['结转'], pattern: `上年(?:度)?结转${GAP}{N}\\s*件`, keys: allModern(['apply.carriedOver.total']) },
  { id: 'carried-forward', words: ['结转'], pattern: `结转(?:至|到)?下(?:一)?年度${GAP}{N}\\s*件`, keys: allModern(['apply.carriedForward.total']) },
  { id: 'reviews', words: ['行政复议'], pattern: `行政复议(?:案件|申请)?${GAP}{N}\\s*(?:件|起)`, keys: { 'legacy-2008': ['review.total'], ...allModern(['review.total']) } },
  {
    id: 'litigation', words: ['诉讼'],
    pattern: `诉讼(?:案件)?${GAP}{N}\\s*(?:件|起)`,
    keys: { 'legacy-2008': ['litigation.total'], ...allModern(['litigation.direct.total', 'litigation.afterReview.total']) },
  },
  { id: 'reviews-none', words: ['行政复议'], pattern: `${NEG}[^，,。；;\\d]{0,16}?行政复议`, keys: { 'legacy-2008': ['review.total'], ...allModern(['review.total']) } },
  {
    id: 'litigation-none', words: ['行政诉讼'],
    pattern: `${NEG}[^，,。；;\\d]{0,16}?行政诉讼`,
    keys: { 'legacy-2008': ['litigation.total'], ...allModern(['litigation.direct.total', 'litigation.afterReview.total']) },
  },
];

const compiled = narrativeRules.map((rule) => ({
  rule,
  re: new RegExp(rule.pattern.replace('{N}', NUMBER), 'gu'),
}));

/** Every trigger word of the rules. */
const triggerWords = [...new Set(narrativeRules.flatMap((rule) => rule.words))];
/** First character of a trigger word → the words that begin with it (one pass over a paragraph finds them all). */
const wordsByFirst = new Map<number, string[]>();
for (const word of triggerWords) {
  const first = word.charCodeAt(0);
  wordsByFirst.set(first, [...(wordsByFirst.get(first) ?? []), word]);
}
const FIRST = new Uint8Array(0x10000);
for (const first of wordsByFirst.keys()) FIRST[first] = 1;

/**
 * @param text A paragraph.
 * @returns The trigger words it contains (the same answer as `text.includes(word)` for each word, in one pass).
 */
function triggersIn(text: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (FIRST[code] === 0) continue;
    for (const word of wordsByFirst.get(code)!) if (text.startsWith(word, i)) found.add(word);
  }
  return found;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * @param text Arabic digits or a Chinese numeral below 10 000 (三, 十二, 二百零五).
 * @returns The number, or null.
 */
export function parseCount(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch in UNITS) {
      total += (digit ?? 1) * UNITS[ch]!;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** Full-width digits to ASCII, one character for one, so offsets stay valid. */
const FULLWIDTH_DIGIT = /[０-９]/u;
const asciiDigits = (text: string): string => (FULLWIDTH_DIGIT.test(text) ? text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : text);

function paragraphsOf(report: Report): Paragraph[] {
  const out: Paragraph[] = [...report.preamble];
  const walk = (sections: Section[]): void => {
    for (const section of sections) {
      out.push(...section.paragraphs);
      walk(section.children);
    }
  };
  walk(report.sections);
  return out;
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
 * @returns One warning per statement that disagrees with the table.
 */
export function checkNarrative(report: Report, cells: IndicatorCell[]): Diagnostic[] {
  const byKey = firstCellByKey(cells);
  if (byKey.size === 0) return [];
  const rules = compiled.filter(({ rule }) => rule.keys[report.template] !== undefined);
  const out: Diagnostic[] = [];
  const paragraphs = paragraphsOf(report);
  // Mirror copies in traditional characters are traditional throughout: look at the headings and first paragraphs once.
  const traditional = report.sections.some((s) => hasTraditional(s.heading)) || paragraphs.slice(0, 3).some((p) => hasTraditional(p.text));
  for (const paragraph of paragraphs) {
    // toSimplified keeps the length (the phrase table maps two characters to two), so match offsets stay valid.
    const digits = asciiDigits(paragraph.text);
    const text = traditional ? toSimplified(digits) : digits;
    const triggers = triggersIn(text);
    if (triggers.size === 0) continue;
    const claimed: [number, number][] = [];
    for (const { rule, re } of rules) {
      if (!rule.words.some((w) => triggers.has(w))) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        const counted = m.groups?.['n'] !== undefined;
        // Figures claim their text, so a general rule cannot read a figure a specific rule already read.
        if (counted) {
          if (claimed.some(([a, b]) => start < b && a < end)) continue;
          claimed.push([start, end]);
        }
        const stated = counted ? parseCount(m.groups!['n']!) : 0;
        const keyCells = (rule.keys[report.template] ?? []).map((key) => byKey.get(key));
        if (stated === null || keyCells.some((c) => c === undefined || c.value === null)) continue;
        const table = keyCells.reduce((sum, c) => sum + c!.value!, 0);
        if (Math.abs(table - stated) < 1e-9) continue;
        const label = keyCells.map((c) => `"${labelOf(report.template, c!.key)}"`).join(' + ');
        out.push(
          createDiagnostic('narrative-mismatch', 'warning', `The text says ${stated} ("${m[0]}") but the table has ${label} = ${table}.`, {
            position: placeOf(paragraph, start, end),
            ...(paragraph.page !== undefined ? { page: paragraph.page } : {}),
            related: keyCells.map((c) => c!.position),
            actual: stated,
            expected: table,
            note: `narrative rule ${rule.id}`,
            origin: 'validate',
          }),
        );
      }
    }
  }
  return out;
}
