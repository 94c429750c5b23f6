/**
 * Grammar API: report text → CST, plus lexer and parser errors as data.
 * Never throws on content; synchronous, so the one shared parser is safe.
 */
import type { IRecognitionException, ILexingError } from 'chevrotain';
import { reportTextLexer } from './lexer.js';
import { reportTextParser } from './parser.js';
import type { DocumentCstNode } from './cst.js';

/** A lexer or parser error, located by offsets into the text. */
export interface GrammarError {
  kind: 'lex' | 'parse';
  message: string;
  startOffset: number;
  endOffset: number;
}

/** What `parseReportTextCst` returns. */
export interface ReportTextCst {
  cst: DocumentCstNode;
  errors: GrammarError[];
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
 * Parses report text into a concrete syntax tree of lines, rows and cells.
 * @param text Report text (LF line ends; CR is tolerated as a blank).
 * @returns The CST and every lexer/parser error.
 */
export function parseReportTextCst(text: string): ReportTextCst {
  const lexed = reportTextLexer.tokenize(text);
  reportTextParser.input = lexed.tokens;
  const cst = reportTextParser.document() as DocumentCstNode;
  return {
    cst,
    errors: [...lexed.errors.map(fromLexError), ...reportTextParser.errors.map(fromParseError)],
  };
}

export { reportTextParser } from './parser.js';
export { createReportTextLexer } from './lexer.js';
