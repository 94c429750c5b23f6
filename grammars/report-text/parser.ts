/**
 * Grammar of report text (README "Report text format"). Pure grammar: no
 * semantics here; src/build/ turns the CST into a Report.
 *
 *   document  := block*
 *   block     := table | textLine | Newline            (a blank line)
 *   table     := row+                                  (consecutive lines holding a pipe)
 *   row       := cell? (Pipe cell?)+ Newline?
 *   textLine  := (Marker Text? | Text) Newline?
 *   cell      := Marker Text? | Text
 *
 * The lexer only emits a Marker at the start of a line or cell, so every token
 * sequence parses: the grammar cannot fail, and nothing is lost.
 */
import { CstParser, EOF, type IToken, type TokenType } from 'chevrotain';
import { allTokens, Marker, Newline, Pipe, Text } from './tokens.js';

/** Chevrotain parser for report text; use the shared `reportTextParser`. */
export class ReportTextParser extends CstParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 3, nodeLocationTracking: 'onlyOffset' });
    this.performSelfAnalysis();
  }

  /** True when the current line (from the next token to the next Newline) holds a pipe. */
  private lineHasPipe(): boolean {
    for (let i = 1; ; i++) {
      const type: TokenType = this.LA(i).tokenType;
      if (type === Pipe) return true;
      if (type === Newline || type === EOF) return false;
    }
  }

  public document = this.RULE('document', () => {
    this.MANY(() => this.SUBRULE(this.block));
  });

  public block = this.RULE('block', () => {
    this.OR([
      { GATE: () => this.lineHasPipe(), ALT: () => this.SUBRULE(this.table) },
      { ALT: () => this.SUBRULE(this.textLine) },
      { ALT: () => this.CONSUME(Newline, { LABEL: 'blank' }) },
    ]);
  });

  // A table is a run of consecutive pipe rows; a line without a pipe ends it.
  public table = this.RULE('table', () => {
    this.AT_LEAST_ONE({ GATE: () => this.lineHasPipe(), DEF: () => this.SUBRULE(this.row) });
  });

  public row = this.RULE('row', () => {
    this.OPTION(() => this.SUBRULE(this.cell));
    this.AT_LEAST_ONE(() => {
      this.CONSUME(Pipe);
      this.OPTION2(() => this.SUBRULE2(this.cell));
    });
    this.OPTION3(() => this.CONSUME(Newline));
  });

  public cell = this.RULE('cell', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Marker);
          this.OPTION(() => this.CONSUME(Text));
        },
      },
      { ALT: () => this.CONSUME2(Text) },
    ]);
  });

  public textLine = this.RULE('textLine', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Marker);
          this.OPTION(() => this.CONSUME(Text));
        },
      },
      { ALT: () => this.CONSUME2(Text) },
    ]);
    this.OPTION2(() => this.CONSUME(Newline));
  });
}

/** Shared instance: one parser per process (a new instance per document is ~20× slower). */
export const reportTextParser = new ReportTextParser();

/** Tokens of one input, for callers that lex separately. */
export type ReportTextTokens = IToken[];
