/**
 * Web page chrome that comes along when a report is copied from a government site (docs/forms.md,
 * "Generation 2 … Metadata"): navigation bars (`首页 政务资讯 政务公开 …`), breadcrumbs (`当前位置：首页 > 政务公开 > …`), toolbars (`【字体：大 中 小】 打印
 * 关闭`), share bars (`微信 微博 QQ空间`), view counters (`浏览次数：123`), page versions (`全真版 文字版`), and
 * the page information line (`来源：… 时间：2014-03-05 10:20`), which is kept but gives a date.
 */
import { toHalfWidth } from '../vocabulary/width.js';
import { isWhiteSpace } from '../vocabulary/white-space.js';
import type { Block } from './lines.js';

/** One piece of chrome: a toolbar button, a share target, a counter, a CMS leftover. */
const CHROME_WORD = [
  // 【字体：大 中 小】 【字号：默认 大 超大】
  '字\\s*[体號号]\\s*[:：]?(?:\\s*(?:超大|大|中|小|默认|标准|放大|缩小|还原|A\\+|A-))*',
  '(?:我要)?打印(?:本页|此页|文章|页面|正文)?',
  '关闭(?:本页|此页|窗口|页面|本文)?',
  '收藏(?:本页|本站|此页)?',
  '返回(?:顶部|首页|列表|上页)?',
  '保存(?:本页|此页)?',
  '分享到?',
  '(?:我要)?纠错',
  '登录',
  '注册',
  '无障碍(?:浏览|阅读)?',
  '长者模式',
  '关怀版',
  '适老化',
  '繁體',
  '繁体',
  '简体',
  'English',
  '扫一扫',
  '手机(?:版|查看|浏览)',
  '全真版',
  '文字版',
  '文件下载',
  '相关链接',
  '微信(?:好友|朋友圈)?',
  '朋友圈',
  '(?:新浪|腾讯)?微博',
  'QQ(?:空间|好友)?',
  '人人网',
  '豆瓣',
  // 浏览次数：123  阅读量:  点击数：45次
  '(?:浏览|阅读|访问|点击)(?:次数|量|数)\\s*[:：]\\s*\\d*\\s*次?',
  // A comment marker a CMS template leaves in the page text.
  '-->',
].join('|');

/** What stands between chrome words: blanks, brackets, separators, list bullets, a colon after 分享到 or 相关链接. */
const CHROME_GAP = '[\\s【】\\[\\]|｜/·•丨:：]';

/** A whole line of chrome words. */
const CHROME_LINE = new RegExp(`^${CHROME_GAP}*(?:(?:${CHROME_WORD})${CHROME_GAP}*)+$`, 'i');

/** A breadcrumb: 当前位置：首页 > 政务公开 > …, 您现在的位置: …, 首页 > …. */
const BREADCRUMB = /^(?:(?:当前|您的|您现在的|您当前的|您所在的|所在)位置\s*[:：]|首页\s*[>»＞→›])/;

/** A site's navigation bar: 首页 政务资讯 政务公开 政府领导 … (short items after 首页, nothing else). */
const NAV_BAR = /^首页(?:[ \t|｜]+[^\s|｜:：，,。；;]{2,8}){3,}[ \t]*$/;

/** Chrome glued to the end of a line, after a blank or a bracket: …年度报告 【字体：大 中 小】 【打印】. */
const TRAILING_CHROME = new RegExp(
  `(?:(?<=[\\s】\\]])|(?=[【\\[]))(?:${CHROME_GAP}*(?:${CHROME_WORD}))+${CHROME_GAP}*$`,
  'i',
);

/** Chrome glued to the start of a line, up to a blank or a closing bracket: 【字体：大 中 小】 …年度报告. */
const LEADING_CHROME = new RegExp(`^(?:${CHROME_GAP}*(?:${CHROME_WORD}))+${CHROME_GAP}*(?<=[\\s】\\]])`, 'i');

/** Characters that can begin or end chrome: most lines have none and are let through at once. */
const CHROME_HINT = /[当您所首字打关收返保分纠登注无长适繁简English扫手全文相微朋新腾QQ人豆浏阅访点\-【[]/i;

/**
 * @param text A whole line, trimmed.
 * @returns Whether the line is nothing but page chrome (a breadcrumb, a toolbar, a share bar, a counter).
 */
export function isChromeLine(text: string): boolean {
  return text.length <= 80 && mayStartChromeLine(text) && matchesChromeLine(text);
}

/**
 * isChromeLine's patterns, run without its gates (exported for the test that checks the gates against them).
 * @param text A whole line, trimmed.
 * @returns Whether a breadcrumb, navigation bar or chrome line pattern matches the folded line.
 */
export function matchesChromeLine(text: string): boolean {
  const half = toHalfWidth(text);
  return BREADCRUMB.test(half) || NAV_BAR.test(half) || CHROME_LINE.test(half);
}

/** CHROME_GAP's characters other than white space, full-width folded. */
const GAP_CHARACTERS: ReadonlySet<number> = new Set([...'【】[]|｜/·•丨:：'].map((c) => c.charCodeAt(0)));

/**
 * The characters a chrome line's first word can start with, full-width folded: a breadcrumb or a navigation bar
 * (当 您 所 首), a chrome word (CHROME_WORD, read without case: E and Q either way), the comment marker (-).
 */
const CHROME_FIRST: ReadonlySet<number> = new Set(
  [...'当您所首字我打关收返保分纠登注无长适繁简EeQq扫手全文相微朋新腾人豆浏阅访点-'].map((c) => c.charCodeAt(0)),
);

/**
 * A necessary condition of isChromeLine's patterns, read by character code (most lines are narrative, which a
 * pattern would fold and scan): the first character after the gaps (blanks, brackets, separators) starts a
 * breadcrumb, a navigation bar or a chrome word.
 * @param text A whole line.
 * @returns False when the line cannot be chrome.
 */
function mayStartChromeLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const raw = text.charCodeAt(i);
    const code = raw >= 0xff01 && raw <= 0xff5e ? raw - 0xfee0 : raw;
    if (isWhiteSpace(code) || GAP_CHARACTERS.has(code)) continue;
    return CHROME_FIRST.has(code);
  }
  return false;
}

/**
 * Where the line is left once the chrome glued to its start or end is cut off.
 * @param text A line, trimmed.
 * @returns Start and end of what remains in `text`, or null when nothing is glued to it (or nothing else is there).
 */
export function gluedChrome(text: string): { from: number; to: number } | null {
  if (text.length > 80 || !CHROME_HINT.test(text)) return null;
  // toHalfWidth keeps every offset: it maps one UTF-16 unit to one.
  const half = toHalfWidth(text);
  const trailing = TRAILING_CHROME.exec(half);
  const to = trailing ? trailing.index : half.length;
  const leading = LEADING_CHROME.exec(half.slice(0, to));
  const from = leading ? leading[0].length : 0;
  if (from === 0 && to === half.length) return null;
  const kept = half.slice(from, to);
  return kept.trim() === '' ? null : { from, to: from + kept.trimEnd().length };
}

/**
 * A page information line: 来源：… 时间：…, 发布时间:…, 发布日期：…, 作者：…, also as a list item (• 发布日期:…),
 * after the page's date stamp (2023-01-16 16:50:00 来源: 某市政府), or an information box run into lines of
 * its own (索引号:… 公开方式:… 发文日期:2009-03-31 00:00:00; 发布机构: 市政府办公厅 发文日期: 2016年02月26日;
 * 名  称: 海口市2015年…), whose labels some sites letter-space to line them up (索 引 号:, 名  称:, 文  号:);
 * also without colons (see COLONLESS_BOX).
 */
const PAGE_INFO =
  /^(?:[•·●▪■◆]\s*)?(?:\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+)?(?:(?:信息|文章|稿件)?来源|(?:发布|发表|更新|上传)?(?:时间|日期)|作者|编辑|责任编辑|发布者|发布人|点击|浏览次数|索\s*引\s*号|发\s*布\s*机\s*构|发\s*文\s*机\s*关|名\s*称|文\s*号)\s*[:：]/;

/**
 * An information box run into lines without colons, its labels (letter-spaced or not) and values separated by
 * blanks: `索 引 号 01606072-9-30/2021-0223004 发布机构 市政府办`, `公开目录 县区政府信息公开年度报告 发布日期 2021-02-20 09:00`.
 * The line opens with a box label and names a second one further on, each followed by a blank and a value; the
 * box's title row (`名  称 …年度报告`) has its one label.
 */
const BOX_LABEL = '(?:索\\s?引\\s?号|发布机构|发文机关|公开目录|主题分类|文\\s?号|(?:发布|发文|成文)日期)';
const COLONLESS_BOX = new RegExp(`^(?:${BOX_LABEL}\\s+\\S.*\\s${BOX_LABEL}\\s+\\S|(?:名\\s*称|标\\s*题)\\s+\\S)`);
/** The date after a box label without colon: 发布日期 2021-02-20 09:00. */
const BOX_DATE = /(?:发布|发文|成文)日期\s+(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/;

/** The date after a time or date label: 时间：2014-03-05 10:20, 发布日期：2019年01月28日, 发文日期:2009-03-31. */
const PAGE_DATE = /(?:时间|日期)\s*[:：]\s*(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})(?![\d])/;
/** The page's date stamp that opens a page information line: 2023-01-16 16:50:00 来源: … */
const STAMP_DATE = /^(?:[•·●▪■◆]\s*)?(\d{4})-(\d{1,2})-(\d{1,2})(?=\s)/;

/**
 * @param text A whole line.
 * @returns Whether the line is a page information line (来源, 时间, 发布日期 …).
 */
export function isPageInfoLine(text: string): boolean {
  return text.length <= 120 && mayStartPageInfo(text) && matchesPageInfo(text);
}

/**
 * isPageInfoLine's patterns, run without its gates (exported for the test that checks the gates against them).
 * @param text A whole line.
 * @returns Whether a page information pattern matches the folded line.
 */
export function matchesPageInfo(text: string): boolean {
  const half = toHalfWidth(text).trimStart();
  return PAGE_INFO.test(half) || COLONLESS_BOX.test(half);
}

/**
 * The characters a page information line can start with, full-width folded, after its blanks: a list bullet, the
 * date stamp's digit, or the first character of a label of PAGE_INFO (来源, 时间, 作者, 索引号 …) or COLONLESS_BOX
 * (公开目录, 主题分类, 成文日期, 标题 …).
 */
const PAGE_INFO_FIRST: ReadonlySet<number> = new Set(
  [...'•·●▪■◆0123456789信文稿来发更上时日作编责点浏索名公主成标'].map((c) => c.charCodeAt(0)),
);

/**
 * A necessary condition of isPageInfoLine's patterns, read by character code.
 * @param text A whole line.
 * @returns False when the line cannot be a page information line.
 */
function mayStartPageInfo(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const raw = text.charCodeAt(i);
    const code = raw >= 0xff01 && raw <= 0xff5e ? raw - 0xfee0 : raw;
    if (!isWhiteSpace(code)) return PAGE_INFO_FIRST.has(code);
  }
  return false;
}

/**
 * @param text A page information line.
 * @returns The ISO date printed after its 时间 or 日期 label, or null.
 */
export function pageInfoDate(text: string): string | null {
  const half = toHalfWidth(text);
  const match = PAGE_DATE.exec(half) ?? BOX_DATE.exec(half) ?? STAMP_DATE.exec(half.trimStart());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A site header with the day's date: 天津市河东区人民政府 2019年12月3日星期二. Only looked for above the first
 * section: the weekday says it is the page's clock, not a date the report prints.
 */
const SITE_HEADER =
  /^[^\s，,。；;：:]{0,30}[ \t]*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]$/;

/**
 * @param text A line of the head.
 * @returns Whether it is a site header that shows the day's date.
 */
export function isSiteHeaderLine(text: string): boolean {
  return text.length <= 60 && SITE_HEADER.test(toHalfWidth(text));
}

/**
 * @param block A block of the head or the tail.
 * @param inHead Whether the block stands above the first section (a site header is looked for there).
 * @returns The chrome it is wholly made of, as printed (a table block's rows joined), or null.
 */
export function chromeOf(block: Block, inHead = false): string | null {
  if (block.kind === 'text') {
    if (block.marker) return null;
    return isChromeLine(block.text) || (inHead && isSiteHeaderLine(block.text)) ? block.text : null;
  }
  if (block.kind !== 'table') return null;
  // Row by row: a statistics table fails on its first row.
  const rows: string[] = [];
  for (const row of block.rows) {
    const text = row.cells.map((cell) => cell.text).join(' | ');
    if (!isChromeLine(text)) return null;
    rows.push(text);
  }
  return rows.join('\n');
}

/**
 * A page information line that holds a pipe, read as a table block (`更新时间:2026-01-15 发布时间: |  来源:某办`,
 * under a toolbar row `字号 :  | `): every row is page information or chrome, and one at least is page information.
 * @param block A block of the head.
 * @returns Its rows as printed (cells joined by ` | `), or null when it is no such block.
 */
export function pageInfoRows(block: Block): string[] | null {
  if (block.kind !== 'table') return null;
  const rows = block.rows.map((row) =>
    row.cells
      .map((cell) => cell.text)
      .join(' | ')
      .trim(),
  );
  if (!rows.some(isPageInfoLine)) return null;
  return rows.every((text) => isPageInfoLine(text) || isChromeLine(text)) ? rows : null;
}
