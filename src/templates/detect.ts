/**
 * Template detection from what the tables and headings say, with the year only as a tie-breaker
 * between the 2019 and 2021 forms (late reports use old forms and vice versa), and, for a report without
 * tables, to keep a 2008–2018 report whose headings borrow the later forms' words on the 2008 form.
 */
import { sharedSignals, signalsOf } from '../forms/index.js';
import type { Report, Section, TemplateId } from '../types.js';
import { PLAIN, canonicalText } from './normalise-label.js';
import type { Signal } from './types.js';

/** Phrases of the 2008–2018 统计表, national and provincial (src/forms/national-2008.ts, provincial-2008.ts). */
const legacySignals: Signal[] = signalsOf('legacy-2008');
/** Phrases shared by the 2019 and 2021 forms (src/forms/applications-appeals.ts). */
const commonSignals: Signal[] = [...sharedSignals];
/** Phrases only the 2019 form has (src/forms/trial-2019.ts). */
const gov2019Signals: Signal[] = signalsOf('gov-2019');
/** Phrases only the 2021 form has (src/forms/national-2021.ts). */
const gov2021Signals: Signal[] = signalsOf('gov-2021');

/** Every detection phrase, for documentation and tests. */
export const detectionSignals = {
  legacy: legacySignals,
  common: commonSignals,
  gov2019: gov2019Signals,
  gov2021: gov2021Signals,
} as const;

/** Every distinct detection phrase; a phrase's id is its index. */
const phrases: string[] = [];
for (const { text } of [...legacySignals, ...commonSignals, ...gov2019Signals, ...gov2021Signals])
  if (!phrases.includes(text)) phrases.push(text);

/** A signal list as phrase ids and weights, for scoring over the found flags. */
const idsOf = (signals: Signal[]): { id: number; weight: number }[] =>
  signals.map((s) => ({ id: phrases.indexOf(s.text), weight: s.weight }));
const legacyIds = idsOf(legacySignals);
const commonIds = idsOf(commonSignals);
const gov2019Ids = idsOf(gov2019Signals);
const gov2021Ids = idsOf(gov2021Signals);

const score = (found: Uint8Array, signals: readonly { id: number; weight: number }[]): number => {
  let sum = 0;
  for (const s of signals) if (found[s.id] === 1) sum += s.weight;
  return sum;
};

/**
 * Per UTF-16 unit: bit 1 = first character of a phrase, bit 2 = second character of a phrase. Whether a unit is its
 * own canonical form is normalise-label.ts's PLAIN, read as it is: copying it in here took a 65,536-step loop on
 * import, ~5% of the CLI's cold start (docs/performance.md, "Cold start").
 */
const FIRST_CHAR = 1;
const SECOND_CHAR = 2;
const CHAR_CLASS = new Uint8Array(0x10000);
/** First character of a detection phrase → 1 + the index in `phrasesByFirst` of the ids of the phrases that begin with it. */
const FIRST_LIST = new Uint8Array(0x10000);
const phrasesByFirst: number[][] = [];
phrases.forEach((text, id) => {
  const first = text.charCodeAt(0);
  if (FIRST_LIST[first] === 0) {
    phrasesByFirst.push([]);
    FIRST_LIST[first] = phrasesByFirst.length;
  }
  phrasesByFirst[FIRST_LIST[first]! - 1]!.push(id);
  CHAR_CLASS[first] = CHAR_CLASS[first]! | FIRST_CHAR;
  // Every phrase has at least two characters, so a phrase starts only where its first two characters do.
  CHAR_CLASS[text.charCodeAt(1)] = CHAR_CLASS[text.charCodeAt(1)]! | SECOND_CHAR;
});

/**
 * @param text Any text.
 * @param i A position in it.
 * @param phrase A detection phrase.
 * @returns `text.startsWith(phrase, i)`, compared character by character (no builtin call; most candidates differ early).
 */
function phraseAt(text: string, i: number, phrase: string): boolean {
  const n = phrase.length;
  if (i + n > text.length) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(i + k) !== phrase.charCodeAt(k)) return false;
  return true;
}

/**
 * Flags the detection phrases a canonical text contains: one pass, the same answer as `text.includes` per phrase.
 * A phrase already flagged is not looked for again.
 * @param text A canonical text.
 * @param found Flags by phrase id.
 */
function findPhrases(text: string, found: Uint8Array): void {
  const last = text.length - 1;
  for (let i = 0; i < last; i++) {
    const code = text.charCodeAt(i);
    if ((CHAR_CLASS[code]! & FIRST_CHAR) === 0 || (CHAR_CLASS[text.charCodeAt(i + 1)]! & SECOND_CHAR) === 0) continue;
    const ids = phrasesByFirst[FIRST_LIST[code]! - 1]!;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (found[id] === 0 && phraseAt(text, i, phrases[id]!)) found[id] = 1;
    }
  }
}

/** Phrase ids found in the plain texts being scanned, committed only when all of them turn out plain. */
const pending: number[] = [];
let pendingCount = 0;

/**
 * Records the detection phrases of a text while checking that it is plain (its own canonical form). Phrases already
 * flagged in `found` are not looked for again.
 * @param text Any text.
 * @param found Flags by phrase id (read only).
 * @returns False, with the phrases found so far left uncommitted, at the first character that is not plain.
 */
function scanPlain(text: string, found: Uint8Array): boolean {
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (PLAIN[code] === 0) return false;
    const cls = CHAR_CLASS[code]!;
    if ((cls & FIRST_CHAR) === 0 || i + 1 >= length || (CHAR_CLASS[text.charCodeAt(i + 1)]! & SECOND_CHAR) === 0)
      continue;
    const ids = phrasesByFirst[FIRST_LIST[code]! - 1]!;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (found[id] === 0 && phraseAt(text, i, phrases[id]!)) pending[pendingCount++] = id;
    }
  }
  return true;
}

function commit(found: Uint8Array): void {
  for (let k = 0; k < pendingCount; k++) found[pending[k]!] = 1;
  pendingCount = 0;
}

/**
 * Flags the detection phrases of `canonicalText(text)`. A text of plain characters is its own canonical form: it is
 * scanned as it is, in the same pass that checks that it is plain; any other text is canonicalised first.
 * @param text Any text.
 * @param found Flags by phrase id.
 */
function findPhrasesOf(text: string, found: Uint8Array): void {
  pendingCount = 0;
  if (scanPlain(text, found)) commit(found);
  else findPhrases(canonicalText(text), found);
}

/**
 * Flags the detection phrases of `canonicalText(cells.join('|'))`. When every cell is plain, so is the joined text, and
 * no phrase holds a '|': the cells are scanned one by one, with no joined copy.
 * @param cells Header cells or column names.
 * @param found Flags by phrase id.
 */
function findPhrasesOfJoined(cells: readonly string[], found: Uint8Array): void {
  pendingCount = 0;
  for (const cell of cells) {
    if (!scanPlain(cell, found)) {
      pendingCount = 0;
      findPhrases(canonicalText(cells.join('|')), found);
      return;
    }
  }
  commit(found);
}

function headings(sections: Section[], found: Uint8Array): void {
  for (const section of sections) {
    findPhrasesOf(section.heading, found);
    if (section.children.length > 0) headings(section.children, found);
  }
}

/** Found flags of one detection (detection is synchronous: one array serves every call). */
const foundFlags = new Uint8Array(phrases.length);

/**
 * The texts detection looks at: table titles, clauses, headers, columns, row labels, section headings.
 * No phrase holds a line feed, so looking at each canonical text on its own finds what one joined text would.
 * @param report A report.
 * @returns The detection phrases found, as flags by phrase id.
 */
function detectionPhrases(report: Report): Uint8Array {
  const found = foundFlags;
  found.fill(0);
  for (const table of report.tables) {
    if (table.title) findPhrasesOf(table.title, found);
    if (table.clause) findPhrasesOf(table.clause, found);
    for (const header of table.headers) findPhrasesOfJoined(header, found);
    findPhrasesOfJoined(table.columns, found);
    const rows = table.rows;
    for (let r = 0; r < rows.length; r++) findPhrasesOf(rows[r]!.label, found);
  }
  headings(report.sections, found);
  return found;
}

/**
 * Which national form the report's tables follow.
 * @param report A parsed report (tables and sections are read; nothing is changed).
 * @returns 'legacy-2008', 'gov-2019', 'gov-2021', or 'unknown' when no form's phrases appear.
 */
export function detectTemplate(report: Report): TemplateId {
  const found = detectionPhrases(report);
  const legacy = score(found, legacyIds);
  const common = score(found, commonIds);
  const only2019 = score(found, gov2019Ids);
  const only2021 = score(found, gov2021Ids);
  const modern = common + only2019 + only2021;
  if (legacy === 0 && modern === 0) return 'unknown';
  if (legacy > modern) return 'legacy-2008';
  if (legacy === modern)
    return report.year !== null && report.year <= 2018
      ? 'legacy-2008'
      : report.year !== null && report.year <= 2020
        ? 'gov-2019'
        : 'gov-2021';
  if (only2021 > only2019) return 'gov-2021';
  if (only2019 > only2021) return 'gov-2019';
  // Tables that say nothing either form alone says: the year decides. Without tables, words the 2019 and 2021 forms
  // share in the headings (收到和处理政府信息公开申请情况) of a report for a year before the 2019 form existed
  // (2008–2018 reports followed the 2008 form) say nothing of its form; with tables, those phrases come from a
  // table of the modern forms, which the year cannot overrule.
  if (report.tables.length === 0 && report.year !== null && report.year <= 2018) return 'legacy-2008';
  return report.year !== null && report.year <= 2020 ? 'gov-2019' : 'gov-2021';
}
