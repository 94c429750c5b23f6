/**
 * Takes web page chrome (chrome.ts) out of the head of a report (above its first section) and out of the
 * short lines that end it (signature, notes), each removal reported as `assemble-chrome-removed`: whole
 * chrome lines, and chrome glued to a line (…年度报告 【字体：大 中 小】 【打印】).
 */
import { createDiagnostic } from '../diagnostic.js';
import type { Diagnostic } from '../types.js';
import type { PositionMapper } from '../pipeline/source-map.js';
import { gluedChrome, isChromeLine, isPageInfoLine } from './chrome.js';
import type { Block, TextLine } from './lines.js';

/** Lines of the trailing run that chrome is looked for in: short ones (signature, 打印 关闭 bars). */
const TAIL_LINE_MAX = 80;

/**
 * @param blocks The document's blocks.
 * @param firstSection Index of the first section line, or -1.
 * @param mapper Offset → position (for diagnostics).
 * @param diagnostics Sink.
 * @returns The blocks without chrome lines, and with glued chrome cut off the lines it was glued to.
 */
export function removeChrome(
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
  const report = (start: number, end: number, text: string): void => {
    diagnostics.push(
      createDiagnostic('assemble-chrome-removed', 'info', `Removed web page chrome "${text}".`, {
        position: mapper.position(start, end),
        origin: 'assemble',
      }),
    );
  };
  let out: Block[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    if (i === headEnd) i = Math.max(i, tailStart);
    if (i >= blocks.length) break;
    const block = blocks[i]!;
    if (block.kind !== 'text' || block.marker) continue;
    let replacement: TextLine | null = block;
    if (isChromeLine(block.text)) {
      report(block.start, block.end, block.text);
      replacement = null;
    } else if (!isPageInfoLine(block.text)) {
      const kept = gluedChrome(block.text);
      if (kept) {
        if (kept.from > 0) report(block.textStart, block.textStart + kept.from, block.text.slice(0, kept.from).trim());
        if (kept.to < block.text.length) report(block.textStart + kept.to, block.end, block.text.slice(kept.to).trim());
        replacement = {
          ...block,
          start: block.textStart + kept.from,
          end: block.textStart + kept.to,
          text: block.text.slice(kept.from, kept.to),
          textStart: block.textStart + kept.from,
        };
      }
    }
    if (replacement === block) continue;
    out ??= blocks.slice();
    out[i] = replacement ?? { kind: 'blank', start: block.start, end: block.start };
  }
  return out ?? blocks;
}
