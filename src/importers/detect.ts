/**
 * Format detection by content (magic bytes and markup), never by file extension.
 */
import { ReportError } from '../errors.js';
import type { SourceFormat } from '../types.js';
import { readStoredEntry, readZipEntries, type ZipEntry } from './zip.js';

/** What detection found. */
export interface Detected {
  format: SourceFormat;
  /** For DOCX: the archive's entries, read once for the size guard. */
  zipEntries?: ZipEntry[];
}

/** Magic numbers of formats that are refused, with the name used in the error message. */
const UNSUPPORTED_MAGIC: readonly { magic: readonly number[]; name: string }[] = [
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'RTF' }, // {\rtf
  { magic: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image (OCR it first)' },
  { magic: [0xff, 0xd8, 0xff], name: 'a JPEG image (OCR it first)' },
  { magic: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image (OCR it first)' },
  { magic: [0x49, 0x49, 0x2a, 0x00], name: 'a TIFF image (OCR it first)' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], name: 'a TIFF image (OCR it first)' },
  { magic: [0x52, 0x61, 0x72, 0x21], name: 'a RAR archive' },
  { magic: [0x1f, 0x8b], name: 'a gzip archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], name: 'a 7-Zip archive' },
];

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

/** ODF mimetypes → names for the error message. */
const ODF_NAMES: Readonly<Record<string, string>> = {
  'application/vnd.oasis.opendocument.text': 'ODT (OpenDocument text); convert it to DOCX or PDF',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS (OpenDocument spreadsheet)',
  'application/vnd.oasis.opendocument.presentation': 'ODP (OpenDocument presentation)',
};

/** Markup that starts an HTML document or fragment (after a BOM, whitespace, an XML declaration and comments). */
const HTML_START =
  /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|table|div|p)[\s>/]/i;

/**
 * Detects the format of a document from its bytes.
 * @param bytes The document.
 * @returns The format (text when nothing else matches).
 * @throws ReportError IMPORT_UNSUPPORTED_FORMAT naming the format, IMPORT_ENCRYPTED, IMPORT_CORRUPT.
 */
export function detectFormat(bytes: Uint8Array): Detected {
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return { format: 'pdf' };
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return detectZip(bytes);
  if (startsWith(bytes, OLE2)) return detectOle2(bytes);
  for (const { magic, name } of UNSUPPORTED_MAGIC) {
    if (startsWith(bytes, magic)) throw unsupported(name);
  }
  if (looksLikeHtml(bytes)) return { format: 'html' };
  return { format: 'text' };
}

/**
 * Whether the bytes start with HTML markup (checked on an ASCII view, so any ASCII-compatible encoding works).
 * @param bytes The document.
 * @returns True for an HTML page or fragment.
 */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = latin1(bytes.subarray(0, 2048));
  if (head.startsWith('\u00ef\u00bb\u00bf')) head = head.slice(3);
  return HTML_START.test(head.trimStart());
}

function detectZip(bytes: Uint8Array): Detected {
  const entries = readZipEntries(bytes);
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('word/document.xml')) return { format: 'docx', zipEntries: entries };
  const mimetypeEntry = entries.find((entry) => entry.name === 'mimetype');
  if (mimetypeEntry) {
    const stored = readStoredEntry(bytes, mimetypeEntry);
    const mimetype = stored ? latin1(stored).trim() : '';
    throw unsupported(
      ODF_NAMES[mimetype] ?? (mimetype.includes('opendocument') ? `OpenDocument (${mimetype})` : 'a ZIP archive'),
    );
  }
  if (names.has('xl/workbook.xml')) throw unsupported('XLSX (spreadsheet)');
  if (names.has('ppt/presentation.xml')) throw unsupported('PPTX (presentation)');
  throw unsupported('a ZIP archive that is not a DOCX document');
}

function detectOle2(bytes: Uint8Array): Detected {
  // [MS-CFB] §2.2 header: sector shift at 30, first directory sector at 48; sector n starts at (n + 1) << shift.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 512)
    throw new ReportError('IMPORT_CORRUPT', 'The OLE2 (.doc) container is truncated: shorter than its header.');
  const directory = (view.getUint32(48, true) + 1) * 2 ** view.getUint16(30, true);
  if (directory >= bytes.byteLength)
    throw new ReportError(
      'IMPORT_CORRUPT',
      'The OLE2 (.doc) container is truncated: its directory lies past the end of the file.',
    );
  if (!directoryChainInFile(view, bytes.byteLength)) {
    throw new ReportError(
      'IMPORT_CORRUPT',
      'The OLE2 (.doc) container is truncated: its directory runs past the end of the file.',
    );
  }
  // Directory entry names are UTF-16LE; finding them needs no FAT walk.
  if (indexOfUtf16(bytes, 'EncryptedPackage') >= 0) {
    throw new ReportError(
      'IMPORT_ENCRYPTED',
      'The document is an encrypted Office file; open it with its password and save an unencrypted copy.',
    );
  }
  if (indexOfUtf16(bytes, 'WordDocument') >= 0) return { format: 'doc' };
  if (indexOfUtf16(bytes, 'Workbook') >= 0 || indexOfUtf16(bytes, 'Book') >= 0) throw unsupported('XLS (spreadsheet)');
  if (indexOfUtf16(bytes, 'PowerPoint Document') >= 0) throw unsupported('PPT (presentation)');
  // Every compound file's directory starts with 'Root Entry': without it the directory was cut or damaged.
  if (indexOfUtf16(bytes, 'Root Entry') < 0) {
    throw new ReportError('IMPORT_CORRUPT', 'The OLE2 (.doc) container is damaged: its directory has no root entry.');
  }
  throw unsupported('an OLE2 compound file that is not a Word document');
}

function unsupported(name: string): ReportError {
  return new ReportError('IMPORT_UNSUPPORTED_FORMAT', `Unsupported format: ${name}.`);
}

/**
 * Walks the directory's sector chain through the FAT ([MS-CFB] §2.3) and checks that every sector of
 * it, and the FAT sectors it goes through, lie inside the file: a cut file loses the end of its directory.
 */
function directoryChainInFile(view: DataView, length: number): boolean {
  const sectorSize = 2 ** view.getUint16(30, true);
  const perFatSector = sectorSize / 4;
  const fatSectors = Math.min(view.getUint32(44, true), 109);
  const inFile = (sector: number): boolean => (sector + 2) * sectorSize <= length;
  let sector = view.getUint32(48, true);
  for (let steps = 0; sector < 0xfffffffa && steps < 100_000; steps++) {
    if (!inFile(sector)) return false;
    const fatIndex = Math.floor(sector / perFatSector);
    if (fatIndex >= fatSectors) return true; // past the header's DIFAT: not checked further
    const fatSector = view.getUint32(76 + 4 * fatIndex, true);
    if (!inFile(fatSector)) return false;
    sector = view.getUint32((fatSector + 1) * sectorSize + (sector % perFatSector) * 4, true);
  }
  return true;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((byte, i) => bytes[i] === byte);
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

function indexOfAscii(bytes: Uint8Array, needle: string, within: number): number {
  return latin1(bytes.subarray(0, within + needle.length)).indexOf(needle);
}

function indexOfUtf16(bytes: Uint8Array, needle: string): number {
  const pattern = Buffer.from(needle, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(pattern);
}
