/**
 * Unit words of the statistics tables: what a unit column (单位 / 计量单位) prints, and what may follow a
 * number inside a value cell (251000元, 1.5万元, 12%). The one list for every stage: table rebuilding
 * (src/normalise/tables/cell-types.ts), the builder (src/assemble/values.ts, units.ts), row matching
 * (src/templates/labels.ts) and validation (src/validate/sanity.ts) read it.
 */

/** Unit words printed in a unit column, as printed (half-width %). */
export const UNIT_WORDS: readonly string[] = [
  '条',
  '件',
  '次',
  '篇',
  '个',
  '人',
  '人次',
  '万元',
  '元',
  '项',
  '家',
  '场',
  '期',
  '份',
  '套',
  '批',
  '户',
  '宗',
  '起',
  '笔',
  '张',
  '%',
];

/** `UNIT_WORDS` as a regular-expression alternation, longest first (人次 before 人, 万元 before 元). */
export const UNIT_ALTERNATION = [...UNIT_WORDS]
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

const UNIT_SET: ReadonlySet<string> = new Set(UNIT_WORDS);

/**
 * @param text A cell without blanks.
 * @returns Whether it is a unit word.
 */
export const isUnitWord = (text: string): boolean => UNIT_SET.has(text);

/** Units of money and shares, whose values may have decimals; every other unit word counts things. */
const NOT_COUNTS: ReadonlySet<string> = new Set(['万元', '元', '%']);

/** Unit words whose values are whole numbers (条, 件, 次, 个, 人 …). */
export const COUNT_UNITS: ReadonlySet<string> = new Set(UNIT_WORDS.filter((unit) => !NOT_COUNTS.has(unit)));
