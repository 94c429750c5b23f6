/**
 * The form data files (src/forms/, docs/forms.md): every form written there is registered, and what each
 * writes reaches the stages that derive from it (header matching, the template catalogues, detection).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Form } from '../../src/forms/form.js';
import { forms } from '../../src/forms/index.js';
import { compiledSpecs } from '../../src/normalise/tables/header-match.js';
import { catalogues } from '../../src/templates/catalogue.js';
import { detectionSignals } from '../../src/templates/detect.js';

const FOLDER = join(import.meta.dirname, '../../src/forms');

const isForm = (value: unknown): value is Form =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Form).id === 'string' &&
  typeof (value as Form).template === 'string' &&
  Array.isArray((value as Form).headers) &&
  Array.isArray((value as Form).signals);

const signalsByTemplate = {
  'legacy-2008': detectionSignals.legacy,
  'gov-2019': detectionSignals.gov2019,
  'gov-2021': detectionSignals.gov2021,
} as const;

describe('form data files', () => {
  it('registers every form a file of src/forms/ exports, one form a file named by its id', async () => {
    const exported: Form[] = [];
    for (const file of readdirSync(FOLDER).filter((f) => f.endsWith('.ts'))) {
      const module = (await import(join(FOLDER, file))) as Record<string, unknown>;
      const found = Object.values(module).filter(isForm);
      expect(found.length, file).toBeLessThanOrEqual(1);
      for (const form of found) {
        expect(`${form.id}.ts`).toBe(file);
        exported.push(form);
      }
    }
    expect(exported.map((f) => f.id).sort()).toEqual(forms.map((f) => f.id).sort());
    expect(forms.map((f) => f.id)).toEqual(['national-2008', 'provincial-2008', 'trial-2019', 'national-2021']);
  });

  it("carries each form's headers, catalogue and detection phrases to the stages", () => {
    const matched = compiledSpecs.map((c) => c.spec);
    for (const form of forms) {
      for (const header of form.headers) expect(matched, `${form.id} ${header.id}`).toContain(header);
      if (form.catalogue) {
        expect(catalogues).toContain(form.catalogue);
        expect(form.catalogue.id).toBe(form.template);
      } else expect(catalogues.map((c) => c.id)).toContain(form.template);
      const phrases = signalsByTemplate[form.template as keyof typeof signalsByTemplate];
      for (const signal of form.signals) expect(phrases, `${form.id} ${signal.text}`).toContainEqual(signal);
    }
    // Each header once, though the 2019 and 2021 forms both print sections 三 and 四.
    const ids = matched.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'legacy-3',
      'provincial-4',
      'clause-2019-1',
      'clause-2019-5',
      'clause-2019-8',
      'clause-2019-9',
      'clause-2021-1',
      'clause-2021-5',
      'clause-2021-8',
      'applications-matrix',
      'review-litigation',
    ]);
  });
});
