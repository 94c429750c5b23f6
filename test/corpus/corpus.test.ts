/**
 * The real-report corpus as a regression suite: every report of test/corpus is
 * parsed and scored (./score.ts); the number of facts right must not drop below
 * ratchet.json, and the number of facts must be the one recorded there. After a
 * parser fix, `npm run corpus -- --ratchet` records the new figures.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';
import { corpusDir, formatScores, ratchetFile, scoreCorpus, tally, type Ratchet } from './run.js';
import { scoreReport, type Expectation } from './score.js';

/** sha256 of samples/quzhou-safety-2018.txt, the reference sample (same bytes as shared/samples). */
const QUZHOU_SHA256 = '50a25e8586439eed218937698f4c289efca53d393c5076800d01a3ca63f4f74b';

describe('real-report corpus', () => {
  const cases = scoreCorpus();
  const ratchet = JSON.parse(readFileSync(ratchetFile, 'utf8')) as Ratchet;

  it('should score the 64 reports (22 delivered, 23–64 added: test/corpus/README.md)', () => {
    expect(cases.map((c) => c.id)).toHaveLength(64);
    expect(cases.every((c) => c.facts.length > 0)).toBe(true);
  });

  it('should get at least as many facts right as ratchet.json records', () => {
    const { right, total } = tally(cases);
    expect(total, 'the number of facts changed: check the expectations, then npm run corpus -- --ratchet').toBe(ratchet.total);
    expect(right, `fewer facts right than the ratchet:\n${formatScores(cases).join('\n')}`).toBeGreaterThanOrEqual(ratchet.right);
  });

  it('should leave the reference sample samples/quzhou-safety-2018.txt untouched', () => {
    const bytes = readFileSync(new URL('../../samples/quzhou-safety-2018.txt', import.meta.url));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(QUZHOU_SHA256);
    expect(cases.map((c) => c.id)).not.toContain('quzhou-safety-2018');
  });
});

describe('scoreReport', () => {
  const id = '07-pingtan-shichang-2018';
  const expected = JSON.parse(readFileSync(new URL(`${id}.expect.json`, corpusDir), 'utf8')) as Expectation;
  const parse = () => parseReportText(readFileSync(new URL(`${id}.txt`, corpusDir), 'utf8'), { fileName: `${id}.txt` });
  const right = (report: ReturnType<typeof parse>): number => scoreReport(report, expected).filter((f) => f.ok).length;

  it('should count a 0 read as empty, a wrong agency and a wrong heading as misses, and ignore a closing 。', () => {
    const report = parse();
    const all = right(report);
    const row = report.tables[0]?.rows.find((r) => r.label === '政府网站公开数');
    expect(row?.values[0]).toBe(389);
    if (row) row.values[0] = null;
    report.agency = `${report.agency ?? ''}办公室`;
    const first = report.sections[0];
    if (first) first.heading = `${first.heading}。`;
    expect(right(report)).toBe(all - 2);
    // 一、概述 → 一、概述 情况: the heading misses, and so do the two subsections listed under it.
    if (first) first.heading = `${first.heading.slice(0, -1)} 情况`;
    expect(right(report)).toBe(all - 5);
  });
});
