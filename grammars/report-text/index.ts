/**
 * Grammar API: report text → its lines, reported to a `LineSink`, plus lexer and parser errors as data.
 * Never throws on content; synchronous, so the one shared parser is safe.
 */
import type { IRecognitionException, ILexingError } from 'chevrotain';
import { getReportTextLexer } from './lexer.js';
import { getReportTextParser, type LineSink } from './parser.js';

/** A lexer or parser error, located by offsets into the text. */
export interface GrammarError {
  kind: 'lex' | 'parse';
  message: string;
  startOffset: number;
  endOffset: number;
}

function fromLexError(error: ILexingError): GrammarError {
  return { kind: 'lex', message: error.message, startOffset: error.offset, endOffset: error.offset + error.length };
}

function fromParseError(error: IRecognitionException): GrammarError {
  const token = error.token;
  const start = Number.isNaN(token.startOffset) ? 0 : token.startOffset;
  const end = token.endOffset === undefined || Number.isNaN(token.endOffset) ? start : token.endOffset + 1;
  return { kind: 'parse', message: error.message, startOffset: start, endOffset: end };
}

/**
 * Parses report text line by line: every line goes to `sink`, in order.
 * @param text Report text (LF line ends; CR is tolerated as a blank).
 * @param sink Receives the lines.
 * @returns Every lexer/parser error (none for any text the tokens cover, i.e. any text).
 */
export function parseReportTextLines(text: string, sink: LineSink): GrammarError[] {
  const lexed = getReportTextLexer().tokenize(text);
  const parser = getReportTextParser();
  parser.input = lexed.tokens;
  parser.sink = sink;
  try {
    parser.document();
  } finally {
    parser.sink = null;
  }
  if (lexed.errors.length === 0 && parser.errors.length === 0) return [];
  return [...lexed.errors.map(fromLexError), ...parser.errors.map(fromParseError)];
}

export type { LineSink } from './parser.js';
export { ReportTextParser, getReportTextParser } from './parser.js';
export { createReportTextLexer, getReportTextLexer } from './lexer.js';
