/**
 * The part of text decoding that needs no legacy codec: BOMs, the UTF-16 NUL pattern, strict UTF-8 and the
 * check that decoded text is text. A UTF-8 file, nearly every report, is decoded here by Node alone, so the
 * text importer loads iconv-lite and chardet (~0.5 MB of tables, encoding.ts) only for other encodings
 * (docs/performance.md, "Cold start").
 */
import { isUtf8 } from 'node:buffer';
import { ReportError } from '../errors.js';

/** Decoded text and how it was decoded. */
export interface DecodedText {
  /** The text, BOM removed, line ends as in the source. */
  text: string;
  /** Canonical encoding name: utf-8, utf-16le, utf-16be, gb18030, big5 … */
  encoding: string;
  /** How the encoding was found. */
  method: 'forced' | 'bom' | 'nul-pattern' | 'utf-8' | 'detected' | 'declared';
  /** Detector confidence (0-100) when `method` is 'detected'. */
  confidence?: number;
  /** Number of U+FFFD replacement characters produced by decoding. */
  replacements: number;
}

/**
 * What `decodeText` (encoding.ts) gives for bytes with no forced encoding, when that is UTF-8: a UTF-8 BOM
 * or none, no UTF-16 NUL pattern, and valid UTF-8 throughout.
 * @param bytes Raw text bytes.
 * @returns The decoded text, or null when the bytes need encoding.ts (another encoding, or invalid UTF-8).
 * @throws ReportError IMPORT_UNDECODABLE for valid UTF-8 that is mostly control characters.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText | null {
  const bom = bomEncoding(bytes);
  if (bom !== null && bom !== 'utf-8') return null;
  if (bom === null && utf16ByNulPattern(bytes) !== null) return null;
  if (!isUtf8(bytes)) return null;
  // Valid UTF-8 has one decoding; iconv-lite's `stripBOM` drops one leading U+FEFF, decodedText a second.
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return decodedText(text, 'utf-8', bom === null ? 'utf-8' : 'bom');
}

/**
 * Decoded text, checked to be text: drops one leading U+FEFF and counts the U+FFFD replacements.
 * @param decoded The decoder's output (its own BOM handling done).
 * @param encoding The encoding it was decoded with.
 * @param method How the encoding was found.
 * @returns The decoded text.
 * @throws ReportError IMPORT_UNDECODABLE when over 5% of it is control or replacement characters.
 */
export function decodedText(decoded: string, encoding: string, method: DecodedText['method']): DecodedText {
  let text = decoded;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let replacements = 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) replacements++;
    else if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
      (code >= 0x7f && code < 0xa0)
    )
      controls++;
  }
  const length = Math.max(text.length, 1);
  if ((replacements + controls) / length > 0.05) {
    throw undecodable(
      `${replacements + controls} of ${text.length} characters decode as control or replacement characters with ${encoding}`,
    );
  }
  return { text, encoding, method, replacements };
}

/**
 * @param detail Why the bytes are not text.
 * @returns The IMPORT_UNDECODABLE error.
 */
export function undecodable(detail: string): ReportError {
  return new ReportError(
    'IMPORT_UNDECODABLE',
    `The input is not decodable text (${detail}); pass \`encoding\` if you know it.`,
  );
}

/**
 * @param bytes Raw bytes.
 * @returns The encoding named by a leading byte-order mark, or null.
 */
export function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * BOM-less UTF-16: ASCII characters (digits, punctuation, line ends) leave NULs on one parity only.
 * @param bytes Raw bytes.
 * @returns utf-16le, utf-16be or null.
 */
export function utf16ByNulPattern(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  // CJK code points such as U+4E00 put a NUL on the other parity too, but far less often.
  if (odd >= pairs * 0.05 && even <= odd / 4) return 'utf-16le';
  if (even >= pairs * 0.05 && odd <= even / 4) return 'utf-16be';
  return null;
}

/**
 * CRLF and lone CR → LF; form feeds (page breaks) → LF.
 * @param text Decoded text.
 * @returns Text with LF line ends.
 */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?|\f/g, '\n');
}
