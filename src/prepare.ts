/**
 * Text preparation before the grammar: table renderings other than pipe rows
 * (TSV, aligned columns, one cell per line) are rebuilt into pipe rows by
 * src/normalise/tables; positions are mapped back through its line origins.
 */
import type { LineOrigins } from './build/positions.js';
import { rebuildTables } from './normalise/tables/index.js';
import type { Diagnostic } from './types.js';

/** Text ready for the grammar, with the line origins when it differs from the input. */
export interface PreparedText {
  text: string;
  origins: LineOrigins | null;
  diagnostics: Diagnostic[];
}

/**
 * @param text Report text as given.
 * @returns The text the grammar parses.
 */
export function prepareText(text: string): PreparedText {
  return rebuildTables(text);
}
