/**
 * Label normalisation for tolerant matching: width (NFKC), spaces inside labels (`统 计 指 标`),
 * traditional characters, quotes and punctuation, numbering markers and trailing parenthetical notes.
 */
import { toSimplified, traditionalToSimplified } from '../vocabulary/traditional.js';

export { hasTraditional, toSimplified } from '../vocabulary/traditional.js';

/** Pinyin injected after characters in mirrored copies: 報(bào)告, 申請(qǐng). */
const PINYIN = /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/gu;
const SPACES = /[\s\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu;
const QUOTES = /[“”"'‘’「」『』]/gu;
const MARKER =
  /^(?:第[一二三四五六七八九十百]+(?:部分|章|项)|[一二三四五六七八九十]+[、.,]|\([一二三四五六七八九十\d]+\)[、.]?|\d+[.、,)](?!\d)|[①-⑳]|其中[:,]?|合计[:]|注[:])/u;
const TRAILING_NOTE = /\([^()]*\)$/u;
/** A note cut off by a line wrap: `数(不同渠道和方式公开相同信`. */
const OPEN_NOTE = /\([^()]*$/u;

/**
 * Characters whose canonical form is themselves: printable ASCII but quotes, CJK unified ideographs but the
 * traditional ones the table converts, and common CJK punctuation (all NFKC-stable; none is a space, a quote or
 * part of injected pinyin). A text made only of these is its own canonical form: no normalisation, no regex, no copy.
 * 1 = plain, per UTF-16 unit; read-only outside this module (detect.ts scans with it).
 */
export const PLAIN = new Uint8Array(0x10000);
for (let c = 0x21; c < 0x7f; c++) PLAIN[c] = 1;
PLAIN[0x22] = 0;
PLAIN[0x27] = 0;
PLAIN.fill(1, 0x4e00, 0xa000);
for (const ch of traditionalToSimplified.keys()) PLAIN[ch.charCodeAt(0)] = 0;
for (const c of [
  0x3001, 0x3002, 0x3008, 0x3009, 0x300a, 0x300b, 0x3010, 0x3011, 0x3014, 0x3015, 0x2014, 0x3007, 0x25cb,
])
  PLAIN[c] = 1;

/**
 * @param text Any text.
 * @returns Whether every character of it is its own canonical form (see PLAIN).
 */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (PLAIN[text.charCodeAt(i)] === 0) return false;
  return true;
}

/**
 * Canonical form of a text for substring tests: NFKC, no injected pinyin, simplified characters, no spaces, no quotes.
 * @param text Any text.
 * @returns The canonical text.
 */
export function canonicalText(text: string): string {
  if (isPlain(text)) return text;
  if (text.length > 1024) return canonicalUncached(text);
  // Cells and labels repeat from report to report, and so do the joined headers of a form's tables: keep the last
  // few thousand short texts and the last few hundred long ones.
  const short = text.length <= 64;
  const cache = short ? canonicalCache : longCanonicalCache;
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const canonical = canonicalUncached(text);
  if (cache.size >= (short ? 4096 : 256)) cache.clear();
  cache.set(text, canonical);
  return canonical;
}

const canonicalUncached = (text: string): string =>
  toSimplified(text.normalize('NFKC').replace(PINYIN, '')).replace(SPACES, '').replace(QUOTES, '');

const canonicalCache = new Map<string, string>();
const longCanonicalCache = new Map<string, string>();

/**
 * Canonical form of a row label: `canonicalText`, then without numbering markers, `其中:` and trailing notes.
 * @param label A label or cell as printed.
 * @returns The matching key of the label ('' when nothing is left).
 */
export function normaliseLabel(label: string): string {
  const cached = labelCache.get(label);
  if (cached !== undefined) return cached;
  // Labels repeat from report to report: keep the last few thousand.
  if (labelCache.size >= LABEL_CACHE_SIZE) labelCache.clear();
  const normalised = normaliseUncached(label);
  labelCache.set(label, normalised);
  return normalised;
}

const LABEL_CACHE_SIZE = 4096;
const labelCache = new Map<string, string>();

function normaliseUncached(label: string): string {
  let s = canonicalText(label);
  for (let previous = ''; previous !== s;) {
    previous = s;
    s = s.replace(MARKER, '');
  }
  for (let previous = ''; previous !== s;) {
    previous = s;
    if (s.replace(TRAILING_NOTE, '') !== '') s = s.replace(TRAILING_NOTE, '');
  }
  if (s.replace(OPEN_NOTE, '') !== '') s = s.replace(OPEN_NOTE, '');
  return s.replace(/[、,.;:。;]+$/u, '');
}

/**
 * The label without a trailing 数/数量/情况, for wording drift (`收到申请数` ↔ `收到申请`).
 * @param normalised A label from `normaliseLabel`.
 * @returns Its core.
 */
export function labelCore(normalised: string): string {
  return normalised.replace(/(?:数量|总数|数|情况)$/u, '');
}
