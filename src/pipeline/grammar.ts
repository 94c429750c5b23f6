/**
 * The grammar stage: report text → blocks. The grammar (grammars/report-text) reports each line to the
 * assemble stage's BlockCollector (src/assemble/lines.ts), which cuts cells and groups rows into tables.
 *
 * Lexer and parser errors → diagnostics. The report-text grammar accepts every
 * token sequence and the lexer covers every character, so these are a safety
 * net: if a future token or rule change lets an error through, it is reported
 * with its place instead of being lost.
 */
import { parseReportTextLines, type GrammarError } from '../../grammars/report-text/index.js';
import { BlockCollector, type Block } from '../assemble/lines.js';
import { createDiagnostic } from '../diagnostic.js';
import type { Diagnostic } from '../types.js';
import type { PositionMapper } from './source-map.js';

/**
 * @param text The normalised report text.
 * @returns Its blocks in document order, and every lexer/parser error.
 */
export function runGrammar(text: string): { blocks: Block[]; errors: GrammarError[] } {
  const collector = new BlockCollector(text);
  const errors = parseReportTextLines(text, collector);
  return { blocks: collector.finish(), errors };
}

/**
 * @param errors Errors from `runGrammar`.
 * @param mapper Offset → position.
 * @returns One warning per error.
 */
export function grammarDiagnostics(errors: readonly GrammarError[], mapper: PositionMapper): Diagnostic[] {
  return errors.map((error) =>
    createDiagnostic(
      error.kind === 'lex' ? 'grammar-unexpected-character' : 'grammar-recovered',
      'warning',
      error.message,
      {
        position: mapper.position(error.startOffset, error.endOffset),
        origin: 'grammar',
      },
    ),
  );
}
