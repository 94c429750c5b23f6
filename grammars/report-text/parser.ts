/**
 * Grammar of report text (README "Report text format"): a Chevrotain
 * EmbeddedActionsParser with two rules, LL(1).
 *
 *   document := line*
 *   line     := LineRun | Marker ( LineRun | runs | Newline )? | runs | Newline
 *   runs     := ( Run Marker? )+ ( LineRun | Newline )?
 *
 * Every token sequence parses: the grammar cannot fail, and nothing is lost.
 * The lexer (grammars/report-text/tokens.ts) reads a line in runs: a run goes to the line end, across
 * pipes, unless a cell begins with a marker, where the marker is a token of its own. A LineRun reaches
 * the line end and takes its line feed; a Run stops before it, at a cell's marker or at the end of the
 * text; both carry the offsets of their pipes. A Newline token is left only after a marker and on blank
 * lines. So a line of narrative or a table row is `LineRun` or `Marker LineRun`, and a row with markers
 * in later cells `Run Marker … LineRun`. A line is a pipe row when one of its runs holds a pipe. The one action per line reports it to a `LineSink`
 * (src/assemble/lines.ts turns the lines into blocks and groups consecutive rows into tables): no CST,
 * no visitor, no per-line objects here. Why: the CstParser + visitor it replaces cost more than the
 * lexer (docs/performance.md, "Grammar stage").
 *
 * Lookahead is greedy LL(1), from FIRST sets (grammars/report-text/first-token-lookahead.ts): an
 * optional part is taken when the next token can begin it. A Marker or a run can follow a line as well
 * as sit in it; the greedy reading is the intended one, because a line that goes on is never ended by
 * a token: a run stops before its line feed only at a cell's marker (or at the end of the text), and a
 * line ends with the token that takes its line feed (LineRun, Newline).
 */
import { EMPTY_ALT, EmbeddedActionsParser, type IOrAlt, type IToken } from 'chevrotain';
import { FirstTokenLookahead } from './first-token-lookahead.js';
import { allTokens, LineRun, Marker, Newline, Run } from './tokens.js';

/** Receives the lines of one document, in order. Offsets are into the parsed text. */
export interface LineSink {
  /** A line without a pipe: its marker, its text (a Run, or a LineRun, which holds the line feed), or both. */
  textLine(marker: IToken | undefined, text: IToken | undefined): void;
  /**
   * A line holding at least one pipe.
   * @param first Offset of its first token.
   * @param pipes Offsets of its pipes, in order (the sink may keep the array, not change it).
   * @param markers Markers at the start of its cells, in order (the sink may keep it too).
   * @param newline Offset of the line feed that ends it, or -1 at the end of the text.
   */
  row(first: number, pipes: readonly number[], markers: readonly IToken[], newline: number): void;
  /** An empty line (nothing but blanks): the offset of its line feed. */
  blank(offset: number): void;
}

/** The markers of a row without any. */
const NO_MARKERS: readonly IToken[] = Object.freeze([]);

/** The pipe offsets a Run or LineRun token carries (grammars/report-text/tokens.ts), undefined for none. */
const pipesOf = (run: IToken): readonly number[] | undefined => run.payload as number[] | undefined;

/** Chevrotain parser for report text; use `getReportTextParser()`. */
export class ReportTextParser extends EmbeddedActionsParser {
  /** Where `document()` reports lines; set before each parse. */
  sink: LineSink | null = null;
  /** The marker that begins the line being read, or undefined when it has none. */
  private marker: IToken | undefined = undefined;
  /** The first Run of the line being read, or undefined when it has none. */
  private firstRun: IToken | undefined = undefined;
  /** The pipes and cell markers of the Runs of the line being read (fresh arrays per row). */
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

  // The rules' parts are instance functions, made once, rather than arrow functions written inline, which
  // would be made anew for every line and cell; state goes through the return values of OPTION, OR and
  // CONSUME, and the fields of the line being read (its marker, runs, pipes and cell markers). Actions run
  // only outside Chevrotain's recording phase (its grammar analysis in performSelfAnalysis).

  private readonly line = (): void => {
    const end = this.OR(this.lines);
    if (!this.RECORDING_PHASE) this.endLine(end);
  };

  /**
   * A line: one run that ends it, a marker and what follows it, runs with cell markers, or a line feed.
   * A line without a marker (a third of them) takes one OR rather than an OPTION then an OR.
   */
  private readonly lines: IOrAlt<IToken | undefined>[] = [
    { ALT: () => this.CONSUME(LineRun) },
    { ALT: () => this.markedLine() },
    { ALT: () => this.SUBRULE(this.runs) },
    { ALT: () => this.CONSUME(Newline) },
  ];

  /** A line's marker, then what follows it; the marker is kept for `endLine`. */
  private markedLine(): IToken | undefined {
    const marker = this.CONSUME(Marker);
    const end = this.OR2(this.lineBodies);
    if (!this.RECORDING_PHASE) this.marker = marker;
    return end;
  }

  /** What follows a line's marker: one run that ends the line, runs with cell markers, a line feed, or nothing. */
  private readonly lineBodies: IOrAlt<IToken | undefined>[] = [
    { ALT: () => this.CONSUME2(LineRun) },
    { ALT: () => this.SUBRULE2(this.runs) },
    { ALT: () => this.CONSUME2(Newline) },
    { ALT: EMPTY_ALT(undefined) },
  ];

  /**
   * Runs that stop before a cell's marker, each with that marker, then the line's last run. A rule of its
   * own, as a line may begin with it or reach it after its marker; few lines do (a cell marker after the
   * first cell), so the cost of a rule call does not count.
   */
  private readonly runs = this.RULE('runs', (): IToken | undefined => {
    this.AT_LEAST_ONE(this.run);
    return this.OR(this.runsEnds);
  });

  /** How a line read in several runs ends: as a line does, after the runs. */
  private readonly runsEnds: IOrAlt<IToken | undefined>[] = [
    { ALT: () => this.CONSUME(LineRun) },
    { ALT: () => this.CONSUME(Newline) },
    { ALT: EMPTY_ALT(undefined) },
  ];

  private readonly cellMarker = (): IToken => this.CONSUME(Marker);

  private readonly run = (): void => {
    const run = this.CONSUME(Run);
    const marker = this.OPTION(this.cellMarker);
    if (!this.RECORDING_PHASE) {
      this.firstRun ??= run;
      const pipes = pipesOf(run);
      if (pipes !== undefined) for (const pipe of pipes) this.pipes.push(pipe);
      if (marker !== undefined) this.markers.push(marker);
    }
  };

  /** Reports the line just read to the sink. */
  private endLine(end: IToken | undefined): void {
    const sink = this.sink!;
    const marker = this.marker;
    this.marker = undefined;
    const newline = end === undefined ? -1 : end.startOffset + end.image.length - 1;
    const first = this.firstRun;
    if (first !== undefined) {
      // A line read in several runs: its pipes and markers were gathered run by run.
      const pipes = this.pipes;
      const markers = this.markers;
      this.firstRun = undefined;
      const endPipes = end === undefined ? undefined : pipesOf(end);
      if (endPipes !== undefined) for (const pipe of endPipes) pipes.push(pipe);
      if (pipes.length === 0) {
        // A Run without pipes stops only at the end of the text: the line's text, without a line feed.
        sink.textLine(marker, first);
        return;
      }
      this.pipes = [];
      this.markers = [];
      if (marker !== undefined) markers.unshift(marker);
      sink.row((marker ?? first).startOffset, pipes, markers, newline);
    } else if (end !== undefined && end.tokenType === LineRun) {
      const pipes = pipesOf(end);
      if (pipes === undefined) sink.textLine(marker, end);
      else sink.row((marker ?? end).startOffset, pipes, marker === undefined ? NO_MARKERS : [marker], newline);
    } else if (end !== undefined) {
      if (marker === undefined) sink.blank(end.startOffset);
      else sink.textLine(marker, undefined);
    } else if (marker !== undefined) sink.textLine(marker, undefined);
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
