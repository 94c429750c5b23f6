/** Identifying a file by its bytes: the SHA-256 that keys its `documents` row. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FileIdentity } from './rows.js';

/**
 * @param file A path.
 * @returns The SHA-256 (hex) and size of its bytes, or nulls when it cannot be read (missing, a
 *   directory, no permission): such a file is identified by its path instead. The file is read whole,
 *   as the importers read it (at most `maxBytes`, 100 MiB by default).
 */
export async function fileIdentity(file: string): Promise<FileIdentity> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { contentHash: null, bytes: null };
  }
  return { contentHash: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}
