/**
 * Writes one line per input file: its path and the SHA-256 of `JSON.stringify(report)` (or of the
 * thrown error's code and message). Two runs, before and after a refactor, are compared with `diff`:
 * this is how "Reports byte-identical on all samples" is checked.
 *
 * Usage: tsx scripts/snapshot-reports.ts [--full DIR] [folder-or-file …] > snapshot.txt
 * With no inputs: samples/, test/corpus/ (when present) and every fixture under test/fixtures/.
 * `--full DIR` also writes each Report as DIR/<flattened path>.json, to diff a changed one.
 * `--bench MB` also hashes `parseReportText` of every document of the bench's generated corpus
 * (bench/lib/corpus.mjs, MB megabytes of varied samples), one line per document: the texts the speed
 * work is measured on are checked for identity too.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractReport, isReportError, parseReportText } from '../src/index.js';

const args = process.argv.slice(2);
const fullIndex = args.indexOf('--full');
const fullDir = fullIndex >= 0 ? args.splice(fullIndex, 2)[1] : undefined;
const benchIndex = args.indexOf('--bench');
const benchMb = benchIndex >= 0 ? Number(args.splice(benchIndex, 2)[1]) : 0;
const roots = args.length > 0 ? args : ['samples', 'test/corpus', 'test/fixtures'];
const SKIP = /\.(json|md|txt\.gz)$|MANIFEST\.txt$/;

function walk(path: string): string[] {
  let info;
  try {
    info = statSync(path);
  } catch {
    return [];
  }
  if (info.isFile()) return SKIP.test(path) ? [] : [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => walk(join(path, name)));
}

if (fullDir) mkdirSync(fullDir, { recursive: true });
for (const file of roots.flatMap(walk)) {
  let body: string;
  try {
    const report = await extractReport(file, { fileName: relative('.', file) });
    body = JSON.stringify(report);
  } catch (error) {
    body = isReportError(error) ? `ReportError ${error.code}: ${error.message}` : `Error: ${String(error)}`;
  }
  if (fullDir) writeFileSync(join(fullDir, relative('.', file).replaceAll('/', '__') + '.json'), body);
  process.stdout.write(`${createHash('sha256').update(body).digest('hex').slice(0, 16)}  ${file}\n`);
}

if (benchMb > 0) {
  // @ts-expect-error: an untyped .mjs module of the bench
  const { textCorpus } = (await import('../bench/lib/corpus.mjs')) as {
    textCorpus: (bytes: number) => { docs: string[] };
  };
  textCorpus(benchMb * 1e6).docs.forEach((doc, i) => {
    const body = JSON.stringify(parseReportText(doc));
    process.stdout.write(`${createHash('sha256').update(body).digest('hex').slice(0, 16)}  bench#${i}\n`);
  });
}
