/**
 * `npm run corpus`: parses every report of test/corpus with the public
 * `parseReportText`, scores it (./score.ts) and prints one line per report, its
 * misses, right/total per kind of fact, and the total last.
 * `npm run corpus -- --ratchet` also writes the figures to ratchet.json: do that
 * when the parser got better (or the expectations changed), never by hand.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseReportText } from '../../src/index.js';
import { scoreReport, type Expectation, type Fact } from './score.js';

export const corpusDir = new URL('./', import.meta.url);
export const ratchetFile = new URL('./ratchet.json', import.meta.url);

/** The scored facts of one corpus report. */
export interface CaseScore {
  id: string;
  facts: Fact[];
}

/** The figures a ratchet keeps. */
export interface Ratchet {
  right: number;
  total: number;
}

/**
 * Parses and scores every `NN-name.txt` that has an `NN-name.expect.json`.
 * @param dir Folder of the `.expect.json` files.
 * @param textDir Folder of the `.txt` files (default: `dir`; test/samples-hand reads samples/).
 * @returns One entry per report, by id.
 */
export function scoreCorpus(dir: URL = corpusDir, textDir: URL = dir): CaseScore[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.expect.json'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.expect.json'.length);
      const text = readFileSync(new URL(`${id}.txt`, textDir), 'utf8');
      const expected = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Expectation;
      return { id, facts: scoreReport(parseReportText(text, { fileName: `${id}.txt` }), expected) };
    });
}

/** Right and total facts over all reports. */
export function tally(cases: CaseScore[]): Ratchet {
  const facts = cases.flatMap((c) => c.facts);
  return { right: facts.filter((f) => f.ok).length, total: facts.length };
}

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

/**
 * The printed report: `01-name  14/16`, then `  field: expected … got …` per miss; per kind and the total last.
 * @param cases Scored reports.
 * @returns Lines to print.
 */
export function formatScores(cases: CaseScore[]): string[] {
  const lines: string[] = [];
  for (const { id, facts } of cases) {
    lines.push(`${id}  ${facts.filter((f) => f.ok).length}/${facts.length}`);
    for (const f of facts) if (!f.ok) lines.push(`  ${f.field}: expected ${show(f.expected)} got ${show(f.got)}`);
  }
  const byKind = new Map<string, Ratchet>();
  for (const f of cases.flatMap((c) => c.facts)) {
    const kind = byKind.get(f.kind) ?? { right: 0, total: 0 };
    byKind.set(f.kind, { right: kind.right + (f.ok ? 1 : 0), total: kind.total + 1 });
  }
  lines.push(`by kind: ${[...byKind].map(([kind, n]) => `${kind} ${n.right}/${n.total}`).join(', ')}`);
  const { right, total } = tally(cases);
  lines.push(`corpus: ${right}/${total} facts (${((100 * right) / total).toFixed(1)}%)`);
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const cases = scoreCorpus();
  console.log(formatScores(cases).join('\n'));
  if (process.argv.includes('--ratchet')) writeFileSync(ratchetFile, `${JSON.stringify(tally(cases))}\n`);
}
