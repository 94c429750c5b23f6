/**
 * mammoth's `convertToHtml`, done step by step with mammoth's own modules (mammoth 1.13.0, pinned
 * exactly; the steps are those of `mammoth/lib/index.js` `convert`), to save what is the same for
 * every document:
 * - the style map (mammoth's default rules plus any embedded in the document) is parsed per rule
 *   once per process instead of once per document (~6 ms);
 * - the archive is read from the entries the DOCX importer has already inflated (to check their
 *   sizes) instead of through JSZip and pako a second time (~4 ms);
 * - XML parts are read by `docx-xml.ts`.
 */
import { createRequire } from 'node:module';
import { useFastXmlReader, type MammothXml } from './docx-xml.js';
import { readZipEntry, type ZipEntry } from './zip.js';

/** A mammoth message (warning or error), as in mammoth's results. */
export interface MammothMessage {
  type: string;
  message: string;
}

interface Result<T> {
  value: T;
  messages: MammothMessage[];
  map<U>(func: (value: T) => U): Result<U>;
  flatMapThen<U>(func: (value: T) => Promise<Result<U>>): Promise<Result<U>>;
}

/** The archive interface mammoth reads a document through (what `mammoth/lib/zipfile.js` returns). */
export interface MammothZip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
}

interface Options {
  embeddedStyleMap?: string | undefined;
  transformDocument(document: unknown): unknown;
  readStyleMap(): string[];
}

interface Mammoth {
  readOptions(options: object): Options;
  readEmbeddedStyleMap(file: MammothZip): Promise<string | undefined>;
  readDocx(file: MammothZip, input: object, options: Options): Promise<Result<unknown>>;
  DocumentConverter: new (options: object) => { convertToHtml(document: unknown): Promise<Result<string>> };
  readStyle(rule: string): Result<unknown>;
  combine<T>(results: Result<T>[]): Result<T[]>;
}

let loaded: Mammoth | undefined;

function loadMammoth(): Mammoth {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  useFastXmlReader(require('mammoth/lib/xml/index.js') as MammothXml);
  const results = require('mammoth/lib/results.js') as { Result: { combine: Mammoth['combine'] } };
  loaded = {
    readOptions: (require('mammoth/lib/options-reader.js') as Pick<Mammoth, 'readOptions'>).readOptions,
    readEmbeddedStyleMap: (
      require('mammoth/lib/docx/style-map.js') as { readStyleMap: Mammoth['readEmbeddedStyleMap'] }
    ).readStyleMap,
    readDocx: (require('mammoth/lib/docx/docx-reader.js') as { read: Mammoth['readDocx'] }).read,
    DocumentConverter: (require('mammoth/lib/document-to-html.js') as Pick<Mammoth, 'DocumentConverter'>)
      .DocumentConverter,
    readStyle: (require('mammoth/lib/style-reader.js') as Pick<Mammoth, 'readStyle'>).readStyle,
    combine: (results.Result.combine as Mammoth['combine']).bind(results.Result),
  };
  return loaded;
}

/** Parsed style rules by their text (rules are data; mammoth only reads them). */
const parsedRules = new Map<string, Result<unknown>>();

function parseRule(mammoth: Mammoth, rule: string): Result<unknown> {
  let parsed = parsedRules.get(rule);
  if (!parsed) {
    parsed = mammoth.readStyle(rule);
    // Only rules that parsed without messages are kept: a faulty embedded rule is re-read (and reported) each time.
    if (parsed.messages.length === 0) parsedRules.set(rule, parsed);
  }
  return parsed;
}

/**
 * Converts a DOCX to HTML as `mammoth.convertToHtml({ file }, options)` does.
 * @param file The archive.
 * @param options mammoth's options.
 * @returns mammoth's result: the HTML and its messages.
 */
export async function convertDocxToHtml(
  file: MammothZip,
  options: object,
): Promise<{ value: string; messages: MammothMessage[] }> {
  const mammoth = loadMammoth();
  const input = { file };
  const read = mammoth.readOptions(options);
  read.embeddedStyleMap = await mammoth.readEmbeddedStyleMap(file);
  const documentResult = (await mammoth.readDocx(file, input, read)).map(read.transformDocument);
  const styleMapResult = mammoth
    .combine(read.readStyleMap().map((rule) => parseRule(mammoth, rule)))
    .map((rules) => rules.filter((rule) => !!rule));
  const converter = new mammoth.DocumentConverter({ ...read, styleMap: styleMapResult.value });
  return documentResult.flatMapThen((document) => styleMapResult.flatMapThen(() => converter.convertToHtml(document)));
}

/**
 * The archive as mammoth reads it, from the entries already inflated; other entries (images,
 * stored entries) are read when asked for. Names are matched exactly, directories are not files,
 * and a later entry of the same name wins, as with JSZip.
 * @param bytes The archive.
 * @param entries Its entries, from `readZipEntries`.
 * @param inflated Entries already inflated, from `inflateZipEntries`.
 * @returns What mammoth takes as `{ file }`.
 */
export function mammothZip(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  inflated: ReadonlyMap<string, Uint8Array>,
): MammothZip {
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) if (!entry.name.endsWith('/')) byName.set(entry.name, entry);
  return {
    exists: (name) => byName.has(name),
    read: async (name, encoding) => {
      const entry = byName.get(name);
      if (!entry) throw new Error(`No file "${name}" in the archive`);
      const data = inflated.get(name) ?? readZipEntry(bytes, entry);
      if (encoding === 'base64') return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
      return encoding
        ? new TextDecoder(encoding).decode(data)
        : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    },
  };
}
