/**
 * Takes web page chrome (chrome.ts) out of a report's head (above its first section) and tail (the lines
 * after the narrative), each removal reported as `assemble-chrome-removed`: chrome glued to a line
 * (…年度报告 【字体：大 中 小】 【打印】) is cut off it before the title and signature are looked for; whole
 * chrome lines, and chrome rows that hold a pipe (简体 | 繁体), are left out where the head and the tail are
 * read.
 */
import { createDiagnostic } from '../diagnostic.js';
import type { Diagnostic } from '../types.js';
import type { PositionMapper } from '../pipeline/source-map.js';
import { gluedChrome, isChromeLine, isPageInfoLine } from './chrome.js';
import type { Block, TextLine } from './lines.js';

/** Lines of the trailing run that glued chrome is looked for in: short ones (signature, notes). */
const TAIL_LINE_MAX = 80;

/**
 * @param diagnostics Sink.
 * @param mapper Offset → position.
 * @param start Start offset of the chrome.
 * @param end Its end.
 * @param message What was removed.
 */
export function reportChrome(
  diagnostics: Diagnostic[],
  mapper: PositionMapper,
  start: number,
  end: number,
  message: string,
): void {
  diagnostics.push(
    createDiagnostic('assemble-chrome-removed', 'info', message, {
      position: mapper.position(start, end),
      origin: 'assemble',
    }),
  );
}

/**
 * Cuts chrome glued to the lines of the head and of the trailing run of short lines.
 * @param blocks The document's blocks.
 * @param firstSection Index of the first section line, or -1.
 * @param mapper Offset → position (for diagnostics).
 * @param diagnostics Sink.
 * @returns The blocks, with the lines that had chrome glued to them replaced by what remains of them.
 */
export function cutGluedChrome(
  blocks: Block[],
  firstSection: number,
  mapper: PositionMapper,
  diagnostics: Diagnostic[],
): Block[] {
  const headEnd = firstSection === -1 ? blocks.length : firstSection;
  let tailStart = blocks.length;
  while (tailStart > headEnd) {
    const block = blocks[tailStart - 1]!;
    if (block.kind === 'blank' || (block.kind === 'text' && !block.marker && block.text.length <= TAIL_LINE_MAX))
      tailStart--;
    else break;
  }
  let out: Block[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    if (i === headEnd) i = Math.max(i, tailStart);
    if (i >= blocks.length) break;
    const block = blocks[i]!;
    if (block.kind !== 'text' || block.marker || isChromeLine(block.text) || isPageInfoLine(block.text)) continue;
    const kept = gluedChrome(block.text);
    if (!kept) continue;
    const { textStart, text } = block;
    if (kept.from > 0)
      reportChrome(diagnostics, mapper, textStart, textStart + kept.from, chromeMessage(text.slice(0, kept.from)));
    if (kept.to < text.length)
      reportChrome(diagnostics, mapper, textStart + kept.to, block.end, chromeMessage(text.slice(kept.to)));
    const line: TextLine = {
      ...block,
      start: textStart + kept.from,
      end: textStart + kept.to,
      text: text.slice(kept.from, kept.to),
      textStart: textStart + kept.from,
    };
    out ??= blocks.slice();
    out[i] = line;
  }
  return out ?? blocks;
}

/**
 * @param text Chrome as printed.
 * @returns The diagnostic message for its removal.
 */
export function chromeMessage(text: string): string {
  return `Removed web page chrome "${text.trim()}".`;
}
