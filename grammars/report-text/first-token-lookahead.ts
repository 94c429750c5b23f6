/**
 * A Chevrotain lookahead strategy for LL(1) grammars whose optional parts are greedy: an OPTION or MANY
 * is entered when the next token can begin it, whatever may follow it; an OR takes the first alternative
 * the next token can begin, else its empty alternative. This is the reading the
 * report-text grammar wants (grammars/report-text/parser.ts), and it is built from the FIRST set of
 * each production alone, without the paths after it that Chevrotain's LLkLookaheadStrategy computes:
 * that analysis was most of the parser's construction time at start-up (docs/performance.md,
 * "Cold start"). Grammar validations still use LLkLookaheadStrategy (when they are not skipped).
 */
import {
  Alternation,
  LLkLookaheadStrategy,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  Terminal,
  type IProduction,
  type ILookaheadStrategy,
  type ILookaheadValidationError,
  type IToken,
  type OptionalProductionType,
  type Rule,
  type TokenType,
} from 'chevrotain';

/** The production classes this strategy reads, by the type name Chevrotain gives them. */
const OPTIONAL_CLASSES: Partial<Record<OptionalProductionType, abstract new (...args: never[]) => IProduction>> = {
  Option,
  Repetition,
  RepetitionMandatory,
};

/**
 * @returns The production of `type` with occurrence index `idx` inside `definition`, or null.
 */
function findProduction(
  definition: readonly IProduction[],
  type: abstract new (...args: never[]) => IProduction,
  idx: number,
): { definition: IProduction[] } | null {
  for (const production of definition) {
    if (production instanceof type && (production as unknown as { idx: number }).idx === idx)
      return production as unknown as { definition: IProduction[] };
    const inner = (production as { definition?: IProduction[] }).definition;
    if (inner !== undefined && !(production instanceof NonTerminal)) {
      const found = findProduction(inner, type, idx);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * Adds the token types that can begin `sequence` to `first`.
 * @returns Whether the whole sequence can match no token.
 */
function addFirst(sequence: readonly IProduction[], first: Set<TokenType>): boolean {
  for (const production of sequence) {
    if (production instanceof Terminal) {
      first.add(production.terminalType);
      return false;
    }
    if (production instanceof Option || production instanceof Repetition) addFirst(production.definition, first);
    else if (production instanceof RepetitionMandatory) {
      if (!addFirst(production.definition, first)) return false;
    } else if (production instanceof NonTerminal) {
      if (!addFirst(production.referencedRule.definition, first)) return false;
    } else if (production instanceof Alternation) {
      let empty = false;
      for (const alternative of production.definition) empty = addFirst([alternative], first) || empty;
      if (!empty) return false;
    } else {
      const inner = (production as { definition?: IProduction[] }).definition;
      if (inner !== undefined && !addFirst(inner, first)) return false;
    }
  }
  return true;
}

/** The token type indices a set of token types matches: a category stands for every type in it. */
function tokenIndices(types: Set<TokenType>): number[] {
  return [...types].flatMap((tokenType) => [tokenType.tokenTypeIdx!, ...(tokenType.categoryMatches ?? [])]);
}

/** The next-token test Chevrotain calls with the parser as `this`. */
type NextTokenTest = (this: unknown) => boolean;

/** Greedy LL(1) lookahead from FIRST sets. */
export class FirstTokenLookahead implements ILookaheadStrategy {
  validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
    return new LLkLookaheadStrategy({ maxLookahead: 1 }).validate(options);
  }

  buildLookaheadForAlternation(options: { prodOccurrence: number; rule: Rule }): (this: unknown) => number | undefined {
    const alternation = findProduction(options.rule.definition, Alternation, options.prodOccurrence);
    if (!alternation)
      throw new Error(`FirstTokenLookahead: no OR ${options.prodOccurrence} in rule ${options.rule.name}`);
    // Token type index → 1 + the first alternative it can begin; an alternative that can match no token
    // is taken when no other one begins with the next token.
    let empty: number | undefined;
    const firsts = alternation.definition.map((alternative, index) => {
      const first = new Set<TokenType>();
      if (addFirst([alternative], first) && empty === undefined) empty = index;
      return tokenIndices(first);
    });
    const choice = new Uint8Array(Math.max(0, ...firsts.flat()) + 1);
    firsts.forEach((indices, index) => {
      for (const idx of indices) if (choice[idx] === 0) choice[idx] = index + 1;
    });
    return function (this: unknown): number | undefined {
      const taken = choice[(this as { LA(n: number): IToken }).LA(1).tokenTypeIdx];
      return taken === undefined || taken === 0 ? empty : taken - 1;
    };
  }

  buildLookaheadForOptional(options: {
    prodOccurrence: number;
    prodType: OptionalProductionType;
    rule: Rule;
  }): NextTokenTest {
    const type = OPTIONAL_CLASSES[options.prodType];
    const production = type && findProduction(options.rule.definition, type, options.prodOccurrence);
    if (!production)
      throw new Error(
        `FirstTokenLookahead: no ${options.prodType} ${options.prodOccurrence} in rule ${options.rule.name}`,
      );
    const first = new Set<TokenType>();
    addFirst(production.definition, first);
    // Token type index → whether it begins the production; a category stands for every type in it.
    const indices = tokenIndices(first);
    const begins = new Uint8Array(Math.max(0, ...indices) + 1);
    for (const idx of indices) begins[idx] = 1;
    return function (this: unknown): boolean {
      // An index past the end (EOF, a type outside the set) reads undefined: false.
      return begins[(this as { LA(n: number): IToken }).LA(1).tokenTypeIdx] === 1;
    };
  }
}
