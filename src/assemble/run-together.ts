/** Table cells holding several values run together (12 3 0 0 1 0 16), from PDF tables whose column rules were lost. */
import { EMPTY_MARK_SOURCE } from '../vocabulary/empty-marks.js';
import { mayStartValue } from './values.js';

/** One value as printed: a number (maybe with separators, a decimal part or %) or an empty mark. */
const VALUE_TOKEN = `(?:[-+]?\\d[\\d,.]*%?|${EMPTY_MARK_SOURCE})`;
/** A cell of several values run together: 12 3 0 0 1 0 16. */
const RUN_TOGETHER = new RegExp(`^${VALUE_TOKEN}(?:[ \\t\\u00a0\\u3000]+${VALUE_TOKEN})+$`);
/** The blanks between values run together (global: read with matchAll, which copies it). */
export const BLANKS = /[ \t\u00a0\u3000]+/g;

/** Whether a cell holds several values run together (a cell that cannot start with a value is let through at once). */
export function isRunTogether(text: string): boolean {
  return mayStartValue(text.charCodeAt(0)) && hasValueGap(text) && RUN_TOGETHER.test(text);
}

/** Whether a cell holds a blank that may part two values (most value cells hold one number and none). */
function hasValueGap(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000) return true;
  }
  return false;
}

/** Several values run together, at least one a number. */
export function holdsValues(text: string): boolean {
  return isRunTogether(text) && /\d/.test(text);
}
