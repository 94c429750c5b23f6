/**
 * The database drivers are optional peer dependencies (better-sqlite3 for SQLite, pg for PostgreSQL), not
 * installed with the package and loaded on first use only: a user who never loads into a database neither
 * installs nor loads them, and one who uses `--db` without them (or whose native build failed) gets
 * `DB_DRIVER_MISSING` naming the package to install, never a raw import error.
 */
import { ReportError } from '../errors.js';

type BetterSqlite3 = typeof import('better-sqlite3');
type Pg = typeof import('pg');

let sqlite: Promise<BetterSqlite3> | undefined;
let pg: Promise<Pg> | undefined;

/** @returns better-sqlite3's Database constructor. @throws ReportError `DB_DRIVER_MISSING`. */
export function loadSqliteDriver(): Promise<BetterSqlite3> {
  sqlite ??= import('better-sqlite3').then(
    (module) => ((module as unknown as { default?: BetterSqlite3 }).default ?? module) as BetterSqlite3,
    (error: unknown) => {
      sqlite = undefined;
      throw missing('better-sqlite3', 'SQLite', error);
    },
  );
  return sqlite;
}

/** @returns The pg module. @throws ReportError `DB_DRIVER_MISSING`. */
export function loadPgDriver(): Promise<Pg> {
  pg ??= import('pg').then(
    (module) => ((module as unknown as { default?: Pg }).default ?? module) as Pg,
    (error: unknown) => {
      pg = undefined;
      throw missing('pg', 'PostgreSQL', error);
    },
  );
  return pg;
}

/**
 * @param error What opening a SQLite database threw.
 * @returns Whether it says the native part of better-sqlite3 is missing or unloadable (a failed build).
 */
export function isNativeBindingError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'ERR_DLOPEN_FAILED' ||
    (error instanceof Error && /Could not locate the bindings file|NODE_MODULE_VERSION/.test(error.message))
  );
}

/**
 * @param name The npm package.
 * @param database What it drives.
 * @param cause The import's error.
 * @returns The typed error.
 */
export function missing(name: string, database: string, cause: unknown): ReportError {
  const detail = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
  return new ReportError(
    'DB_DRIVER_MISSING',
    `Loading into ${database} needs the ${name} package, which cannot be loaded (${detail}). ` +
      `Install it with \`npm install ${name}\` (an optional peer dependency of gov-report-extract).`,
    { cause },
  );
}
