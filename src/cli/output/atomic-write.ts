/**
 * Output files are written to a temporary sibling and renamed, so an interrupted run never leaves
 * half a file under the final name; stale temporaries of a killed run are swept before a new run.
 */
import { mkdir, readdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const tempPattern = /\.tmp-\d+$/;

/**
 * @param target The final path.
 * @returns The temporary path used while writing it (unique to this process).
 */
export function tempPath(target: string): string {
  return `${target}.tmp-${process.pid}`;
}

/**
 * Writes `data` to `target` atomically (same directory, so the rename cannot cross file systems).
 * @param target The final path; its directory is created.
 * @param data The content.
 * @param root When given, the output folder the file must stay inside after symbolic links are resolved.
 */
export async function writeFileAtomic(target: string, data: string, root?: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  if (root !== undefined) {
    // A symbolic link inside the output folder must not carry the write outside it.
    const [realRoot, realDir] = await Promise.all([realpath(root), realpath(path.dirname(target))]);
    const inside = path.relative(realRoot, realDir);
    if (inside.startsWith('..') || path.isAbsolute(inside))
      throw new Error(`${path.dirname(target)} leads outside the output folder (to ${realDir})`);
  }
  const temp = tempPath(target);
  try {
    await writeFile(temp, data);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Removes temporaries left by killed runs for these targets only, so that concurrent runs on
 * other shards of the same output folder are not disturbed.
 * @param targets Final output paths of this run.
 * @returns How many stale temporary files were removed.
 */
export async function sweepTemps(targets: Iterable<string>): Promise<number> {
  const byDir = new Map<string, Set<string>>();
  for (const target of targets) {
    const dir = path.dirname(target);
    let names = byDir.get(dir);
    if (!names) byDir.set(dir, (names = new Set()));
    names.add(path.basename(target));
  }
  let removed = 0;
  for (const [dir, names] of byDir) {
    const entries = await readdir(dir).catch(() => [] as string[]);
    for (const entry of entries) {
      if (!tempPattern.test(entry) || !names.has(entry.replace(tempPattern, ''))) continue;
      await rm(path.join(dir, entry), { force: true });
      removed++;
    }
  }
  return removed;
}
