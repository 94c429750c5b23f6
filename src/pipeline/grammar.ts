/**
 * Lexer and parser errors → diagnostics. The report-text grammar accepts every
 * token sequence and the lexer covers every character, so these are a safety
 * net: if a future token or rule change lets an error through, it is reported
 * with its place instead of being lost.
 */
import type { GrammarError } from '../../grammars/report-text/index.js';
import { createDiagnostic } from '../diagnostic.js';
import type { Diagnostic } from '../types.js';
import type { PositionMapper } from './source-map.js';

/**
 * @param errors Errors from `parseReportTextCst`.
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
