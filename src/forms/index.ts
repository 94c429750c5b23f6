/**
 * Every form the library knows, one data file each (docs/forms.md, "Adding a form"), and what the stages
 * derive from them: the known table headers (src/normalise/tables/header-data.ts), the template catalogues
 * with their row keys and identities (src/templates/catalogue.ts) and the detection phrases
 * (src/templates/detect.ts).
 */
import type { TemplateId } from '../types.js';
import type { Signal, TemplateCatalogue } from '../templates/types.js';
import type { Form } from './form.js';
import type { HeaderSpec } from './header-spec.js';
import { applicationsAppealsSignals } from './applications-appeals.js';
import { national2008 } from './national-2008.js';
import { national2021 } from './national-2021.js';
import { provincial2008 } from './provincial-2008.js';
import { trial2019 } from './trial-2019.js';

/** Every form, oldest first. */
export const forms: readonly Form[] = [national2008, provincial2008, trial2019, national2021];

/**
 * Every known header: those one form prints, in form order, then those several forms share (sections 三
 * and 四 of the 2019 and 2021 forms). On a tie between complete matches the first wins
 * (src/normalise/tables/header-match.ts).
 * @param list The forms.
 * @returns Their headers, each once.
 */
export function headersOf(list: readonly Form[]): HeaderSpec[] {
  const printedBy = new Map<HeaderSpec, number>();
  for (const form of list) for (const header of form.headers) printedBy.set(header, (printedBy.get(header) ?? 0) + 1);
  const all = [...printedBy.keys()];
  return [...all.filter((h) => printedBy.get(h) === 1), ...all.filter((h) => printedBy.get(h)! > 1)];
}

/**
 * @param list The forms.
 * @returns Their catalogues, each once, in form order.
 */
export function cataloguesOf(list: readonly Form[]): TemplateCatalogue[] {
  return [...new Set(list.flatMap((form) => (form.catalogue ? [form.catalogue] : [])))];
}

/**
 * @param template A template id.
 * @returns The detection phrases of the forms whose reports get it.
 */
export function signalsOf(template: TemplateId): Signal[] {
  return forms.filter((form) => form.template === template).flatMap((form) => form.signals);
}

/** Detection phrases the 2019 and 2021 forms share. */
export const sharedSignals: readonly Signal[] = applicationsAppealsSignals;
