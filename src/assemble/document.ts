/**
 * Blocks → the parts of a Report: title, preamble, section tree, tables,
 * signature and appendix. Every non-blank line lands in one of them.
 *
 * Zones: head (title + preamble; see head.ts) up to the first section marker line; body
 * (sections, with their tables) up to the signature or the first 附件/附表
 * line; tail (signature, appendix lines, appendix tables).
 */
import { createDiagnostic } from '../diagnostic.js';
import type { Diagnostic, Paragraph, Section, Table } from '../types.js';
import type { Block, TableBlock, TextLine } from './lines.js';
import { ParagraphCollector } from './paragraphs.js';
import type { PositionMapper } from '../pipeline/source-map.js';
import { findSignature, readDateLine, type SignatureLines } from './signature.js';
import { buildTables } from './tables.js';
import { markerOrdinal } from '../vocabulary/numerals.js';
import { CLAUSE_SOURCE } from '../vocabulary/clauses.js';
import { UNIT_ALTERNATION } from '../vocabulary/units.js';
import { append } from '../arrays.js';
import { memoize } from '../memo.js';
import { fold, splitRunIn, tidy } from './text.js';
import { splitEnumerations, splitItemLine } from './enumerations.js';
import { DOC_NUMBER, findByline, findTitle, isInfoBox } from './head.js';
import { chromeMessage, cutGluedChrome, reportChrome } from './remove-chrome.js';
import { chromeOf, isPageInfoLine, pageInfoDate, pageInfoRows } from './chrome.js';

/** An unnumbered heading of the head: 引言, 引 言, 前言. */
const UNNUMBERED_HEADING = /^(?:引|前|序|导)[ \u3000\u00a0]*言$/;

/** Marker families that open narrative sections. */
const SECTION_FAMILIES = new Set([
  'part',
  'han',
  'han-paren',
  'digit',
  'digit-paren',
  'circled',
  'ordinal',
  'enumeration',
]);
/** A line that titles the table below it. */
const TABLE_TITLE = new RegExp(
  [
    '统计表|情况表|一览表|填报单位|填报机关',
    '^[(（]?\\s*\\d{4}\\s*年度?\\s*[)）]?$',
    '^(?:计量)?单位[:：]',
    // A caption that ends with the table's unit: 2014年依申请公开办理情况分类统计(单位:件).
    `[(（]\\s*(?:计量)?单位[:：]\\s*(?:${UNIT_ALTERNATION})\\s*[)）]\\s*$`,
    CLAUSE_SOURCE,
  ].join('|'),
);

/** What the document builder produces. */
export interface DocumentParts {
  title: string | null;
  titleLines: TextLine[];
  preamble: Paragraph[];
  sections: Section[];
  tables: Table[];
  signature: Paragraph[];
  signatureLines: SignatureLines | null;
  /** Agency and date printed under the title (or, without a title, above the text). */
  byline: { agency: string | null; date: string | null };
  /** The date of a page information line kept with the text (来源：… 时间：2014-03-05 10:20), ISO. */
  pageDate: string | null;
  /** Rows of a CMS page information box (索引号 | … | 发布机构 | …), tidied. */
  infoBox: string[][];
  appendix: Paragraph[];
}

/** A table-of-contents line of a mirrored copy: 一、概述,(一)健全工作機制,(二)…,二、… */
const CONTENTS_ITEM = /[,，;；]\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/g;

/** Any separator a table-of-contents line needs: most lines have none, and skip the global match. */
const CONTENTS_SEPARATOR = /[,，;；]/;

function isSectionLine(block: Block): boolean {
  if (block.kind !== 'text' || block.marker === null || !SECTION_FAMILIES.has(block.marker.family)) return false;
  return !CONTENTS_SEPARATOR.test(block.text) || (block.text.match(CONTENTS_ITEM)?.length ?? 0) < 2;
}

function lineText(line: TextLine): string {
  return line.marker ? `${line.marker.image}${line.text}` : line.text;
}

/** Text lines just above each table block that title it. */
function findTableTitles(blocks: Block[]): Map<number, TextLine[]> {
  const titles = new Map<number, TextLine[]>();
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.kind !== 'table') continue;
    const lines: TextLine[] = [];
    for (let j = i - 1; j >= 0 && lines.length < 3; j--) {
      const block = blocks[j]!;
      if (block.kind === 'blank') continue;
      if (block.kind !== 'text' || isSectionLine(block) || !TABLE_TITLE.test(fold(lineText(block)))) break;
      lines.unshift(block);
    }
    titles.set(i, lines);
  }
  return titles;
}

/** A section under construction with its paragraph collector. */
interface OpenSection {
  section: Section;
  family: string;
  paragraphs: ParagraphCollector;
}

/** A level-1 (一、) or level-2 (（一） / (一)) marker after a blank inside a line. */
const INLINE_MARKER = /[ \t\u00a0\u3000]((?:[一二三四五六七八九十]{1,3}、)|(?:[(（][一二三四五六七八九十]{1,3}[)）]))/g;
const BLANK_RUN = /[ \t\u00a0\u3000]+/;

/** Each marker of `found` whose number continues its own family's count from 1 (一、 二、 三、; (一) (二)). */
function inSequence(
  found: { image: string; at: number }[],
): { image: string; at: number; family: 'han' | 'han-paren' }[] {
  const kept: { image: string; at: number; family: 'han' | 'han-paren' }[] = [];
  let top = 0;
  let sub = 0;
  for (const marker of found) {
    const family = marker.image.endsWith('、') ? 'han' : 'han-paren';
    const n = markerOrdinal(marker.image);
    if (family === 'han' && n === top + 1) {
      top = n;
      sub = 0;
      kept.push({ ...marker, family });
    } else if (family === 'han-paren' && top > 0 && n === sub + 1) {
      sub = n;
      kept.push({ ...marker, family });
    }
  }
  return kept;
}

/** A text line, or a one-row pipe "table" whose only filled cell is text (a stray pipe at the end: … |). */
function lineOf(block: Block): TextLine | null {
  if (block.kind === 'text') return block;
  if (block.kind !== 'table' || block.rows.length !== 1) return null;
  const filled = block.rows[0]!.cells.filter((cell) => cell.text !== '');
  if (filled.length !== 1) return null;
  const cell = filled[0]!;
  return { kind: 'text', start: cell.start, end: cell.end, marker: null, text: cell.text, textStart: cell.start };
}

/**
 * A text whose page lost its line breaks: the whole report on one line, paragraphs and headings separated by
 * single blanks (… 一、概述 2016年以来,… 二、政府信息主动公开情况 (一)公开的主要内容: 2016年度…). Only when no
 * line of the document starts with a section marker and one line holds 一、 二、 三、 in order, each after a
 * blank: that line is cut before each marker of the sequence (and before the （一） (二) … under them), and
 * each heading ends at its first blank, the rest of its piece becoming its first paragraph line.
 * @param blocks The document's blocks.
 * @returns The blocks, with such a line replaced by its pieces.
 */
function splitRunTogetherLines(blocks: Block[]): Block[] {
  if (blocks.some(isSectionLine)) return blocks;
  let out: Block[] | null = null;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = lineOf(blocks[i]!);
    if (!block) continue;
    const found = [...block.text.matchAll(INLINE_MARKER)].map((m) => ({ image: m[1]!, at: m.index + 1 }));
    const markers = inSequence(found);
    if (markers.filter((m) => m.family === 'han').length < 3) continue;
    const pieces: TextLine[] = [];
    const piece = (from: number, to: number, marker: (typeof markers)[number] | null): void => {
      const raw = block.text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text === '') return;
      const start = block.textStart + from + lead;
      if (!marker) {
        pieces.push({ kind: 'text', start, end: start + text.length, marker: null, text, textStart: start });
        return;
      }
      const info = { image: marker.image, family: marker.family, start, end: start + marker.image.length };
      const rest = text.slice(marker.image.length);
      const gap = BLANK_RUN.exec(rest);
      const heading = gap ? rest.slice(0, gap.index) : rest;
      pieces.push({
        kind: 'text',
        start,
        end: info.end + heading.length,
        marker: info,
        text: heading,
        textStart: info.end,
      });
      if (gap) piece(from + lead + marker.image.length + gap.index, to, null);
    };
    piece(0, markers[0]!.at, null);
    if (block.marker) {
      // Keep the line's own marker on its first piece.
      const first = pieces[0];
      if (first) pieces[0] = { ...first, start: block.start, marker: block.marker };
    }
    markers.forEach((marker, k) => piece(marker.at, markers[k + 1]?.at ?? block.text.length, marker));
    out ??= blocks.slice();
    out.splice(i, 1, ...pieces);
  }
  return out ?? blocks;
}

/**
 * @param blocks Lines and table blocks.
 * @param mapper Offset → position.
 * @param diagnostics Sink.
 * @returns The document's parts.
 */
export function buildDocument(input: Block[], mapper: PositionMapper, diagnostics: Diagnostic[]): DocumentParts {
  const split = splitRunTogetherLines(input);
  const blocks = cutGluedChrome(split, split.findIndex(isSectionLine), mapper, diagnostics);
  const firstSection = blocks.findIndex(isSectionLine);
  const headEnd = firstSection === -1 ? blocks.length : firstSection;
  const head = findTitle(blocks, headEnd);
  const titleLines = head.title;
  // Without sections the signature is looked for after the title (chrome may stand above it).
  const afterTitle = titleLines.length > 0 ? blocks.indexOf(titleLines[titleLines.length - 1]!) + 1 : 0;
  const signatureLines = findSignature(blocks, firstSection === -1 ? afterTitle : firstSection);
  let tailStart = signatureLines ? signatureLines.first : blocks.length;
  if (firstSection !== -1) {
    const appendixAt = blocks.findIndex(
      (block, i) => i > firstSection && block.kind === 'text' && block.marker?.family === 'appendix',
    );
    if (appendixAt !== -1 && appendixAt < tailStart) tailStart = appendixAt;
  } else {
    tailStart = Math.max(tailStart, headEnd);
  }
  const tableTitles = findTableTitles(blocks);
  const consumed = new Set<TextLine>();
  for (const lines of tableTitles.values()) for (const line of lines) consumed.add(line);
  for (const line of [...titleLines, ...head.pageHeadings]) consumed.add(line);
  const titleEnd = titleLines[titleLines.length - 1]?.end ?? -1;
  let pageDate: string | null = null;
  const byline = findByline(blocks, titleLines, headEnd);
  if (signatureLines) {
    consumed.add(signatureLines.date);
    if (signatureLines.agency) consumed.add(signatureLines.agency);
  }

  const tables: Table[] = [];
  const addTables = (index: number, block: TableBlock): number[] => {
    const built = buildTables(block, tableTitles.get(index) ?? [], { mapper, diagnostics });
    const indices = built.map((_, k) => tables.length + k);
    append(tables, built);
    return indices;
  };

  // Head: preamble paragraphs.
  const preamble = new ParagraphCollector();
  const infoBox: string[][] = [];
  const bodyStart = Math.min(headEnd, tailStart);
  for (let i = 0; i < bodyStart; i++) {
    const block = blocks[i]!;
    if (block.kind === 'blank') preamble.close();
    else if (leaveOutChrome(block, true, head.pageHeadings, mapper, diagnostics)) preamble.close();
    else if (block.kind === 'table' && pageInfoRows(block) !== null) {
      // A page information line holding a pipe (更新时间:… 发布时间: | 来源:…): its rows are kept as preamble
      // lines as page information lines are, their date read; a chrome row among them is left out.
      const texts = pageInfoRows(block)!;
      block.rows.forEach((row, k) => {
        const text = texts[k]!;
        if (!isPageInfoLine(text)) reportChrome(diagnostics, mapper, row.start, row.end, chromeMessage(text));
        else {
          pageDate ??= pageInfoDate(text);
          preamble.line(text, row.start, row.end, true);
        }
        preamble.close();
      });
    } else if (block.kind === 'table' && isInfoBox(block)) {
      // A CMS page's information box: metadata, not statistics; kept as preamble lines.
      for (const row of block.rows) {
        preamble.line(row.cells.map((cell) => cell.text).join(' | '), row.start, row.end, true);
        preamble.close();
      }
      append(
        infoBox,
        block.rows.map((row) => row.cells.map((cell) => tidy(cell.text).replace(/\s+/g, ''))),
      );
    } else if (block.kind === 'table') {
      addTables(i, block);
      preamble.close();
    } else if (!consumed.has(block)) {
      // A red-head document number line (〔2011〕47号 签发人:…), a page information line, a line above the
      // title, a byline line or an unnumbered heading (引 言) is a paragraph of its own.
      const info = isPageInfoLine(block.text);
      if (info) pageDate ??= pageInfoDate(block.text);
      const header =
        info ||
        (block.text.length <= 60 && DOC_NUMBER.test(block.text)) ||
        block.end <= titleEnd ||
        head.laterTitles.includes(block) ||
        block === byline.agency ||
        block === byline.date ||
        UNNUMBERED_HEADING.test(block.text);
      preamble.line(lineText(block), block.start, block.end, header);
      if (header) preamble.close();
    }
  }

  // Body: the section tree.
  const sections: Section[] = [];
  const stack: OpenSection[] = [];
  const all: OpenSection[] = [];
  for (let i = bodyStart; i < tailStart; i++) {
    const block = blocks[i]!;
    const top = stack[stack.length - 1];
    if (block.kind === 'blank') {
      top?.paragraphs.close();
      continue;
    }
    if (block.kind === 'table') {
      const indices = addTables(i, block);
      if (top) {
        append(top.section.tables, indices);
        top.paragraphs.close();
      }
      continue;
    }
    if (consumed.has(block)) continue;
    if (isSectionLine(block)) {
      // 一是…；二是… on one line: one item each. Items after the first are inline, as in a paragraph:
      // their numbers restart freely (问题：一是…二是…。措施：一是…), so no gap is reported for them.
      splitItemLine(block as TextLine).forEach((line, k) =>
        all.push(openSection(line, stack, sections, mapper, k === 0 ? diagnostics : [])),
      );
      continue;
    }
    if (top) top.paragraphs.line(lineText(block), block.start, block.end);
    else preamble.line(lineText(block), block.start, block.end);
  }
  for (const open of all) splitEnumerations(open.section, open.paragraphs.drafts, mapper);
  for (const section of sections) extendPosition(section, tables);

  // Tail: signature, appendix lines and appendix tables.
  const appendix = new ParagraphCollector();
  for (let i = tailStart; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'blank') appendix.close();
    else if (leaveOutChrome(block, false, [], mapper, diagnostics)) appendix.close();
    else if (block.kind === 'table') {
      addTables(i, block);
      appendix.close();
    } else if (!consumed.has(block)) {
      const info = isPageInfoLine(block.text);
      if (info) pageDate ??= pageInfoDate(block.text);
      appendix.line(lineText(block), block.start, block.end, block.marker !== null || info);
    }
  }

  const signature: Paragraph[] = [];
  if (signatureLines) {
    for (const line of [signatureLines.agency, signatureLines.date]) {
      if (line) signature.push({ text: lineText(line), position: mapper.position(line.start, line.end) });
    }
  }
  const title = titleLines.length > 0 ? titleLines.map((line) => line.text).join('') : null;
  return {
    title: title === null ? null : tidy(title),
    titleLines,
    preamble: preamble.drafts.map((draft) => draft.toParagraph(mapper)),
    sections,
    tables,
    signature,
    signatureLines,
    byline: { agency: byline.agency?.text ?? null, date: byline.date ? readDateLine(byline.date.text) : null },
    pageDate,
    infoBox,
    appendix: appendix.drafts.map((draft) => draft.toParagraph(mapper)),
  };
}

/**
 * Page chrome of the head or the tail, and page headings above the title, are left out of the Report and
 * reported.
 * @returns Whether the block was left out.
 */
function leaveOutChrome(
  block: Block,
  inHead: boolean,
  pageHeadings: readonly TextLine[],
  mapper: PositionMapper,
  diagnostics: Diagnostic[],
): boolean {
  if (block.kind === 'text' && pageHeadings.includes(block)) {
    reportChrome(
      diagnostics,
      mapper,
      block.start,
      block.end,
      `Removed the page heading "${block.text}" above the title.`,
    );
    return true;
  }
  const chrome = chromeOf(block, inHead);
  if (chrome === null) return false;
  reportChrome(diagnostics, mapper, block.start, block.end, chromeMessage(chrome));
  return true;
}

/** Marker → ordinal: the same few markers (一、 （二） 3.) open the sections of every report. */
const ordinalOf = memoize(markerOrdinal);

/** Opens a section for a marker line, nesting it by marker family. */
function openSection(
  line: TextLine,
  stack: OpenSection[],
  roots: Section[],
  mapper: PositionMapper,
  diagnostics: Diagnostic[],
): OpenSection {
  const marker = line.marker!;
  const family = marker.family;
  const ordinal = ordinalOf(marker.image);
  // 一是 items are leaves: any other family closes them first.
  if (family !== 'enumeration') while (stack[stack.length - 1]?.family === 'enumeration') stack.pop();
  const at = siblingLevel(stack, family, ordinal);
  if (at >= 0) stack.length = at;
  const parent = stack[stack.length - 1];
  const siblings = parent ? parent.section.children : roots;
  const previous = siblings[siblings.length - 1];
  const { heading, rest, restIndex } = splitRunIn(line.text);
  const section: Section = {
    marker: marker.image.trim(),
    level: stack.length + 1,
    ordinal,
    // As printed: letter-spaced headings keep their spaces (一、概 述).
    heading,
    paragraphs: [],
    children: [],
    tables: [],
    position: mapper.position(line.start, line.end),
  };
  const expected = at >= 0 && previous ? previous.ordinal + 1 : null;
  if (expected !== null && ordinal !== expected) {
    diagnostics.push(
      createDiagnostic(
        'assemble-section-gap',
        'warning',
        `Section number ${marker.image.trim()} follows ${previous!.marker}: a number is skipped or repeated.`,
        {
          position: section.position,
          expected,
          actual: ordinal,
          origin: 'assemble',
        },
      ),
    );
  }
  siblings.push(section);
  const open: OpenSection = { section, family, paragraphs: new ParagraphCollector() };
  if (rest !== '') open.paragraphs.line(rest, line.textStart + restIndex, line.end);
  stack.push(open);
  return open;
}

/**
 * The stack level a new marker of `family` continues, or -1 when it opens a new level.
 * A family open at several levels (一、 items inside （一） inside 二、) continues the deepest level whose
 * number it follows; a list that starts again at 1 below a deeper section is nested in it (once: a family
 * is never open at more than two levels); otherwise the outermost level of the family is continued (and a
 * skipped number reported).
 */
function siblingLevel(stack: readonly OpenSection[], family: string, ordinal: number): number {
  let outermost = -1;
  let deepest = -1;
  for (let i = 0; i < stack.length; i++) {
    if (stack[i]!.family !== family) continue;
    if (outermost === -1) outermost = i;
    deepest = i;
  }
  if (outermost === -1) return -1;
  for (let i = stack.length - 1; i >= 0; i--)
    if (stack[i]!.family === family && stack[i]!.section.ordinal + 1 === ordinal) return i;
  // Nested once at most: a family open at two levels already restarts as the outer list's repeat.
  if (ordinal === 1 && deepest < stack.length - 1 && deepest === outermost) return -1;
  return outermost;
}

/** A section spans from its heading to the end of its last paragraph, table or child. */
function extendPosition(section: Section, tables: Table[]): void {
  let end = section.position.end;
  // Plain loops, no closure per section: this runs for every section of every report.
  const paragraphs = section.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const point = paragraphs[i]!.position.end;
    if (point.offset > end.offset) end = point;
  }
  const indices = section.tables;
  for (let i = 0; i < indices.length; i++) {
    const point = tables[indices[i]!]!.position.end;
    if (point.offset > end.offset) end = point;
  }
  const children = section.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    extendPosition(child, tables);
    const point = child.position.end;
    if (point.offset > end.offset) end = point;
  }
  section.position = { start: section.position.start, end };
}
