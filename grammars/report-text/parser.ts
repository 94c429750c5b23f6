/**
 * Grammar of report text (README "Report text format"): a Chevrotain
 * EmbeddedActionsParser with one rule, LL(1).
 *
 *   document := line*
 *   line     := Marker? Text? (Pipe Marker? Text?)* (LineText | LinePipes | Newline)?
 *
 * Every token sequence parses: the grammar cannot fail, and nothing is lost.
 * The lexer only emits a Marker at the start of a line or cell, so a line is
 * Marker and text, text, a pipe row (a line holding a pipe, cells between the
 * pipes) or a lone Newline (a blank line). LineText and LinePipes are Text and
 * Pipe that take the line feed ending their line (grammars/report-text/tokens.ts):
 * they end it, and a Newline token is left only after a marker and on blank lines. The one action per line reports it
 * to a `LineSink` (src/assemble/lines.ts turns the lines into blocks and
 * groups consecutive rows into tables): no CST, no visitor, no per-line
 * objects here. Why: the CstParser + visitor it replaces cost more than
 * the lexer (docs/performance.md, "Grammar stage").
 *
 * Lookahead is greedy LL(1), from FIRST sets (grammars/report-text/first-token-lookahead.ts): an
 * optional part is taken when the next token can begin it. Inside the line loop a Marker or a Pipe
 * can follow a line as well as sit in it; the greedy reading is the intended one, because a line that
 * goes on is never ended by a token: Text and Pipe stop before a line feed or a cell that may begin
 * with a marker, and LineText, LinePipes and Newline end the line.
 */
import { EMPTY_ALT, EmbeddedActionsParser, type IOrAlt, type IToken } from 'chevrotain';
import { FirstTokenLookahead } from './first-token-lookahead.js';
import { allTokens, LinePipes, LineText, Marker, Newline, Pipe, Text } from './tokens.js';

/** Receives the lines of one document, in order. Offsets are into the parsed text. */
export interface LineSink {
  /** A line without a pipe: its marker, its text (Text, or LineText, which holds the line feed), or both. */
  textLine(marker: IToken | undefined, text: IToken | undefined): void;
  /**
   * A line holding at least one pipe.
   * @param first Offset of its first token.
   * @param pipes Offsets of its pipes, in order (the sink may keep the array).
   * @param markers Markers at the start of its cells, in order (the sink may keep it too).
   * @param newline Offset of the line feed that ends it, or -1 at the end of the text.
   */
  row(first: number, pipes: readonly number[], markers: readonly IToken[], newline: number): void;
  /** An empty line (nothing but blanks): the offset of its line feed. */
  blank(offset: number): void;
}

/** Chevrotain parser for report text; use `getReportTextParser()`. */
export class ReportTextParser extends EmbeddedActionsParser {
  /** Where `document()` reports lines; set before each parse. */
  sink: LineSink | null = null;
  /** The pipes and cell markers of the line being read (fresh arrays per row: cheaper than emptying them). */
  private pipes: number[] = [];
  private markers: IToken[] = [];

  /**
   * @param skipValidations Skip Chevrotain's grammar validations (production); a test builds the parser with them.
   */
  constructor(skipValidations = true) {
    super(allTokens, {
      recoveryEnabled: true,
      maxLookahead: 1,
      skipValidations,
      lookaheadStrategy: new FirstTokenLookahead(),
    });
    this.performSelfAnalysis();
  }

  public document = this.RULE('document', () => {
    this.MANY(this.line);
  });

  // The rule's parts are instance functions, made once, rather than arrow functions written inline, which
  // would be made anew for every line and cell; state goes through the return values of OPTION and CONSUME.
  // Actions run only outside Chevrotain's recording phase (its grammar analysis in performSelfAnalysis).

  private readonly line = (): void => {
    const first = this.LA(1).startOffset;
    const marker = this.OPTION(this.lineMarker);
    const text = this.OPTION2(this.lineText);
    this.MANY2(this.cell);
    const end = this.OR(this.lineEnds);
    if (!this.RECORDING_PHASE) this.endLine(first, marker, text, end);
  };

  private readonly lineMarker = (): IToken => this.CONSUME(Marker);
  private readonly lineText = (): IToken => this.CONSUME(Text);
  private readonly cellMarker = (): IToken => this.CONSUME2(Marker);
  private readonly cellText = (): IToken => this.CONSUME2(Text);

  /** How a line ends: a token that takes the line feed, a Newline, or nothing (the end of the text). */
  private readonly lineEnds: IOrAlt<IToken | undefined>[] = [
    { ALT: () => this.CONSUME(LineText) },
    { ALT: () => this.CONSUME(LinePipes) },
    { ALT: () => this.CONSUME(Newline) },
    { ALT: EMPTY_ALT(undefined) },
  ];

  private readonly cell = (): void => {
    const pipe = this.CONSUME(Pipe);
    const marker = this.OPTION3(this.cellMarker);
    this.OPTION4(this.cellText);
    if (!this.RECORDING_PHASE) {
      this.addPipes(pipe);
      if (marker !== undefined) this.markers.push(marker);
    }
  };

  /** A Pipe or LinePipes token is a run of pipes and cells (grammars/report-text/tokens.ts): each pipe in it. */
  private addPipes(token: IToken): void {
    const image = token.image;
    for (let i = 0; i < image.length; i++) {
      const code = image.charCodeAt(i);
      if (code === 0x7c || code === 0xff5c) this.pipes.push(token.startOffset + i);
    }
  }

  /** Reports the line just read to the sink. */
  private endLine(first: number, marker: IToken | undefined, text: IToken | undefined, end: IToken | undefined): void {
    const sink = this.sink!;
    let newline = -1;
    if (end !== undefined) {
      newline = end.startOffset + end.image.length - 1;
      if (end.tokenType === LinePipes) this.addPipes(end);
      else if (end.tokenType === LineText) text = end;
    }
    if (this.pipes.length > 0) {
      if (marker !== undefined) this.markers.unshift(marker);
      sink.row(first, this.pipes, this.markers, newline);
      this.pipes = [];
      if (this.markers.length > 0) this.markers = [];
    } else if (marker !== undefined || text !== undefined) sink.textLine(marker, text);
    else if (end !== undefined) sink.blank(end.startOffset);
    // Else nothing was read: the loop's last turn, at the end of the input (every part of a line is optional).
  }
}

let shared: ReportTextParser | null = null;

/**
 * The one parser of the process, built on first use: not on import, so that loading the library or the
 * CLI does not pay for Chevrotain's grammar analysis (docs/performance.md, "Cold start").
 * A new parser per document is ~20× slower.
 * @returns The shared parser.
 */
export function getReportTextParser(): ReportTextParser {
  return (shared ??= new ReportTextParser());
}
