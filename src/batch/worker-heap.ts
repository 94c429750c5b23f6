/**
 * The young generation (V8's nursery) of the batch's worker threads. V8 gives each thread one of 48 MB by
 * default (two 16 MB semi-spaces and their promotion area), and a long batch fills it: over 20,000 text files,
 * `--jobs 2` peaked at ~224 MB RSS, at ~190 MB with 24 MB per worker, for the same CPU time (docs/performance.md,
 * "Batch memory"). A PDF or DOCX worker allocates far more per file (pdf.js, mammoth): there a smaller nursery
 * cost ~10% more CPU, so V8's default stays.
 */
import path from 'node:path';

/** Young generation of a worker thread in a batch of text and HTML files only, in MB. */
export const TEXT_YOUNG_GENERATION_MB = 24;

const light = new Set(['.txt', '.text', '.html', '.htm']);

/**
 * @param files The batch's input paths.
 * @returns `TEXT_YOUNG_GENERATION_MB` when every input is a text or HTML file (by extension), else undefined
 *   (V8's default).
 */
export function youngGenerationFor(files: Iterable<string>): number | undefined {
  for (const file of files) if (!light.has(path.extname(file).toLowerCase())) return undefined;
  return TEXT_YOUNG_GENERATION_MB;
}
