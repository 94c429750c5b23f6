/**
 * Report files for the database tests: the samples and the real reports of test/corpus, and a larger
 * folder of distinct copies of them (each with a line of its own, so each has its own content hash),
 * with two files of identical content and two that fail (empty, binary).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../../cli/helpers/cli.js';

/** The samples and the corpus reports: every real report text of the project. */
export function realReports(): string[] {
  const list = (dir: string): string[] =>
    readdirSync(path.join(root, dir))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => path.join(root, dir, name));
  return [...list('samples'), ...list('test/corpus')];
}

/** What `writeCopies` wrote. */
export interface Copies {
  /** Every file, sorted. */
  files: string[];
  /** Distinct contents among them (the documents a database should hold). */
  distinct: number;
  /** The files that fail to convert, with their codes. */
  failing: Map<string, string>;
}

/**
 * @param dir A folder (created).
 * @param count Distinct copies of the real reports to write (plus 2 identical files and 2 failing ones).
 * @returns The files.
 */
export function writeCopies(dir: string, count: number): Copies {
  mkdirSync(dir, { recursive: true });
  const sources = realReports().map((file) => readFileSync(file, 'utf8'));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `copy-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, `${sources[i % sources.length]!.trimEnd()}\n\n（编号 ${i}）\n`);
    files.push(file);
  }
  const same = `${sources[0]!.trimEnd()}\n\n（同一内容）\n`;
  for (const name of ['same-a.txt', 'same-b.txt']) {
    writeFileSync(path.join(dir, name), same);
    files.push(path.join(dir, name));
  }
  const failing = new Map<string, string>([
    [path.join(dir, 'empty.txt'), 'IMPORT_EMPTY'],
    [path.join(dir, 'binary.txt'), 'IMPORT_UNDECODABLE'],
  ]);
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  files.push(...failing.keys());
  return { files: files.sort(), distinct: count + 1 + failing.size, failing };
}
