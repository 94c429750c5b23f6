/**
 * Full-width folding, the one for every stage: full-width ASCII forms (digits, letters, punctuation) →
 * half-width, ideographic and no-break spaces → space. Both functions keep the string length (one UTF-16
 * unit in, one out), so offsets stay valid.
 */

/**
 * Full-width digits, letters and ASCII punctuation (U+FF01–U+FF5E) → half-width; ideographic space → space.
 * Keeps the string length (one UTF-16 unit in, one out), so offsets stay valid.
 * @param text Any text.
 * @returns The text with full-width ASCII forms folded (the same string when nothing is folded).
 */
export function toHalfWidth(text: string): string {
  // The unchanged runs between folded characters are copied as slices, not character by character.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let folded: number;
    if (code >= 0xff01 && code <= 0xff5e) folded = code - 0xfee0;
    else if (code === 0x3000 || code === 0xa0) folded = 0x20;
    else continue;
    out += text.slice(from, i) + String.fromCharCode(folded);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
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
