/**
 * Grammar of report text (README "Report text format"). Pure grammar: no
 * semantics here; src/assemble/ turns the CST into a Report.
 *
 *   document  := (table | textLine | Newline)*        (a lone Newline is a blank line)
 *   table     := row+                                  (consecutive lines holding a pipe)
 *   row       := Marker? Text? (Pipe Marker? Text?)+ Newline?
 *   textLine  := (Marker Text? | Text) Newline?
 *
 * The lexer only emits a Marker at the start of a line or cell, so a row is
 * told from a text line within three tokens (Marker Text Pipe): LL(3), and
 * a three-token gate ends the table loop at a text line. Every token sequence parses: the grammar cannot fail, and nothing is
 * lost. Rows carry no cell nodes: the builder cuts cells at the pipe offsets,
 * which keeps empty cells in place and the CST small (docs/performance.md).
 */
import { CstParser, tokenMatcher } from 'chevrotain';
import { allTokens, Marker, Newline, Pipe, Text } from './tokens.js';

/** Chevrotain parser for report text; use the shared `reportTextParser`. */
export class ReportTextParser extends CstParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 3, nodeLocationTracking: 'none' });
    this.performSelfAnalysis();
  }

  public document = this.RULE('document', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.table) },
        { ALT: () => this.SUBRULE(this.textLine) },
        { ALT: () => this.CONSUME(Newline, { LABEL: 'blank' }) },
      ]);
    });
  });

  /**
   * True when the next line holds a pipe (within the three tokens a row can
   * start with). A repetition's lookahead does not see past its own rule, so
   * the table loop needs this gate to stop at a text line.
   */
  private nextLineIsRow(): boolean {
    for (let i = 1; i <= 3; i++) {
      const type = this.LA(i).tokenType;
      if (type === Pipe) return true;
      if (type !== Text && !tokenMatcher(this.LA(i), Marker)) return false;
    }
    return false;
  }

  // A table is a run of consecutive pipe rows; a line without a pipe ends it.
  public table = this.RULE('table', () => {
    this.AT_LEAST_ONE({ GATE: () => this.nextLineIsRow(), DEF: () => this.SUBRULE(this.row) });
  });

  public row = this.RULE('row', () => {
    this.OPTION(() => this.CONSUME(Marker));
    this.OPTION2(() => this.CONSUME(Text));
    this.AT_LEAST_ONE(() => {
      this.CONSUME(Pipe);
      this.OPTION3(() => this.CONSUME2(Marker));
      this.OPTION4(() => this.CONSUME2(Text));
    });
    this.OPTION5(() => this.CONSUME(Newline));
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
