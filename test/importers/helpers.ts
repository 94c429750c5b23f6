/** Shared helpers of the importer tests (not a test file). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isReportError } from '../../src/errors.js';

/** Absolute path of a fixture under test/fixtures/. */
export function fixture(path: string): string {
  return fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
}

/** The reference sample's lines, blank lines dropped. */
export const sampleLines: string[] = readFileSync(
  fileURLToPath(new URL('../../samples/quzhou-safety-2018.txt', import.meta.url)),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '');

/** The pipe rows (table lines) of some text. */
export function pipeRows(text: string | string[]): string[] {
  return (typeof text === 'string' ? text.split('\n') : text).filter((line) => line.includes('|'));
}

/** Cells of a pipe row as the grammar reads them: `a | b | |` → ['a', 'b', '']. */
export function cellsOf(row: string): string[] {
  const cells: string[] = [];
  let rest = row.trim();
  while (rest.length > 0) {
    if (rest.startsWith('|')) {
      cells.push('');
      rest = rest.slice(1).trimStart();
      continue;
    }
    const end = rest.indexOf(' |');
    if (end < 0) {
      cells.push(rest);
      break;
    }
    cells.push(rest.slice(0, end));
    rest = rest.slice(end + 2).trimStart();
  }
  return cells;
}

/**
 * Runs `action` and returns the ReportError code it rejects with.
 * @returns The code, or 'no error' / 'not a ReportError: …'.
 */
export async function errorCode(action: () => Promise<unknown> | unknown): Promise<string> {
  try {
    await action();
    return 'no error';
  } catch (error) {
    return isReportError(error) ? error.code : `not a ReportError: ${String(error)}`;
  }
}
