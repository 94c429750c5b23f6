/**
 * A row's unit when the table has no unit column, or its unit cell is empty: printed in the label's note
 * (`政府信息公开收费减免金额（万元）`), after every value (`147230元`), or in the header of every value column
 * (`本年收费金额（单位：万元）`).
 */
import { UNIT_ALTERNATION } from '../vocabulary/units.js';
import { fold } from './text.js';
import { valueUnit } from './values.js';

/** A unit word in a note: `万元`, `单位：万元`, `单位:件`. */
const NOTE_UNIT = new RegExp(`^(?:计量)?(?:单位[:：]?\\s*)?(${UNIT_ALTERNATION})$`);
/** A trailing note of a column name: `本年收费金额（单位：万元）`, `采购总金额(万元)`. */
const COLUMN_NOTE = /[(（]([^()（）]*)[)）]\s*$/;

/**
 * @param note A label's trailing note, without its brackets.
 * @returns The unit it names, when the whole note is a unit.
 */
export function noteUnit(note: string | null): string | null {
  if (note === null) return null;
  return NOTE_UNIT.exec(fold(note).replace(/\s+/g, ''))?.[1] ?? null;
}

/**
 * The unit printed after every number among a row's value cells (`147230元`), read one number cell at a time with
 * the values (src/assemble/tables.ts).
 * @param unit What the row's number cells before gave: undefined for none yet, null once one had no unit or two
 *   differed (final).
 * @param printed The next value cell that holds a number, as printed.
 * @returns What the number cells so far give.
 */
export function withCellUnit(unit: string | null | undefined, printed: string): string | null {
  if (unit === null) return null;
  const value = valueUnit(printed) ?? null;
  return value === null || (unit !== undefined && unit !== value) ? null : value;
}

/**
 * @param columns A table's value column names.
 * @returns The unit every column's header names (`本年收费金额（单位：万元）`), or null.
 */
export function columnsUnit(columns: readonly string[]): string | null {
  let unit: string | null = null;
  for (const column of columns) {
    const named = noteUnit(COLUMN_NOTE.exec(column)?.[1] ?? null);
    if (named === null || (unit !== null && unit !== named)) return null;
    unit = named;
  }
  return unit;
}
