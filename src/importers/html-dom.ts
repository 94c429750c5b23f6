/**
 * Small DOM helpers over htmlparser2's tree (domhandler nodes), typed from htmlparser2's own exports.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

/** A parsed HTML document. */
export type HtmlDocument = ReturnType<typeof parseDocument>;
/** Any node. */
export type HtmlNode = HtmlDocument['children'][number];
/** An element. */
export type HtmlElement = Parameters<typeof DomUtils.getAttributeValue>[0];

/** Elements whose content is never report text. */
export const DROPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'head',
  'link',
  'meta',
  'title',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'nav',
  'footer',
  'header',
  'aside',
  'form',
  'map',
]);

/** Elements that start and end a line. */
export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'main',
  'blockquote',
  'center',
  'pre',
  'address',
  'figure',
  'figcaption',
  'hr',
  'tr',
  'caption',
  'body',
  'html',
  'tbody',
  'thead',
  'tfoot',
]);

/**
 * Whether an element is hidden by an inline style or the `hidden` attribute.
 * @param element An element.
 * @returns True when its content is not shown.
 */
export function isHidden(element: HtmlElement): boolean {
  if (DomUtils.hasAttrib(element, 'hidden')) return true;
  const style = (DomUtils.getAttributeValue(element, 'style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * Whether a node's content is skipped entirely.
 * @param node Any node.
 * @returns True for comments, dropped tags and hidden elements.
 */
export function isSkipped(node: HtmlNode): boolean {
  if (DomUtils.isComment(node)) return true;
  if (!DomUtils.isTag(node)) return false;
  return DROPPED_TAGS.has(node.name) || isHidden(node);
}

/**
 * Element children, in order.
 * @param node Parent.
 * @returns Its element children.
 */
export function childElements(node: HtmlNode): HtmlElement[] {
  return DomUtils.getChildren(node).filter((child): child is HtmlElement => DomUtils.isTag(child));
}

/**
 * Visible text length, and how much of it sits inside links (navigation has a high link share).
 * @param node A subtree.
 * @returns Characters of text, not counting whitespace, and of link text.
 */
export function textWeight(node: HtmlNode): { text: number; link: number } {
  const weight = { text: 0, link: 0 };
  const walk = (current: HtmlNode, inLink: boolean): void => {
    if (isSkipped(current)) return;
    if (DomUtils.isText(current)) {
      const length = current.data.replace(/\s+/g, '').length;
      weight.text += length;
      if (inLink) weight.link += length;
      return;
    }
    const link = inLink || (DomUtils.isTag(current) && current.name === 'a');
    for (const child of DomUtils.getChildren(current)) walk(child, link);
  };
  walk(node, false);
  return weight;
}

/**
 * The class tokens of an element.
 * @param element An element.
 * @returns Lower-cased class names.
 */
export function classList(element: HtmlElement): string[] {
  return (DomUtils.getAttributeValue(element, 'class') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * A span attribute (rowspan, colspan) as a sane positive integer.
 * @param element A cell.
 * @param name Attribute name.
 * @returns 1 … 1000.
 */
export function spanOf(element: HtmlElement, name: 'rowspan' | 'colspan'): number {
  const value = Number.parseInt(DomUtils.getAttributeValue(element, name) ?? '1', 10);
  return Number.isFinite(value) && value >= 1 ? Math.min(value, 1000) : 1;
}
