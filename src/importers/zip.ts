/**
 * Reads a ZIP central directory without inflating anything: entry names and declared sizes; then,
 * for a DOCX, inflates the entries mammoth will read, capped, so that zip bombs are refused before
 * mammoth (JSZip, which inflates without a cap) reads them. Used to tell DOCX from ODT and other ZIPs.
 * Layout: APPNOTE.TXT (PKWARE) §4.3.12 central directory header, §4.3.16 end of central directory.
 */
import { ReportError } from '../errors.js';

/** One entry as the central directory declares it. */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 = stored, 8 = deflated. */
  method: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Zip64 marks a size it moved to the extra field with 0xFFFFFFFF. */
const ZIP64_MARK = 0xffffffff;

/**
 * Lists the entries of a ZIP archive.
 * @param bytes The whole archive.
 * @returns Entries in central-directory order.
 * @throws ReportError IMPORT_CORRUPT when the directory is missing or truncated.
 */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corrupt('no end-of-central-directory record (truncated?)');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL)
      throw corrupt(`central directory entry ${i + 1} is damaged`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > view.byteLength) throw corrupt(`central directory entry ${i + 1} is truncated`);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses archives whose entries would inflate past `maxBytes` (checked on declared sizes, before inflating).
 * @param entries From `readZipEntries`.
 * @param maxBytes Limit on the sum of uncompressed sizes.
 * @throws ReportError IMPORT_TOO_LARGE.
 */
export function assertZipWithinLimit(entries: readonly ZipEntry[], maxBytes: number): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize === ZIP64_MARK || entry.compressedSize === ZIP64_MARK) {
      throw new ReportError(
        'IMPORT_TOO_LARGE',
        `ZIP entry "${entry.name}" uses Zip64 sizes (over 4 GB); refusing to inflate it.`,
      );
    }
    total += entry.uncompressedSize;
    if (total > maxBytes) {
      throw new ReportError(
        'IMPORT_TOO_LARGE',
        `The archive would inflate to more than ${maxBytes} bytes (entry "${entry.name}"); refusing to inflate it.`,
      );
    }
  }
}

/**
 * Inflates the entries mammoth will read (not `word/media/`, which it leaves compressed), with the
 * output capped, and drops the data: a directory that understates sizes is refused here, before
 * mammoth inflates the same entries without a cap.
 * @param bytes The archive.
 * @param entries From `readZipEntries`.
 * @param maxBytes Limit on the total inflated size.
 * @throws ReportError IMPORT_TOO_LARGE when the cap is hit, IMPORT_CORRUPT when an entry lies about its size.
 */
export function assertZipInflatesWithinLimit(bytes: Uint8Array, entries: readonly ZipEntry[], maxBytes: number): void {
  let budget = maxBytes;
  for (const entry of entries) {
    if (entry.method !== 8 || entry.name.startsWith('word/media/') || entry.name.endsWith('/')) continue;
    budget -= inflateEntry(bytes, entry, budget, maxBytes).byteLength;
  }
}

function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: number, maxBytes: number): Uint8Array {
  const data = entryData(bytes, entry);
  if (!data) throw corrupt(`entry "${entry.name}" lies outside the archive`);
  let inflated: Buffer;
  // Asked for here, not imported: format detection (detect.ts, on every input) then never loads node:zlib for text.
  const { inflateRawSync } = process.getBuiltinModule('node:zlib');
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(budget, entry.uncompressedSize + 1)) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      const reason =
        budget <= entry.uncompressedSize
          ? `the archive would inflate past ${maxBytes} bytes`
          : 'it inflates past the size its directory declares';
      throw new ReportError('IMPORT_TOO_LARGE', `ZIP entry "${entry.name}" refused: ${reason}.`, { cause: error });
    }
    throw corrupt(`entry "${entry.name}" does not inflate (${(error as Error).message})`);
  }
  if (inflated.byteLength !== entry.uncompressedSize)
    throw corrupt(
      `entry "${entry.name}" inflates to ${inflated.byteLength} bytes, not the ${entry.uncompressedSize} declared`,
    );
  return inflated;
}

/**
 * Reads a stored (uncompressed) entry, e.g. ODF's `mimetype`.
 * @param bytes The archive.
 * @param entry A stored entry.
 * @returns Its bytes, or null if it is compressed or out of range.
 */
export function readStoredEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  return entry.method === 0 ? entryData(bytes, entry) : null;
}

/** The raw (possibly compressed) data of an entry, located through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.byteLength ? bytes.subarray(start, end) : null;
}

/** The EOCD is 22 bytes plus a comment of up to 65,535 bytes, at the very end. */
function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

function corrupt(detail: string): ReportError {
  return new ReportError('IMPORT_CORRUPT', `The ZIP container is corrupt: ${detail}.`);
}
