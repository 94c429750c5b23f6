/**
 * Known statistics-table headers: derived from the form data files (src/forms/, docs/forms.md), each of
 * which writes the headers its form prints.
 */
import { forms, headersOf } from '../../forms/index.js';
import type { HeaderSpec } from '../../forms/header-spec.js';
import { CLAUSE_SOURCE } from '../../vocabulary/clauses.js';

export { NOTE_SOURCE, type HeaderSpec, type HeaderWord } from '../../forms/header-spec.js';

/** Every known header. The longest complete match wins; on a tie, the first. */
export const headerSpecs: readonly HeaderSpec[] = headersOf(forms);

/** Title lines absorbed as the table's first row (统计表 title, 填报单位, the clause of a section 二 table). */
export const TITLE_PATTERN = new RegExp(`统计表|填报单位|^${CLAUSE_SOURCE}$`);
