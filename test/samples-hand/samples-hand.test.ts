/**
 * Hand-read expectations for the bundled samples: every `<name>.expect.json` in
 * this folder (read by a person from samples/<name>.txt, never from the parser
 * or test/golden; format and rules of test/corpus/README.md) is scored against
 * `parseReportText` of samples/<name>.txt with the corpus scorer. Any miss fails,
 * except the facts an expectation lists under `knownMisses` (library misses
 * documented in ./README.md): each of those is an `it.fails`, so it stays
 * visible and turns red once the library gets it right.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../corpus/run.js';
import type { Fact } from '../corpus/score.js';

const handDir = new URL('./', import.meta.url);
const samplesDir = new URL('../../samples/', import.meta.url);

/** A fact the library is known to get wrong: its scorer field and expected value, and why. */
interface KnownMiss {
  field: string;
  expected: unknown;
  got: unknown;
  cause: string;
}

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));
const isKnown = (fact: Fact, known: KnownMiss[]): boolean =>
  known.some((k) => k.field === fact.field && JSON.stringify(k.expected) === JSON.stringify(fact.expected));

describe('samples read by hand (test/samples-hand)', () => {
  const cases = scoreCorpus(handDir, samplesDir);

  it('should find expectations', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const { id, facts } of cases) {
    const known =
      (JSON.parse(readFileSync(new URL(`${id}.expect.json`, handDir), 'utf8')) as { knownMisses?: KnownMiss[] })
        .knownMisses ?? [];
    describe(id, () => {
      it(`should get every fact right (${facts.length} facts, ${known.length} known misses)`, () => {
        const misses = facts.filter((f) => !f.ok && !isKnown(f, known));
        expect(misses.map((f) => `${f.field}: expected ${show(f.expected)} got ${show(f.got)}`)).toEqual([]);
      });

      it('should list only known misses that exist in the expectation', () => {
        const unmatched = known.filter(
          (k) => !facts.some((f) => f.field === k.field && JSON.stringify(k.expected) === JSON.stringify(f.expected)),
        );
        expect(unmatched.map((k) => k.field)).toEqual([]);
      });

      for (const miss of known) {
        it.fails(
          `known library miss: ${miss.field}: expected ${show(miss.expected)} got ${show(miss.got)} (${miss.cause})`,
          () => {
            const fact = facts.find(
              (f) => f.field === miss.field && JSON.stringify(miss.expected) === JSON.stringify(f.expected),
            );
            expect(fact?.ok).toBe(true);
          },
        );
      }
    });
  }
});
