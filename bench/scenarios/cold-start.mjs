// Scenario: CLI cold start converting one text report, against bare `node -e 0`, interleaved rounds,
// with an A/A control (a second `node -e 0` in each round). Two more processes say where the time goes:
// importing the library bundle alone, and importing it then parsing the same report once (no CLI).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../lib/corpus.mjs';
import { cliPath } from '../lib/files.mjs';
import { emit, row } from '../lib/report.mjs';
import { budget, ratios, summary } from '../lib/stats.mjs';

const quick = process.argv.includes('--quick');
const rounds = quick ? 5 : 21;
const bin = await cliPath(root);
const sample = path.join(root, 'samples/quzhou-safety-2018.txt');
const library = pathToFileURL(path.join(root, 'dist/bundle/index.js')).href;
const commands = {
  node: [process.execPath, ['-e', '0']],
  nodeAgain: [process.execPath, ['-e', '0']],
  importLibrary: [process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(library)});`]],
  firstParse: [
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { parseReportText } = await import(${JSON.stringify(library)});
      const { readFileSync } = await import('node:fs');
      parseReportText(readFileSync(${JSON.stringify(sample)}, 'utf8'));`,
    ],
  ],
  cli: [process.execPath, [bin, 'extract', sample]],
};
// The CLI's V8 code cache in a folder of this run's own (src/cli/code-cache.ts): the first run below writes
// it, the timed runs read it, as a user's runs after the first do; a shared user cache could be another
// build's, or removed by one while this runs.
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-bench-cache-'));
process.on('exit', () => rmSync(cacheDir, { recursive: true, force: true }));
const env = { ...process.env, GOV_REPORT_CACHE_DIR: cacheDir };
const check = spawnSync(...commands.cli, { encoding: 'utf8', env });
const record = JSON.parse(check.stdout);
if (!record.ok) throw new Error(`the CLI did not convert the sample: ${check.stdout}`);

function time([command, args]) {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: 'ignore', env });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}`);
  return performance.now() - start;
}
const names = Object.keys(commands);
const times = Object.fromEntries(names.map((name) => [name, []]));
for (const name of names) time(commands[name]); // warm the file cache
const clock = budget(quick ? 10_000 : 20_000);
for (let round = 0; round < rounds && (round < 7 || !clock.over()); round++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length];
    times[name].push(time(commands[name]));
  }
}
const aa = ratios(times.nodeAgain, times.node);
const cli = ratios(times.cli, times.node);
emit(
  'cold-start',
  [
    row('node -e 0', 'ms', summary(times.node)),
    row('A/A control: node -e 0 again', 'ms', summary(times.nodeAgain), {
      ratio: aa,
      target: '0.85-1.15 (noise)',
      pass: aa.median >= 0.85 && aa.median <= 1.15,
    }),
    row('import the library bundle (dist/bundle/index.js), no parse', 'ms', summary(times.importLibrary), {
      ratio: ratios(times.importLibrary, times.node),
    }),
    row('import the library, then parseReportText the report once', 'ms', summary(times.firstParse), {
      ratio: ratios(times.firstParse, times.node),
    }),
    row(`gov-report extract <one text report> (${path.relative(root, bin)})`, 'ms', summary(times.cli), {
      ratio: cli,
      target: '≤ 2× node -e 0 (#6, #15)',
      pass: cli.median <= 2,
      headline: true,
    }),
  ],
  [
    `cold start: ${times.node.length} interleaved rounds of separate processes (up to ${rounds}), wall time of spawnSync, load average ${os.loadavg()[0].toFixed(1)}`,
  ],
);
