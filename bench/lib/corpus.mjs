// A deterministic corpus of varied report texts, generated from samples/*.txt.
// Variations keep each document a plausible report: table numbers redrawn, narrative lines
// duplicated or dropped, figures in the narrative changed. Same seed → same corpus.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** mulberry32: a tiny seeded PRNG. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @returns {{name: string, text: string}[]} the samples, decoded as UTF-8, line ends as printed. */
export function samples() {
  const dir = path.join(root, 'samples');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8').replace(/^\uFEFF/, '') }));
}

/**
 * One variant of a report text.
 * @param {string} text @param {() => number} rand
 */
export function vary(text, rand) {
  const out = [];
  for (const line of text.split('\n')) {
    if (line.includes('|')) {
      // A table row: redraw the integers, keep the labels, units and empty marks.
      out.push(
        line.replace(/(^|\|\s*)(\d+)(?=\s*\|)/g, (_, lead) => `${lead}${rand() < 0.3 ? 0 : Math.floor(rand() * 1000)}`),
      );
    } else if (line.length > 40 && rand() < 0.15) {
      out.push(line.replace(/\d+/g, () => String(Math.floor(rand() * 500))));
      out.push(line); // a duplicated paragraph: longer reports
    } else if (line.length > 40 && rand() < 0.05) {
      // dropped paragraph: shorter reports
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}

/**
 * @param {number} minBytes Total UTF-8 size wanted.
 * @param {number} [seed]
 * @returns {{docs: string[], bytes: number, perSample: Record<string, number>}}
 */
export function textCorpus(minBytes, seed = 20260) {
  const rand = random(seed);
  const bases = samples();
  const docs = [];
  const perSample = {};
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const base = bases[i % bases.length];
    const doc = vary(base.text, rand);
    docs.push(doc);
    perSample[base.name] = (perSample[base.name] ?? 0) + 1;
    bytes += Buffer.byteLength(doc);
  }
  return { docs, bytes, perSample };
}
