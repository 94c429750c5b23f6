/**
 * Decoding text bytes: BOM, then UTF-16 by NUL pattern, then strict UTF-8, then a statistical
 * detector (chardet) for GB18030 and Big5. Every GB2312/GBK verdict or label is decoded as
 * GB18030, its superset (iconv-lite's gbk codec mangles GB18030 four-byte sequences).
 * What needs no codec (BOMs, the NUL pattern, UTF-8 alone) is in unicode-decoding.ts, which the text
 * importer tries first.
 */
import { isUtf8 as bufferIsUtf8 } from 'node:buffer';
import chardet from 'chardet';
import type { Context } from 'chardet/lib/encoding/index.js';
import { big5, gb_18030 } from 'chardet/lib/encoding/mbcs.js';
import { UTF_16BE, UTF_16LE } from 'chardet/lib/encoding/unicode.js';
import iconv from 'iconv-lite';
import { ReportError } from '../errors.js';
import { bomEncoding, decodedText, undecodable, utf16ByNulPattern, type DecodedText } from './unicode-decoding.js';

export { normaliseLineEnds, type DecodedText } from './unicode-decoding.js';

/** Labels that name a subset of GB18030. */
const GB_ALIASES = new Set([
  'gb2312',
  'gbk',
  'cp936',
  'x-gbk',
  'gb_2312-80',
  'euc-cn',
  'csgb2312',
  'iso-ir-58',
  'windows-936',
  'gb18030',
]);
/** Labels that name Big5 or its extensions. */
const BIG5_ALIASES = new Set(['big5', 'big5-hkscs', 'cp950', 'x-x-big5', 'csbig5']);
/** Detector verdicts accepted first, the report languages: chardet's recognisers for them, in chardet's order. */
const PREFERRED = [new UTF_16BE(), new UTF_16LE(), new big5(), new gb_18030()];

/**
 * What `chardet.analyse(sample).find(m => preferred(m) && m.confidence >= 10)` finds, running only the
 * preferred recognisers: chardet's own recognisers on chardet's own context, sorted as it sorts (stable,
 * by confidence).
 * @param sample The bytes to judge.
 * @returns The best preferred match with a confidence of 10 or more, or undefined.
 */
function preferredMatch(sample: Uint8Array): { name: string; confidence: number } | undefined {
  const byteStats = new Array<number>(256).fill(0);
  for (let i = 0; i < sample.length; i++) byteStats[sample[i]!]!++;
  let c1Bytes = false;
  for (let i = 0x80; i <= 0x9f && !c1Bytes; i++) c1Bytes = byteStats[i]! > 0;
  const context: Context = {
    byteStats,
    c1Bytes,
    rawInput: sample,
    rawLen: sample.length,
    inputBytes: sample,
    inputLen: sample.length,
  };
  const matches = PREFERRED.map((recogniser) => recogniser.match(context)).filter((match) => match !== null);
  return matches.sort((a, b) => b.confidence - a.confidence).find((match) => match.confidence >= 10);
}

/**
 * Canonical name of an encoding label; gb2312/gbk → gb18030.
 * @param label An encoding label (any case).
 * @returns The canonical label, or null if iconv-lite does not know it.
 */
export function canonicalEncoding(label: string): string | null {
  const lower = label.trim().toLowerCase();
  if (GB_ALIASES.has(lower)) return 'gb18030';
  if (BIG5_ALIASES.has(lower)) return 'big5';
  if (lower === 'utf8') return 'utf-8';
  return iconv.encodingExists(lower) ? lower : null;
}

/**
 * Decodes bytes whose encoding is unknown (or forced).
 * @param bytes Raw text bytes.
 * @param forced An encoding label that overrides detection.
 * @returns The decoded text and its encoding.
 * @throws ReportError INVALID_OPTION for an unknown forced label, IMPORT_UNDECODABLE for binary data.
 */
export function decodeText(bytes: Uint8Array, forced?: string): DecodedText {
  if (forced !== undefined) {
    const encoding = canonicalEncoding(forced);
    if (!encoding) throw new ReportError('INVALID_OPTION', `Unknown encoding "${forced}".`);
    return finish(bytes, encoding, 'forced');
  }
  const bom = bomEncoding(bytes);
  if (bom) return finish(bytes, bom, 'bom');
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return finish(bytes, utf16, 'nul-pattern');
  if (isUtf8(bytes)) return finish(bytes, 'utf-8', 'utf-8');
  // The first 64 KB decide as well as the whole file, at a fraction of the cost.
  const sample = bytes.subarray(0, 65_536);
  // The report languages' encodings first: the same verdict and confidence as chardet.analyse would give
  // them, at a tenth of its cost (its 20 single-byte recognisers run only when none of these fits).
  const best = preferredMatch(sample) ?? chardet.analyse(sample)[0];
  const encoding = best ? canonicalEncoding(best.name) : null;
  if (!best || !encoding) throw undecodable('no text encoding matches');
  return { ...finish(bytes, encoding, 'detected'), confidence: best.confidence };
}

/**
 * Decodes with a declared encoding (e.g. an HTML meta charset), still honouring a BOM.
 * @param bytes Raw bytes.
 * @param label The declared label.
 * @returns The decoded text, or null when the label is unknown.
 */
export function decodeDeclared(bytes: Uint8Array, label: string): DecodedText | null {
  const bom = bomEncoding(bytes);
  if (bom) return finish(bytes, bom, 'bom');
  const encoding = canonicalEncoding(label);
  if (!encoding) return null;
  // Pages labelled gb2312 are often really UTF-8; trust valid UTF-8 with multibyte content over the label.
  if (encoding !== 'utf-8' && isUtf8(bytes) && bytes.some((byte) => byte >= 0x80))
    return finish(bytes, 'utf-8', 'utf-8');
  return finish(bytes, encoding, 'declared');
}

function finish(bytes: Uint8Array, encoding: string, method: DecodedText['method']): DecodedText {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, {
    stripBOM: true,
  });
  return decodedText(text, encoding, method);
}

/** Strict UTF-8 validity, as `new TextDecoder('utf-8', {fatal: true})` would judge it, without decoding. */
function isUtf8(bytes: Uint8Array): boolean {
  return bufferIsUtf8(bytes);
}
