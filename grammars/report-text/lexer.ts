/**
 * The lexer of report text. Offsets only: line and column are computed from a
 * line-start index when positions are built (docs/performance.md: 'full'
 * tracking costs 1.13× time and 2.9× memory per token).
 */
import { Lexer } from 'chevrotain';
import { allTokens } from './tokens.js';

/**
 * @param ensureOptimizations Throw when the first-character optimisation cannot be applied (tests).
 * @returns A lexer for report text.
 */
export function createReportTextLexer(ensureOptimizations = false): Lexer {
  return new Lexer(allTokens, {
    positionTracking: 'onlyOffset',
    ensureOptimizations,
    // The token definitions are checked once, by the grammar test (createReportTextLexer(true) there
    // builds with validations on); skipping them here saves start-up time.
    skipValidations: !ensureOptimizations,
    // Every character is covered by a token (a run starts at any code unit but LF, and Newline takes LF),
    // so no error recovery is needed; it stays on as a safety net (src/pipeline/grammar.ts reports errors).
    recoveryEnabled: true,
  });
}

let shared: Lexer | null = null;

/**
 * The one lexer of the process, built on first use, not on import (docs/performance.md, "Cold start").
 * @returns The shared lexer.
 */
export function getReportTextLexer(): Lexer {
  return (shared ??= createReportTextLexer());
}
