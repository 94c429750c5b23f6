/**
 * The head of a report above its first section: title lines (up to the one
 * naming the report), the byline under them, red-head document numbers and
 * page header lines, and CMS page information boxes.
 */
import type { Block, TableBlock, TextLine } from './lines.js';
import { AGENCY_SUFFIX, readDateLine } from './signature.js';
import { tidy } from './text.js';

/** Lines that belong to a document header, never to a title: 〔2011〕47号, 签发人. */
export const DOC_NUMBER =
  /〔\d{4}〕\s*\d+\s*号|签发人|发文字号|索\s*引\s*号|公开方式|发布机构|生成日期|^来源[:：]|^(?:发布)?时间[:：]|^字号[:：]|浏览次数|打印本页|关闭窗口/;

const AGENCY_END = new RegExp(`${AGENCY_SUFFIX}$`);

const REPORT_WORD = /报\s*告|報\s*告|年\s*报|年\s*報/;

/**
 * Title lines: the first short lines, before any sentence, up to the one that
 * names the report (…年度报告); a byline (agency, date) may follow it.
 */
export function findTitle(blocks: Block[], end: number): TextLine[] {
  const lines: TextLine[] = [];
  for (let i = 0; i < end && lines.length < 4; i++) {
    const block = blocks[i]!;
    if (block.kind === 'blank' || (block.kind === 'table' && lines.length === 0)) continue;
    if (block.kind !== 'text' || block.marker) break;
    if (block.text.length <= 60 && DOC_NUMBER.test(block.text)) {
      // A red-head document header (…文件 / 〔2011〕47号 签发人) or page header stands above the title.
      lines.length = 0;
      continue;
    }
    if (block.text.length > 60 || /[。；;，,：:]$/.test(block.text) || readDateLine(block.text) !== null) break;
    lines.push(block);
    // Tested on the lines so far together: a wrapped title may split the word (…年度报 / 告).
    if (REPORT_WORD.test(lines.length === 1 ? block.text : lines.map((line) => line.text).join(''))) return lines;
  }
  return [];
}

/** The agency and date lines printed under the title (宿州市人民政府办公室 / 2017年3月). */
export function findByline(
  blocks: Block[],
  titleLines: TextLine[],
  end: number,
): { agency: TextLine | null; date: TextLine | null } {
  const byline: { agency: TextLine | null; date: TextLine | null } = { agency: null, date: null };
  const last = titleLines[titleLines.length - 1];
  if (!last) return byline;
  let i = blocks.indexOf(last) + 1;
  const next = (): TextLine | null => {
    while (i < end && blocks[i]!.kind === 'blank') i++;
    const block = blocks[i];
    return block && block.kind === 'text' && !block.marker ? block : null;
  };
  let line = next();
  if (line && readDateLine(line.text) === null && line.text.length <= 30 && !/[。，,；;：:]/.test(line.text)) {
    byline.agency = line;
    i++;
    line = next();
  }
  if (line && readDateLine(line.text) !== null) byline.date = line;
  if (!byline.date && byline.agency && !AGENCY_END.test(byline.agency.text)) byline.agency = null;
  return byline;
}

/** Page information boxes of CMS pages: 索引号 | … | 发布机构 | … | 发文日期 | …. */
const INFO_BOX_LABEL =
  /^(?:索引号|分类|主题分类|发布机构|发文机关|发文日期|成文日期|发布日期|生成日期|文号|有效性|公开方式|公开范围|体裁分类|名称)$/;

export function isInfoBox(block: TableBlock): boolean {
  let labels = 0;
  for (const row of block.rows)
    for (const cell of row.cells) if (INFO_BOX_LABEL.test(tidy(cell.text).replace(/\s+/g, ''))) labels++;
  return labels >= 2;
}
