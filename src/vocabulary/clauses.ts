/**
 * Clauses of the regulations as the 2019 and 2021 forms print them over their section 二 tables:
 * 第二十条第（一）项, 第二十条第(五)项, 第二十条（八）项, 第二十条第1项. The one pattern for every stage: table
 * rebuilding takes a clause line as a table's title (src/normalise/tables/header-data.ts), the builder
 * as the clause of the table under it (src/assemble/tables.ts), and the template reads its item number
 * to find the form's clause table (src/templates/match-rows.ts).
 */
import { parseHanNumber } from './numerals.js';

/** An article or item number: Han numerals or digits. */
const NUMBER = '[一二三四五六七八九十]+|[0-9]+';

/** A clause (article and item), as regular-expression source; the article and the item are its two groups. */
export const CLAUSE_SOURCE = `第(${NUMBER})[条條]第?[（(]?(${NUMBER})[）)]?[项項]`;

const CLAUSE = new RegExp(CLAUSE_SOURCE);

/** The start of a clause, cut before its 项 (第二十条, 第二十条第, 第二十条第(六)): where a stored page ends. */
const CLAUSE_START = new RegExp(`^第(?:${NUMBER})[条條](?:第?(?:[（(](?:(?:${NUMBER})[）)]?)?|(?:${NUMBER}))?)?$`);

/**
 * @param text Text without blanks.
 * @returns Whether it holds a clause.
 */
export const holdsClause = (text: string): boolean => CLAUSE.test(text);

/**
 * @param text Text without blanks.
 * @returns Whether it is the start of a clause and nothing else (第二十条第(六)): a clause line cut short, as the
 * last line of a text that ends there.
 */
export const isClauseStart = (text: string): boolean => CLAUSE_START.test(text);

/**
 * @param text Text without blanks.
 * @returns The article and item numbers of the first clause it holds (第二十条第（一）项 → 20, 1), or null.
 */
export function readClause(text: string): { article: number; item: number } | null {
  const m = CLAUSE.exec(text);
  if (!m) return null;
  const article = numberOf(m[1]!);
  const item = numberOf(m[2]!);
  return article === null || item === null ? null : { article, item };
}

const numberOf = (text: string): number | null => (/^[0-9]+$/.test(text) ? Number(text) : parseHanNumber(text));
