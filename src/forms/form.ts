/** The shape of a form data file (docs/forms.md, "Adding a form"). */
import type { TemplateId } from '../types.js';
import type { Signal, TemplateCatalogue } from '../templates/types.js';
import type { HeaderSpec } from './header-spec.js';

/**
 * Everything the library knows of one printed form, written in one file of src/forms/: detection, header
 * matching, the table builder, the template's keys and validation all read it through src/forms/index.ts.
 */
export interface Form {
  /** Stable id: `national-2008`, `provincial-2008`, `trial-2019`, `national-2021`. */
  id: string;
  /** The issuing notice, or where a provincial variant was seen. */
  source: string;
  /** The template a report of this form gets (`Report.template`). */
  template: TemplateId;
  /**
   * Rows (labels → keys, units, parents) and arithmetic identities. A variant that prints the national
   * rows under another header has none: its reports use its template's.
   */
  catalogue?: TemplateCatalogue;
  /** The table headers it prints, in the order they are tried on a tie. */
  headers: readonly HeaderSpec[];
  /** Weighted phrases that tell a report of this form (src/templates/detect.ts). */
  signals: readonly Signal[];
}
