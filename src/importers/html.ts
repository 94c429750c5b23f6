/**
 * HTML importer: government CMS article pages and Word-pasted HTML (also the DOCX path, via mammoth).
 *
 * Decoding honours a BOM, then the page's meta charset (gb2312/gbk read as gb18030), then detection.
 * The report container is found among the site chrome; title and date lines missing from the body are
 * taken from the page: the title becomes the first line, and the date line is inserted as the last
 * signature line, before the first 附件/附表 line (or at the end).
 */
import { Parser, parseDocument } from 'htmlparser2';
import { createDiagnostic } from '../diagnostic.js';
import { ReportError } from '../errors.js';
import { decodeDeclared, decodeText, type DecodedText } from './encoding.js';
import type { Diagnostic, ReportText } from '../types.js';
import { findReportContainer, readPageMetadata } from './html-page.js';
import { renderHtml } from './html-render.js';
import { LineSink } from './report-text.js';
import { decodingDiagnostics } from './text.js';

/** Options of `importHtml`. */
export interface HtmlImportOptions {
  /** Forced encoding label. */
  encoding?: string;
  /** True for a fragment that is the report itself (mammoth's output): no container search, no page metadata. */
  fragment?: boolean;
  /** Format to report (docx when called from the DOCX importer). */
  format?: 'html' | 'docx';
  /** Diagnostics gathered before (e.g. mammoth's messages). */
  diagnostics?: Diagnostic[];
}

/**
 * Imports an HTML page or fragment.
 * @param input Bytes of the page, or already-decoded markup.
 * @param options See `HtmlImportOptions`.
 * @returns Report text; `pages` is null.
 * @throws ReportError IMPORT_EMPTY when no text is found, IMPORT_UNDECODABLE.
 */
export function importHtml(input: Uint8Array | string, options: HtmlImportOptions = {}): ReportText {
  const diagnostics = [...(options.diagnostics ?? [])];
  let markup: string;
  let encoding: string | null = null;
  if (typeof input === 'string') {
    markup = input;
  } else {
    const decoded = decodeHtmlBytes(input, options.encoding);
    markup = decoded.text;
    encoding = decoded.encoding;
    diagnostics.push(...decodingDiagnostics(decoded));
  }
  const document = parseDocument(markup, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const container = options.fragment ? document : findReportContainer(document);
  const sink = new LineSink();
  renderHtml(container, sink);
  if (!options.fragment) addPageMetadata(sink, readPageMetadata(document, container), diagnostics);
  if (sink.lines.length === 0) throw new ReportError('IMPORT_EMPTY', 'The HTML holds no report text.');
  return sink.finish(options.format ?? 'html', encoding, null, diagnostics);
}

/**
 * Decodes HTML bytes: BOM, forced label, meta charset, then detection.
 * @param bytes Page bytes.
 * @param forced Forced encoding label.
 * @returns The decoded markup.
 */
export function decodeHtmlBytes(bytes: Uint8Array, forced?: string): DecodedText {
  if (forced !== undefined) return decodeText(bytes, forced);
  const declared = declaredCharset(bytes);
  return (declared ? decodeDeclared(bytes, declared) : null) ?? decodeText(bytes);
}

/**
 * The charset a page declares in `<meta charset>`, `<meta http-equiv="Content-Type">` or an XML declaration, read with
 * the HTML parser over an ASCII view of the first 4 KB (the prescan of HTML §13.2.3.2).
 * @param bytes Page bytes.
 * @returns The label, or null.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  let charset: string | null = null;
  const parser = new Parser(
    {
      onprocessinginstruction(name, data) {
        if (!charset && name.toLowerCase() === '?xml')
          charset = /encoding\s*=\s*["']([\w.:-]+)/i.exec(data)?.[1] ?? null;
      },
      onopentag(name, attributes) {
        if (charset || name !== 'meta') return;
        if (attributes['charset']) charset = attributes['charset'].trim();
        else if ((attributes['http-equiv'] ?? '').toLowerCase() === 'content-type') {
          charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(attributes['content'] ?? '')?.[1] ?? null;
        }
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.write(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)));
  parser.end();
  return charset;
}

const DATE_LINE =
  /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;

function addPageMetadata(
  sink: LineSink,
  metadata: { title: string | null; date: string | null },
  diagnostics: Diagnostic[],
): void {
  const added: string[] = [];
  const squash = (text: string): string => text.replace(/\s+/g, '');
  if (metadata.title && !sink.lines.slice(0, 5).some((line) => squash(line).includes(squash(metadata.title!)))) {
    sink.insert(0, metadata.title);
    added.push(`title "${metadata.title}"`);
  }
  if (metadata.date && !sink.lines.some((line) => DATE_LINE.test(line))) {
    const [year, month, day] = metadata.date.split('-').map(Number);
    const line = `${year}年${month}月${day}日`;
    const appendix = sink.lines.findIndex((text) => /^(?:附件|附表)/.test(text));
    sink.insert(appendix >= 0 ? appendix : sink.lines.length, line);
    added.push(`date ${line}`);
  }
  if (added.length > 0) {
    diagnostics.push(
      createDiagnostic(
        'import-metadata-from-page',
        'info',
        `The report body lacks its ${added.join(' and ')}; taken from the web page around it.`,
        { origin: 'import' },
      ),
    );
  }
}
