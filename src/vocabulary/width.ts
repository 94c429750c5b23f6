/**
 * Full-width folding, the one for every stage: full-width ASCII forms (digits, letters, punctuation) →
 * half-width, ideographic and no-break spaces → space. Both functions keep the string length (one UTF-16
 * unit in, one out), so offsets stay valid.
 */

const NEEDS_FOLDING = /[\uff01-\uff5e\u3000\u00a0]/;

/**
 * Full-width digits, letters and ASCII punctuation (U+FF01–U+FF5E) → half-width; ideographic space → space.
 * Keeps the string length (one UTF-16 unit in, one out), so offsets stay valid.
 * @param text Any text.
 * @returns The text with full-width ASCII forms folded.
 */
export function toHalfWidth(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text;
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0);
      changed = true;
    } else if (code === 0x3000 || code === 0xa0) {
      out += ' ';
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;
const HAS_FULL_WIDTH_DIGIT = /[０-９]/;

/**
 * @param text Any text.
 * @returns The text with full-width digits (０–９) folded to ASCII, nothing else changed.
 */
export function asciiDigits(text: string): string {
  if (!HAS_FULL_WIDTH_DIGIT.test(text)) return text;
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
