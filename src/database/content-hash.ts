/** Identifying a file by its bytes: the SHA-256 that keys its `documents` row. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { FileIdentity } from './rows.js';

/**
 * @param file A path.
 * @returns The SHA-256 (hex) and size of its bytes, or nulls when it cannot be read (missing, a
 *   directory, no permission): such a file is identified by its path instead.
 */
export async function fileIdentity(file: string): Promise<FileIdentity> {
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
  } catch {
    return { contentHash: null, bytes: null };
  }
  return { contentHash: hash.digest('hex'), bytes };
}
