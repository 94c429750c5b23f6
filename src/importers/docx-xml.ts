/**
 * A fast reader for the XML parts of a DOCX, producing exactly the tree mammoth's own reader
 * (`mammoth/lib/xml/reader.js`: @xmldom/xmldom's DOM, then mammoth's nodes) produces, for a strict
 * subset of XML: elements, quoted attributes, text, the five predefined entities and character
 * references, and an XML declaration. xmldom's DOM was ~40 % of a DOCX import and a fifth more in
 * garbage collection. Anything outside the subset (comments, CDATA, a DOCTYPE, processing
 * instructions, an unknown entity, an undeclared prefix, a duplicate attribute, a mismatched end
 * tag, non-ASCII names...) returns null, and mammoth's reader is used, with its errors and warnings.
 *
 * What is reproduced from xmldom 0.8 and mammoth 1.13 (both pinned): line endings normalised first
 * (`\r\n`, `\r`, U+0085, U+2028 → `\n`); one text node per run of text between two tags, whitespace
 * included, with `&#?\w+;` references replaced; attribute values with tabs and newlines turned into
 * spaces, then references replaced; names as `prefix:local` for the namespaces mammoth maps,
 * `{uri}local` for others, the bare local name without a namespace; `xmlns` attributes kept, in the
 * xmlns namespace; attributes in source order.
 */

/** mammoth's XML module (`mammoth/lib/xml/index.js`), the part used here. */
export interface MammothXml {
  Element: new (name: string, attributes: Record<string, string>, children: unknown[]) => unknown;
  text(value: string): unknown;
  readString(source: string, namespaceMap?: Record<string, string>): Promise<unknown>;
}

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
/** The ASCII part of xmldom's name pattern: other names go to xmldom. */
const NAME = '[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?';
const ATTRIBUTE_SOURCE = `[ \\t\\n]+(${NAME})=(?:"([^"<]*)"|'([^'<]*)')`;
/** A start tag: name, attributes (each after whitespace, quoted, no `<` in values), optional whitespace, `>` or `/>`. */
const START_TAG = new RegExp(`<(${NAME})((?:${ATTRIBUTE_SOURCE.replace(/\((?!\?)/g, '(?:')})*)[ \\t\\n]*(/?)>`, 'y');
const ATTRIBUTE = new RegExp(ATTRIBUTE_SOURCE, 'g');
const REFERENCE = /&#?\w+;/g;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const CHARACTER_REFERENCE = /^#(?:\d+|x[\dA-Fa-f]+)$/;

/** Thrown inside the reader when the input leaves the subset. */
class OutsideSubset extends Error {}

/** A namespace scope: prefix → URI, inheriting the enclosing scope (as xmldom does). */
type Scope = Record<string, string>;

interface Open {
  qname: string;
  scope: Scope;
  /** Qualified name, value, qualified name, value... */
  attributes: string[];
  children: unknown[];
}

/**
 * Reads an XML document into mammoth's nodes.
 * @param input The XML text (BOM already stripped, as mammoth does).
 * @param namespaceMap URI → prefix, mammoth's map for the part.
 * @param xml mammoth's XML module, for its node constructors.
 * @returns The root element, or null when the text is outside the subset.
 */
export function readXmlFast(
  input: string,
  namespaceMap: Record<string, string>,
  xml: Pick<MammothXml, 'Element' | 'text'>,
): unknown {
  try {
    return read(input, namespaceMap, xml);
  } catch (error) {
    if (error instanceof OutsideSubset) return null;
    throw error;
  }
}

function read(input: string, namespaceMap: Record<string, string>, xml: Pick<MammothXml, 'Element' | 'text'>): unknown {
  const source = /[\r\u0085\u2028]/.test(input)
    ? input.replace(/\r[\n\u0085]/g, '\n').replace(/[\r\u0085\u2028]/g, '\n')
    : input;
  const outside = (): never => {
    throw new OutsideSubset();
  };
  const decode = (text: string): string =>
    !text.includes('&')
      ? text
      : text.replace(REFERENCE, (reference) => {
          const name = reference.slice(1, -1);
          if (Object.hasOwn(PREDEFINED, name)) return PREDEFINED[name]!;
          if (!CHARACTER_REFERENCE.test(name)) return outside();
          const code = Number.parseInt(name.slice(1).replace('x', '0x'));
          if (!(code <= 0x10ffff)) return outside();
          if (code <= 0xffff) return String.fromCharCode(code);
          return String.fromCharCode(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
        });
  const nameOf = (uri: string | undefined, qname: string): string => {
    const local = qname.slice(qname.indexOf(':') + 1);
    if (!uri) return local;
    const prefix = namespaceMap[uri];
    return (prefix ? `${prefix}:` : `{${uri}}`) + local;
  };
  // Converted names per scope (most parts declare every namespace on the root), apart for elements
  // and attributes (an unprefixed attribute has no namespace).
  const names = new Map<Scope, { elements: Map<string, string>; attributes: Map<string, string> }>();
  const convertedName = (scope: Scope, qname: string, attribute: boolean): string => {
    let caches = names.get(scope);
    if (!caches) names.set(scope, (caches = { elements: new Map(), attributes: new Map() }));
    const cache = attribute ? caches.attributes : caches.elements;
    let name = cache.get(qname);
    if (name === undefined) {
      const colon = qname.indexOf(':');
      const prefix = colon > 0 ? qname.slice(0, colon) : null;
      let uri: string | undefined;
      if (!attribute) uri = resolve(scope, prefix ?? '');
      else if (qname === 'xmlns' || prefix === 'xmlns') uri = XMLNS;
      else if (prefix !== null) uri = resolve(scope, prefix);
      name = nameOf(uri, qname);
      cache.set(qname, name);
    }
    return name;
  };
  const resolve = (scope: Scope, prefix: string): string | undefined => {
    // An undeclared prefix (or one named like an Object.prototype member) is left to xmldom.
    if (!(prefix in scope)) return prefix === '' ? undefined : outside();
    return scope[prefix];
  };

  let at = 0;
  // XML declaration, then only whitespace before the root.
  if (source.startsWith('<?xml') && /\s/.test(source.charAt(5))) {
    const end = source.indexOf('?>', 5);
    if (end < 0) outside();
    at = end + 2;
  }
  const rootScope: Scope = Object.assign(Object.create(null) as Scope, { xml: XML_NAMESPACE });
  const stack: Open[] = [];
  let root: unknown = null;
  const length = source.length;
  while (at < length) {
    const lt = source.indexOf('<', at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at) {
      const text = source.slice(at, textEnd);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(xml.text(decode(text)));
      else if (!/^[ \t\n]*$/.test(text)) outside();
    }
    if (lt < 0) break;
    const next = source.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      const open = stack.pop();
      // Exactly `</qname>`.
      if (!open || !source.startsWith(open.qname, lt + 2) || source.charCodeAt(lt + 2 + open.qname.length) !== 0x3e)
        return outside();
      finish(open);
      at = lt + 3 + open.qname.length;
      continue;
    }
    if (root !== null || next === 0x21 /* ! */ || next === 0x3f /* ? */) outside();
    // Start tag: name, then (whitespace, name="value")*, then > or />.
    START_TAG.lastIndex = lt;
    const tag = START_TAG.exec(source);
    if (!tag) return outside();
    const [whole, qname, attributeText, slash] = tag as unknown as [string, string, string, string];
    const attributes: string[] = [];
    if (attributeText !== '') {
      ATTRIBUTE.lastIndex = 0;
      for (let match = ATTRIBUTE.exec(attributeText); match; match = ATTRIBUTE.exec(attributeText)) {
        const raw = match[2] ?? match[3]!;
        attributes.push(
          match[1]!,
          decode(raw.includes('\t') || raw.includes('\n') ? raw.replace(/[\t\n\r]/g, ' ') : raw),
        );
      }
    }
    const closed = slash === '/';
    const p = lt + whole.length - 1;
    at = p + 1;
    const parentScope = stack[stack.length - 1]?.scope ?? rootScope;
    let scope = parentScope;
    for (let i = 0; i < attributes.length; i += 2) {
      const name = attributes[i]!;
      const prefix = name === 'xmlns' ? '' : name.startsWith('xmlns:') ? name.slice(6) : null;
      if (prefix === null) continue;
      if (scope === parentScope) scope = Object.create(parentScope) as Scope;
      scope[prefix] = attributes[i + 1]!;
    }
    const open: Open = { qname, scope, attributes, children: [] };
    if (closed) finish(open);
    else stack.push(open);
  }
  if (stack.length > 0 || root === null) outside();
  return root;

  function finish(open: Open): void {
    const element = new xml.Element(
      convertedName(open.scope, open.qname, false),
      convertAttributes(open),
      open.children,
    );
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
  }

  function convertAttributes({ attributes, scope }: Open): Record<string, string> {
    const converted = Object.create(null) as Record<string, string>;
    for (let i = 0; i < attributes.length; i += 2) {
      const name = convertedName(scope, attributes[i]!, true);
      // The same attribute twice (or two with one expanded name): not well-formed, left to xmldom.
      if (name in converted) outside();
      converted[name] = attributes[i + 1]!;
    }
    return converted;
  }
}

let installed = false;

/**
 * Makes mammoth read XML parts with `readXmlFast`, falling back to its own reader. mammoth's office
 * XML reader looks `readString` up on this module object at every call, so replacing the property
 * is enough; it is done once per process.
 * @param xml mammoth's XML module (`mammoth/lib/xml/index.js`).
 */
export function useFastXmlReader(xml: MammothXml): void {
  if (installed) return;
  installed = true;
  const original = xml.readString.bind(xml);
  xml.readString = (source, namespaceMap = {}) => {
    const root = readXmlFast(source, namespaceMap, xml);
    return root === null ? original(source, namespaceMap) : Promise.resolve(root);
  };
}
