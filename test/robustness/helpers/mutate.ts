/**
 * Line-level mutations of real samples that remember where each surviving line came from, so a
 * test can tell damaged lines from undamaged ones.
 */
import fc from 'fast-check';

/** A line of the mutated text and the 1-based line of the original it is an unchanged copy of. */
export interface TrackedLine {
  text: string;
  /** null when the line was changed (pipes dropped, width flipped, cut). */
  origin: number | null;
}

/** One mutation. Indices are taken modulo the current line count. */
export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'drop-pipes'; at: number; every: number }
  | { kind: 'flip-width'; at: number }
  | { kind: 'cut'; fraction: number };

/** Arbitrary list of mutations (a cut, when present, is applied last). */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({ kind: fc.constant('drop-pipes' as const), at: fc.nat(), every: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ kind: fc.constant('flip-width' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('cut' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }),
  ),
  { minLength: 1, maxLength: 6 },
);

/**
 * Swaps half-width ASCII and full-width forms (U+FF01–U+FF5E), both ways, and space ↔ U+3000.
 * @param line A line.
 * @returns The flipped line.
 */
export function flipWidth(line: string): string {
  let out = '';
  for (const ch of line) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x21 && c <= 0x7e) out += String.fromCodePoint(c + 0xfee0);
    else if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x20) out += '\u3000';
    else if (c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/**
 * Applies mutations to a text.
 * @param text The original (LF line ends; CRLF is kept inside lines as a trailing `\r`).
 * @param list The mutations.
 * @returns The mutated lines with their origins.
 */
export function applyMutations(text: string, list: readonly Mutation[]): TrackedLine[] {
  let lines: TrackedLine[] = text.split('\n').map((t, i) => ({ text: t, origin: i + 1 }));
  const ordered = [...list.filter((m) => m.kind !== 'cut'), ...list.filter((m) => m.kind === 'cut')];
  for (const m of ordered) {
    if (lines.length === 0) break;
    const at = 'at' in m ? m.at % lines.length : 0;
    switch (m.kind) {
      case 'delete':
        lines.splice(at, 1);
        break;
      case 'duplicate':
        lines.splice(at + 1, 0, { text: lines[at]!.text, origin: null });
        break;
      case 'swap': {
        const other = m.with % lines.length;
        const a = lines[at]!;
        lines[at] = lines[other]!;
        lines[other] = a;
        break;
      }
      case 'drop-pipes': {
        let n = 0;
        const line = lines[at]!;
        const changed = line.text.replace(/[|｜]/gu, (p) => (n++ % m.every === 0 ? '' : p));
        if (changed !== line.text) lines[at] = { text: changed, origin: null };
        break;
      }
      case 'flip-width': {
        const line = lines[at]!;
        const changed = flipWidth(line.text);
        if (changed !== line.text) lines[at] = { text: changed, origin: null };
        break;
      }
      case 'cut': {
        const joined = lines.map((l) => l.text).join('\n');
        const cutAt = Math.floor(joined.length * m.fraction);
        let offset = 0;
        const kept: TrackedLine[] = [];
        for (const line of lines) {
          if (offset + line.text.length <= cutAt) kept.push(line);
          else {
            const part = line.text.slice(0, Math.max(0, cutAt - offset));
            if (part.length > 0) kept.push({ text: part, origin: null });
            break;
          }
          offset += line.text.length + 1;
        }
        lines = kept;
        break;
      }
    }
  }
  return lines;
}

/**
 * 1-based original line numbers that survive unchanged *with their original neighbours*: the line
 * before and after are the original line before and after (or the text edge where the original had
 * one). Context matters to a row (a dropped pipe on the line above can make it a wrapped label), so
 * only such lines count as undamaged.
 * @param lines The mutated lines.
 * @param originalLineCount Line count of the original text.
 * @returns Map from original line number to its 1-based line number in the mutated text.
 */
export function undamagedLines(lines: readonly TrackedLine[], originalLineCount: number): Map<number, number> {
  const out = new Map<number, number>();
  for (let k = 0; k < lines.length; k++) {
    const o = lines[k]!.origin;
    if (o === null) continue;
    const prev = k > 0 ? lines[k - 1]!.origin : 0;
    const next = k + 1 < lines.length ? lines[k + 1]!.origin : originalLineCount + 1;
    if (prev === o - 1 && next === o + 1) out.set(o, k + 1);
  }
  return out;
}
