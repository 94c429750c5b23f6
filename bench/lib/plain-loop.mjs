// The plain loop the CLI is measured against (issue 15): one thread, for each file of a folder in name order,
// read → extractReport → JSON.stringify → write to stdout, one NDJSON record per line, as `gov-report extract`
// writes them. No worker, no timeout, no isolation: the least any batch can cost.
//   node bench/lib/plain-loop.mjs <library entry (dist/bundle/index.js)> <folder>
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, folder] = process.argv.slice(2);
const { extractReport } = await import(pathToFileURL(path.resolve(entry)).href);
for (const name of readdirSync(folder).sort()) {
  const file = path.join(folder, name);
  const report = await extractReport(readFileSync(file), { fileName: file });
  writeSync(1, `${JSON.stringify({ file, ok: true, report })}\n`);
}
