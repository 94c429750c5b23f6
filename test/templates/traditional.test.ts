import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/templates/catalogue.js';
import { detectionSignals } from '../../src/templates/detect.js';
import { normaliseLabel, toSimplified } from '../../src/templates/normalise-label.js';

const han = /\p{Script=Han}/u;

/** Every character the catalogue labels and detection phrases use. */
function catalogueCharacters(): Set<string> {
  const texts = [
    ...catalogues.flatMap((c) =>
      c.groups.flatMap((g) => [
        ...g.rows.flatMap((r) => r.labels),
        ...(g.columns ?? []).flatMap((col) => [...col.labels, ...(col.under ?? [])]),
      ]),
    ),
    ...Object.values(detectionSignals).flatMap((list) => list.map((s) => s.text)),
  ];
  return new Set(texts.flatMap((t) => [...t]).filter((ch) => han.test(ch)));
}

describe('traditional characters', () => {
  it('should turn the traditional forms of every catalogue character back into it (opencc cn → tw, hk, t)', () => {
    const converters = (['tw', 'hk', 't'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
    const missing: string[] = [];
    for (const ch of catalogueCharacters()) {
      for (const convert of converters) {
        const traditional = convert(ch);
        if (traditional !== ch && toSimplified(traditional) !== ch) missing.push(`${traditional}→${ch}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('should match labels converted phrase by phrase to Taiwan wording (資訊 for 信息)', () => {
    const convert = OpenCC.Converter({ from: 'cn', to: 'twp' });
    const labels = catalogues.flatMap((c) => c.groups.flatMap((g) => g.rows.flatMap((r) => r.labels)));
    const mismatched = labels.filter((label) => normaliseLabel(convert(label)) !== normaliseLabel(label));
    expect(mismatched).toEqual([]);
  });

  it('should leave simplified text unchanged', () => {
    expect(toSimplified('主动公开政府信息数')).toBe('主动公开政府信息数');
    expect(toSimplified('主動公開政府資訊數')).toBe('主动公开政府信息数');
  });
});
