/**
 * Inline enumerations inside a paragraph (…。一是加强领导，…。二是…。) become
 * child sections of the section holding the paragraph (docs/forms.md).
 */
import { markerOrdinal } from '../vocabulary/numerals.js';
import type { Paragraph, Section } from '../types.js';
import type { MarkerInfo, TextLine } from './lines.js';
import type { ParagraphDraft } from './paragraphs.js';
import type { PositionMapper } from '../pipeline/source-map.js';
import { splitRunIn } from './text.js';

/** 一是 二是 … after the start of the paragraph or a sentence/clause end. */
const ITEM = /(?:^|(?<=[。；;！？!?：:]))[ \u3000]*([一二三四五六七八九十]+是)/g;
const HAN_DIGITS = new Set([...'一二三四五六七八九十'].map((digit) => digit.charCodeAt(0)));

/** Whether the text holds 一是 … 十是 anywhere: most paragraphs do not, and skip the global match. */
function hasItemWord(text: string): boolean {
  for (let i = text.indexOf('是', 1); i !== -1; i = text.indexOf('是', i + 1))
    if (HAN_DIGITS.has(text.charCodeAt(i - 1))) return true;
  return false;
}

/**
 * Splits a line that starts with an item marker (一是) at the further items it holds
 * (一是…；二是…。), one line per item, each with its own marker and offsets.
 * @param line A section line.
 * @returns The line alone, or one line per item.
 */
export function splitItemLine(line: TextLine): TextLine[] {
  if (line.marker?.family !== 'enumeration' || !hasItemWord(line.text)) return [line];
  const matches = [...line.text.matchAll(ITEM)];
  if (matches.length === 0) return [line];
  const out: TextLine[] = [];
  let from = 0;
  let marker = line.marker;
  for (const match of matches) {
    const at = match.index! + match[0].indexOf(match[1]!);
    out.push(itemLine(line, marker, from, at));
    const start = line.textStart + at;
    marker = { image: match[1]!, family: 'enumeration', start, end: start + match[1]!.length };
    from = at + match[1]!.length;
  }
  out.push(itemLine(line, marker, from, line.text.length));
  return out;
}

/** The part of an item line from `from` to `to` of its text, with its marker. */
function itemLine(line: TextLine, marker: MarkerInfo, from: number, to: number): TextLine {
  const raw = line.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const textStart = line.textStart + from + lead;
  return {
    kind: 'text',
    start: marker.start,
    end: text === '' ? marker.end : textStart + text.length,
    marker,
    text,
    textStart,
  };
}

/**
 * Sets the section's paragraphs from its drafts, splitting a paragraph at inline
 * enumeration items when it holds at least two of them (and the section has no
 * 一是 lines of its own); the text before the first item stays a paragraph.
 * @param section Section to update in place.
 * @param drafts Its paragraph drafts (for offsets).
 * @param mapper Offset → position.
 */
export function splitEnumerations(section: Section, drafts: ParagraphDraft[], mapper: PositionMapper): void {
  const split = !section.children.some((child) => child.marker.endsWith('是'));
  // A draft gives at most one paragraph (a split one its text before the first item): an array of the drafts' length,
  // cut to the paragraphs made (pushing onto [] would reserve 17 places for the one or two most sections have).
  const paragraphs = new Array<Paragraph>(drafts.length);
  let count = 0;
  const items: Section[] = [];
  for (const draft of drafts) {
    const matches = split && hasItemWord(draft.text) ? [...draft.text.matchAll(ITEM)] : [];
    if (matches.length < 2) {
      paragraphs[count++] = draft.toParagraph(mapper);
      continue;
    }
    const first = matches[0]!.index! + matches[0]![0].indexOf(matches[0]![1]!);
    if (first > 0) paragraphs[count++] = draft.slice(0, first, mapper);
    matches.forEach((match, k) => {
      const markerAt = match.index! + match[0].indexOf(match[1]!);
      const next = matches[k + 1];
      const end = next ? next.index! + next[0].indexOf(next[1]!) : draft.text.length;
      const body = draft.text.slice(markerAt + match[1]!.length, end);
      const { heading, rest, restIndex } = splitRunIn(body);
      const whole = draft.slice(markerAt, end, mapper);
      const restFrom = markerAt + match[1]!.length + restIndex;
      items.push({
        marker: match[1]!,
        level: section.level + 1,
        ordinal: markerOrdinal(match[1]!),
        heading: heading.trim(),
        paragraphs: rest.trim() === '' ? [] : [draft.slice(restFrom, end, mapper)],
        children: [],
        tables: [],
        position: whole.position,
      });
    });
  }
  paragraphs.length = count;
  section.paragraphs = paragraphs;
  if (items.length > 0) section.children = items.concat(section.children);
}
