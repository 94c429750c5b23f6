/**
 * The head of a report above its first section: title lines (up to the one
 * naming the report), the byline under them, red-head document numbers,
 * page chrome and page information lines (chrome.ts), and CMS page information boxes.
 */
import type { Block, TableBlock, TextLine } from './lines.js';
import { chromeOf, isChromeLine, isPageInfoLine, isSiteHeaderLine, pageInfoRows } from './chrome.js';
import { titleAgency } from './metadata.js';
import { AGENCY_SUFFIX, readDateLine } from './signature.js';
import { tidy } from './text.js';
import { toHalfWidth } from '../vocabulary/width.js';

/** Lines that belong to a document header, never to a title: 〔2011〕47号, 签发人. */
export const DOC_NUMBER =
  /〔\d{4}〕\s*\d+\s*号|签发人|发文字号|索\s*引\s*号|公开方式|发布机构|生成日期|^来源[:：]|^(?:发布)?时间[:：]|^字号[:：]|浏览次数|打印本页|关闭窗口/;

const AGENCY_END = new RegExp(`${AGENCY_SUFFIX}$`);

/** The words that name the report: 报告, 年报, and 总结 (…政府信息公开情况总结, as some early reports are called). */
const REPORT_WORD = /报\s*告|報\s*告|年\s*报|年\s*報|总\s*结|總\s*結/;

/** A site column name standing alone above the title (政府信息公开, 政务公开, 年度报告). */
const COLUMN_NAME =
  /^(?:(?:政府|政务)?信息公开(?:目录|指南|年报|专栏)?|政务公开|(?:政府信息公开)?(?:工作)?年度报告|年报)$/;

/** A line that is only a year, in brackets: （2019年度）. */
const YEAR_SUBTITLE = /^[(（]\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年度?\s*[)）]$/;
const TITLE_YEAR = /(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年/;

/** What the head holds above the preamble. */
export interface HeadLines {
  /** The report's own title lines. */
  title: TextLine[];
  /**
   * Lines that stand above the title and are no part of it: a page heading that the document's own title
   * repeats further down, and a site column name (政府信息公开) above the title.
   */
  pageHeadings: TextLine[];
  /** Title lines after the report's title that do not name its agency (2009年度政府信息公开年度报告): kept as lines of their own. */
  laterTitles: TextLine[];
}

/** A line of the head that is no title line and does not end the title search: chrome, page info, a header. */
function isHeaderLine(text: string): boolean {
  return (
    isChromeLine(text) || isSiteHeaderLine(text) || isPageInfoLine(text) || (text.length <= 60 && DOC_NUMBER.test(text))
  );
}

/**
 * @param text Title text.
 * @returns Whether it names the report, its year and its agency (福州市晋安区2016年政府信息公开工作年度报告).
 */
function isWholeTitle(text: string): boolean {
  if (!REPORT_WORD.test(text)) return false;
  const { before, after } = titleAgency(tidy(text));
  return before !== null || after !== null;
}

/**
 * Title lines: runs of short lines, before any sentence, up to the line that names the report (…年度报告).
 * Page chrome, page information lines (来源, 时间) and document headers (〔2011〕47号) between runs are
 * skipped. A page copied with its chrome prints the page heading, then the document's own title: the last
 * title that names its agency and year is the report's, and earlier ones are page headings. Lines above a
 * title line that already names the report, its year and agency are not part of it (政府信息公开 /
 * 福州市晋安区2016年…).
 * @param blocks The document's blocks.
 * @param end Index of the first section line.
 * @returns The title lines and the page headings above them.
 */
export function findTitle(blocks: Block[], end: number): HeadLines {
  const candidates: TextLine[][] = [];
  const aboveTitles: TextLine[] = [];
  let run: TextLine[] = [];
  for (let i = 0; i < end; i++) {
    const block = blocks[i]!;
    if (block.kind === 'blank') continue;
    if (block.kind === 'table') {
      // A chrome row with a pipe (简体 | 繁体) stands between title runs; a CMS information box above the title.
      if (chromeOf(block) !== null || pageInfoRows(block) !== null) run = [];
      else if (run.length > 0) break;
      continue;
    }
    if (block.marker) break;
    const text = block.text;
    if (isHeaderLine(text)) {
      // A red-head document header (…文件 / 〔2011〕47号 签发人) or page chrome stands above the title.
      run = [];
      continue;
    }
    const last = candidates[candidates.length - 1];
    if (run.length === 0 && last && YEAR_SUBTITLE.test(text) && !TITLE_YEAR.test(toHalfWidth(joined(last)))) {
      // 某局政府信息公开工作年度报告 / （2019年度）: the year printed under a title that has none.
      last.push(block);
      continue;
    }
    if (text.length > 60 || /[。；;，,：:]$/.test(text) || readDateLine(text) !== null) break;
    // After a title, only another title may follow before the preamble: no sentence in between.
    if (candidates.length > 0 && /[，,。；;：:]/.test(text)) break;
    run.push(block);
    if (run.length > 4) run.shift();
    // Tested on the lines so far together: a wrapped title may split the word (…年度报 / 告).
    if (!REPORT_WORD.test(run.length === 1 ? text : run.map((line) => line.text).join(''))) continue;
    // A site column name is page chrome; another line above a whole title stays a preamble line of its own.
    while (run.length > 1 && (isColumnName(run[0]!) || isWholeTitle(joined(run.slice(1))))) {
      const above = run.shift()!;
      if (isColumnName(above)) aboveTitles.push(above);
    }
    candidates.push(run);
    run = [];
  }
  if (candidates.length === 0) return { title: [], pageHeadings: [], laterTitles: [] };
  let chosen = candidates.length - 1;
  while (chosen > 0 && !isWholeTitle(joined(candidates[chosen]!))) chosen--;
  const title = candidates[chosen]!;
  const first = title[0]!.start;
  const pageHeadings = [...candidates.slice(0, chosen).flat(), ...aboveTitles.filter((line) => line.start < first)];
  return {
    title,
    pageHeadings: pageHeadings.sort((a, b) => a.start - b.start),
    laterTitles: candidates.slice(chosen + 1).flat(),
  };
}

function joined(lines: TextLine[]): string {
  return lines.map((line) => line.text).join('');
}

function isColumnName(line: TextLine): boolean {
  return COLUMN_NAME.test(tidy(line.text).replace(/\s+/g, ''));
}

/**
 * The agency and date lines printed under the title (宿州市人民政府办公室 / 2017年3月), or, in a report
 * without a title, a date line (with an agency line above it) that opens the text before any sentence.
 * @param blocks The document's blocks.
 * @param titleLines The title lines.
 * @param end Index of the first section line.
 * @returns The byline's agency and date lines.
 */
export function findByline(
  blocks: Block[],
  titleLines: TextLine[],
  end: number,
): { agency: TextLine | null; date: TextLine | null } {
  const byline: { agency: TextLine | null; date: TextLine | null } = { agency: null, date: null };
  const last = titleLines[titleLines.length - 1];
  let i = last ? blocks.indexOf(last) + 1 : 0;
  const next = (): TextLine | null => {
    while (i < end) {
      const block = blocks[i]!;
      // Chrome and page information lines between the title and its byline, or above an untitled text.
      if (
        block.kind === 'blank' ||
        (block.kind === 'text' && !block.marker && isHeaderLine(block.text)) ||
        chromeOf(block) !== null ||
        pageInfoRows(block) !== null
      )
        i++;
      else break;
    }
    const block = blocks[i];
    return i < end && block && block.kind === 'text' && !block.marker ? block : null;
  };
  let line = next();
  if (line && readDateLine(line.text) === null && line.text.length <= 30 && !/[。，,；;：:]/.test(line.text)) {
    byline.agency = line;
    i++;
    line = next();
  }
  if (line && readDateLine(line.text) !== null) byline.date = line;
  if (byline.agency && (last ? !byline.date && !AGENCY_END.test(byline.agency.text) : !byline.date))
    byline.agency = null;
  return byline;
}

/**
 * Page information boxes of CMS pages: 索引号 | … | 发布机构 | … | 发文日期 | …, the labels also with their
 * colon (发文日期: | 2017-01-23 |) as some sites print them.
 */
const INFO_BOX_LABEL =
  /^(?:索引号|分类|主题分类|发布机构|发文机关|发文日期|成文日期|发布日期|生成日期|文号|有效性|公开方式|公开范围|体裁分类|名称|标题)[：:]?$/;

export function isInfoBox(block: TableBlock): boolean {
  let labels = 0;
  for (const row of block.rows)
    for (const cell of row.cells) if (INFO_BOX_LABEL.test(tidy(cell.text).replace(/\s+/g, ''))) labels++;
  return labels >= 2;
}
