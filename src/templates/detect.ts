/**
 * Template detection from what the tables and headings say, with the year only as a tie-breaker
 * between the 2019 and 2021 forms (late reports use old forms and vice versa).
 */
import type { Report, Section, TemplateId } from '../types.js';
import { canonicalText } from './normalise-label.js';
import type { Signal } from './types.js';

/** Phrases of the 2008–2018 统计表. */
const legacySignals: Signal[] = [
  { text: '政府信息公开情况统计表', weight: 3 },
  { text: '统计指标', weight: 2 },
  { text: '年度累计数', weight: 2 },
  { text: '主动公开政府信息数', weight: 3 },
  { text: '收到申请数', weight: 3 },
  { text: '申请办结数', weight: 2 },
  { text: '申请答复数', weight: 2 },
  { text: '回应解读情况', weight: 2 },
  { text: '依申请公开情况', weight: 1 },
  { text: '行政复议数量', weight: 1 },
  // Provincial and older forms.
  { text: '指标名称', weight: 2 },
  { text: '历年累计', weight: 2 },
  { text: '主动公开文件数', weight: 2 },
  { text: '受理依申请公开信息总数', weight: 2 },
  { text: '对申请的答复', weight: 2 },
  { text: '全文电子化', weight: 2 },
];

/** Phrases shared by the 2019 and 2021 forms. */
const commonSignals: Signal[] = [
  { text: '本年新收政府信息公开申请', weight: 3 },
  { text: '上年结转政府信息公开申请', weight: 2 },
  { text: '结转下年度继续办理', weight: 2 },
  { text: '收到和处理政府信息公开申请情况', weight: 2 },
  { text: '第二十条第', weight: 2 },
  { text: '未经复议直接起诉', weight: 2 },
  { text: '申请人情况', weight: 1 },
];

/** Phrases only the 2019 form has. */
const gov2019Signals: Signal[] = [
  { text: '本年新制作数量', weight: 3 },
  { text: '本年新公开数量', weight: 3 },
  { text: '对外公开总数量', weight: 3 },
  { text: '上一年项目数量', weight: 3 },
  { text: '本年增/减', weight: 2 },
  { text: '采购项目数量', weight: 2 },
  { text: '其他对外管理服务事项', weight: 2 },
];

/** Phrases only the 2021 form has. */
const gov2021Signals: Signal[] = [
  { text: '本年制发件数', weight: 3 },
  { text: '本年废止件数', weight: 3 },
  { text: '现行有效件数', weight: 3 },
  { text: '本年处理决定数量', weight: 2 },
  { text: '本年收费金额', weight: 3 },
  { text: '申请人无正当理由逾期不补正', weight: 3 },
  { text: '申请人逾期未按收费通知要求缴纳费用', weight: 3 },
];

/** Every detection phrase, for documentation and tests. */
export const detectionSignals = { legacy: legacySignals, common: commonSignals, gov2019: gov2019Signals, gov2021: gov2021Signals } as const;

const score = (found: ReadonlySet<string>, signals: Signal[]): number => signals.reduce((sum, s) => (found.has(s.text) ? sum + s.weight : sum), 0);

/** First character of a detection phrase → the phrases that begin with it. */
const phrasesByFirst = new Map<number, string[]>();
for (const { text } of [...legacySignals, ...commonSignals, ...gov2019Signals, ...gov2021Signals]) {
  const first = text.charCodeAt(0);
  const list = phrasesByFirst.get(first) ?? [];
  if (!list.includes(text)) list.push(text);
  phrasesByFirst.set(first, list);
}
const PHRASE_START = new Uint8Array(0x10000);
for (const first of phrasesByFirst.keys()) PHRASE_START[first] = 1;

/**
 * Adds the detection phrases a text contains to `found`: one pass, the same answer as `text.includes` per phrase.
 * @param text A canonical text.
 * @param found The phrases found so far.
 */
function findPhrases(text: string, found: Set<string>): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (PHRASE_START[code] === 0) continue;
    for (const phrase of phrasesByFirst.get(code)!) if (text.startsWith(phrase, i)) found.add(phrase);
  }
}

function headings(sections: Section[], out: string[]): string[] {
  for (const section of sections) {
    out.push(section.heading);
    headings(section.children, out);
  }
  return out;
}

/**
 * The texts detection looks at: table titles, clauses, headers, columns, row labels, section headings.
 * No phrase holds a line feed, so looking at each canonical text on its own finds what one joined text would.
 * @param report A report.
 * @returns The detection phrases found.
 */
function detectionPhrases(report: Report): Set<string> {
  const parts: string[] = [];
  for (const table of report.tables) {
    if (table.title) parts.push(table.title);
    if (table.clause) parts.push(table.clause);
    for (const header of table.headers) parts.push(header.join('|'));
    parts.push(table.columns.join('|'));
    for (const row of table.rows) parts.push(row.label);
  }
  headings(report.sections, parts);
  const found = new Set<string>();
  for (const part of parts) findPhrases(canonicalText(part), found);
  return found;
}

/**
 * Which national form the report's tables follow.
 * @param report A parsed report (tables and sections are read; nothing is changed).
 * @returns 'legacy-2008', 'gov-2019', 'gov-2021', or 'unknown' when no form's phrases appear.
 */
export function detectTemplate(report: Report): TemplateId {
  const found = detectionPhrases(report);
  const legacy = score(found, legacySignals);
  const common = score(found, commonSignals);
  const only2019 = score(found, gov2019Signals);
  const only2021 = score(found, gov2021Signals);
  const modern = common + only2019 + only2021;
  if (legacy === 0 && modern === 0) return 'unknown';
  if (legacy > modern) return 'legacy-2008';
  if (legacy === modern) return report.year !== null && report.year <= 2018 ? 'legacy-2008' : report.year !== null && report.year <= 2020 ? 'gov-2019' : 'gov-2021';
  if (only2021 > only2019) return 'gov-2021';
  if (only2019 > only2021) return 'gov-2019';
  // Tables that say nothing either form alone says: the year decides.
  return report.year !== null && report.year <= 2020 ? 'gov-2019' : 'gov-2021';
}
