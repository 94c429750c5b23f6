/**
 * Government CMS article pages: finding the report's container among the site chrome, and the
 * title and publication date that the page prints outside it.
 */
import { DomUtils } from 'htmlparser2';
import {
  childElements,
  classList,
  isHidden,
  isSkipped,
  textWeight,
  type HtmlDocument,
  type HtmlElement,
  type HtmlNode,
} from './html-dom.js';
import { isLayoutTable, rowCells, tableRows } from './html-table.js';

/**
 * Ids and classes of article containers in common government CMSs (TRS WCM, Hanweb/大汉, UCAP,
 * 政府网站集约化平台 …): specific ones first, then generic names that may also wrap a title bar.
 */
const CONTAINER_TIERS: readonly (readonly string[])[] = [
  [
    'zoom',
    'ucap-content',
    'fontzoom',
    'artibody',
    'maintext',
    'ivs_content',
    'xxgk_content',
    'barrierfree_container',
    'trs_editor',
    'trs_ueditor',
    'article-content',
    'article_content',
    'custom_unionstyle',
    'wz_content',
    'art_con',
    'pages_content',
    'news_content',
    'detail-content',
    'detail_content',
    'main-txt',
    'xl-content',
    'wzy_content',
    'zwnr',
  ],
  ['content', 'article', 'main-content', 'detail', 'con', 'view', 'zw'],
];

/**
 * Finds the element holding the report: a known CMS container, else the element that holds most
 * of the page's non-link text.
 * @param document The parsed page.
 * @returns The container (the document itself for fragments).
 */
export function findReportContainer(document: HtmlDocument): HtmlNode {
  const body = DomUtils.findOne((element) => element.name === 'body', document.children, true);
  const root: HtmlNode = body ?? document;
  const total = contentWeight(root);
  if (total === 0) return root;
  for (const names of CONTAINER_TIERS) {
    const known = DomUtils.findAll(
      (element) => isKnownContainer(element, names) && !isSkipped(element),
      document.children,
    )
      .map((element) => ({ element, weight: contentWeight(element) }))
      .filter(({ weight }) => weight >= total * 0.3);
    if (known.length === 0) continue;
    // The biggest, or the deepest known container inside it that holds 80 % of its text.
    known.sort((a, b) => b.weight - a.weight);
    const best = known[0]!;
    const inner = known.filter(
      ({ element, weight }) => weight >= best.weight * 0.8 && isDescendant(element, best.element),
    );
    return (inner.at(-1) ?? best).element;
  }
  // Descend through wrappers (never into paragraphs or data tables) while one holds 80 % of the text.
  let current = root;
  for (;;) {
    const weight = contentWeight(current);
    const next = wrapperChildren(current).find((child) => !isSkipped(child) && contentWeight(child) >= weight * 0.8);
    if (!next) return current;
    current = next;
  }
}

/** Elements that wrap page regions rather than hold report text. */
const WRAPPER_TAGS = new Set(['div', 'section', 'article', 'main', 'center', 'td', 'th', 'form', 'span', 'font']);

/** The children a container search may descend into: wrappers, and the cells of layout tables. */
function wrapperChildren(node: HtmlNode): HtmlElement[] {
  const out: HtmlElement[] = [];
  for (const child of childElements(node)) {
    if (child.name === 'table') {
      if (isLayoutTable(child)) out.push(...tableRows(child).flatMap(rowCells));
    } else if (WRAPPER_TAGS.has(child.name)) {
      out.push(child);
    }
  }
  return out;
}

/** Page metadata printed around the container. */
export interface PageMetadata {
  title: string | null;
  /** ISO date. */
  date: string | null;
}

/**
 * Reads the report title and the publication date from the page, outside the container.
 * @param document The parsed page.
 * @param container The report container.
 * @returns Title (only if it names a report) and date.
 */
export function readPageMetadata(document: HtmlDocument, container: HtmlNode): PageMetadata {
  return { title: pageTitle(document, container), date: pageDate(document, container) };
}

function pageTitle(document: HtmlDocument, container: HtmlNode): string | null {
  const candidates: string[] = [];
  const meta = metaContent(document, ['articletitle', 'title', 'og:title']);
  if (meta) candidates.push(meta);
  const outside = (element: HtmlElement): boolean => !isDescendant(element, container) && !inHiddenChrome(element);
  for (const element of DomUtils.findAll(
    (e) =>
      e.name === 'h1' ||
      e.name === 'h2' ||
      classList(e).some((c) => c.includes('title')) ||
      (DomUtils.getAttributeValue(e, 'id') ?? '').toLowerCase().includes('title'),
    document.children,
  )) {
    if (outside(element)) candidates.push(DomUtils.textContent(element));
  }
  const titleElement = DomUtils.findOne((element) => element.name === 'title', document.children, true);
  if (titleElement) candidates.push(...DomUtils.textContent(titleElement).split(/\s*[_|｜–—-]\s*/));
  const title = candidates
    .map((text) => text.replace(/[\s\u00a0]+/g, ' ').trim())
    .find((text) => /报告|報告/.test(text) && text.length <= 80);
  return title ?? null;
}

const DATE_LABEL =
  /(?:发布|發布|公开|公開|成文)?(?:时间|日期|時間)\s*[:：]?\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;

function pageDate(document: HtmlDocument, container: HtmlNode): string | null {
  const meta = metaContent(document, ['pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time']);
  const fromMeta = meta?.match(/(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/);
  if (fromMeta) return isoDate(fromMeta);
  let found: string | null = null;
  const walk = (node: HtmlNode): void => {
    if (found || node === container || isHiddenChrome(node)) return;
    if (DomUtils.isText(node)) {
      const match = node.data.match(DATE_LABEL);
      if (match) found = isoDate(match);
      return;
    }
    // A label and its date are often split over sibling elements: test the element's text as a whole.
    if (DomUtils.isTag(node) && !DomUtils.findOne((e) => e === container, node.children, true)) {
      const match = visibleText(node).match(DATE_LABEL);
      if (match) {
        found = isoDate(match);
        return;
      }
    }
    for (const child of DomUtils.getChildren(node)) walk(child);
  };
  walk(document);
  return found;
}

function visibleText(node: HtmlNode): string {
  if (isHiddenChrome(node)) return '';
  if (DomUtils.isText(node)) return node.data;
  return DomUtils.getChildren(node).map(visibleText).join('');
}

function isoDate(match: RegExpMatchArray): string {
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

function metaContent(document: HtmlDocument, names: readonly string[]): string | null {
  for (const name of names) {
    const meta = DomUtils.findOne(
      (element) =>
        element.name === 'meta' &&
        [DomUtils.getAttributeValue(element, 'name'), DomUtils.getAttributeValue(element, 'property')].some(
          (value) => value?.toLowerCase() === name,
        ),
      document.children,
      true,
    );
    const content = meta ? DomUtils.getAttributeValue(meta, 'content')?.trim() : undefined;
    if (content) return content;
  }
  return null;
}

function isKnownContainer(element: HtmlElement, names: readonly string[]): boolean {
  const id = (DomUtils.getAttributeValue(element, 'id') ?? '').toLowerCase();
  return names.includes(id) || classList(element).some((name) => names.includes(name));
}

function contentWeight(node: HtmlNode): number {
  const { text, link } = textWeight(node);
  return text - link;
}

function isDescendant(node: HtmlNode, ancestor: HtmlNode): boolean {
  for (let current: HtmlNode | null = node; current; current = current.parent as HtmlNode | null) {
    if (current === ancestor) return true;
  }
  return false;
}

/** Where page metadata is never read: scripts (a `document.write` date is not a date), navigation and footers. */
const CHROME_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'footer',
  'select',
  'option',
  'textarea',
]);

function isHiddenChrome(node: HtmlNode): boolean {
  return DomUtils.isComment(node) || (DomUtils.isTag(node) && (CHROME_TAGS.has(node.name) || isHidden(node)));
}

function inHiddenChrome(node: HtmlNode): boolean {
  for (let current: HtmlNode | null = node; current; current = current.parent as HtmlNode | null) {
    if (isHiddenChrome(current)) return true;
  }
  return false;
}
