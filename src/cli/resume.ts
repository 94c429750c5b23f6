/**
 * `--resume`: what an earlier run left for an input under `--out`. A converted input's output is skipped; a
 * failed one (its record says `"ok": false`, or its CSV is empty) is converted again unless `--skip-failed`;
 * anything else (no file, a file this version did not write) is converted.
 */
import { open } from 'node:fs/promises';
import { csvColumns } from './output/csv.js';
import type { OutputFormat } from './output/formats.js';

/** What an earlier run left for one input. */
export type PreviousOutput =
  | { state: 'ok' }
  | { state: 'failed'; code: string | null }
  /** No output, or one that is not a complete output of this version: convert. */
  | { state: 'none' };

/** Bytes read from the start of an output: the record's `file` and `ok` fields come first. */
const HEAD_BYTES = 64 * 1024;

const recordHead = /^\{\s*"file"\s*:\s*"(?:[^"\\]|\\.)*"\s*,\s*"ok"\s*:\s*(true|false)\s*,\s*"(report|error)"\s*:/;
const errorCode = /^\{\s*"code"\s*:\s*"([^"\\]*)"/;
const csvHeader = `${csvColumns.join(',')}\n`;

/**
 * Reads the start of an earlier output (never the whole file: a Report is about 6× its input).
 * @param target The output path.
 * @param format The output format of this run.
 * @returns ok, failed (with the error code when the record holds one) or none.
 */
export async function previousOutput(target: string, format: OutputFormat): Promise<PreviousOutput> {
  let head: string;
  let size: number;
  try {
    const handle = await open(target, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { state: 'none' };
      size = info.size;
      const buffer = Buffer.alloc(Math.min(size, HEAD_BYTES));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return { state: 'none' };
  }
  if (format === 'csv') {
    // A failed input's CSV is empty (formatFile); a converted one starts with this version's header.
    if (size === 0) return { state: 'failed', code: null };
    return head.startsWith(csvHeader) ? { state: 'ok' } : { state: 'none' };
  }
  const match = recordHead.exec(head);
  if (!match) return { state: 'none' };
  if (match[1] === 'true') return { state: 'ok' };
  const code = errorCode.exec(head.slice(match[0].length).trimStart());
  return { state: 'failed', code: code?.[1] ?? null };
}
