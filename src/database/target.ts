/**
 * Where to load reports: `--db` values and `loadReports` targets. SQLite is a file path (`sqlite:` prefix,
 * or a plain `*.db`/`*.sqlite`/`*.sqlite3` path); PostgreSQL a `postgres://` or `postgresql://` URL.
 */
import path from 'node:path';
import { ReportError } from '../errors.js';

/** A SQLite file. */
export interface SqliteTarget {
  kind: 'sqlite';
  /** Absolute path of the database file. */
  path: string;
}

/** A PostgreSQL database. */
export interface PostgresTarget {
  kind: 'postgres';
  /** The connection URL as given (it may hold a password: print `describeTarget` instead). */
  url: string;
}

/** A parsed database target. */
export type DatabaseTarget = SqliteTarget | PostgresTarget;

const SQLITE_EXTENSIONS = /\.(db|sqlite|sqlite3)$/i;

/**
 * @param value `sqlite:path/to/reports.db`, `reports.db`, `postgres://user:pass@host:5432/db` …
 * @param cwd Directory relative SQLite paths are resolved against.
 * @returns The target.
 * @throws ReportError `INVALID_OPTION` when the value is neither form.
 */
export function parseDatabaseTarget(value: string, cwd: string = process.cwd()): DatabaseTarget {
  if (typeof value !== 'string' || value.trim() === '')
    throw new ReportError('INVALID_OPTION', 'The database target must be a non-empty string.');
  const text = value.trim();
  if (/^postgres(ql)?:\/\//i.test(text)) {
    try {
      new URL(text);
    } catch {
      throw new ReportError('INVALID_OPTION', `The PostgreSQL URL is malformed: ${redactUrl(text)}.`);
    }
    return { kind: 'postgres', url: text };
  }
  if (/^sqlite:/i.test(text)) {
    // sqlite:reports.db, sqlite:/abs/reports.db, sqlite:///abs/reports.db
    const file = text.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (file === '') throw new ReportError('INVALID_OPTION', `'${text}' names no SQLite file.`);
    return { kind: 'sqlite', path: path.resolve(cwd, file) };
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && SQLITE_EXTENSIONS.test(text))
    return { kind: 'sqlite', path: path.resolve(cwd, text) };
  throw new ReportError(
    'INVALID_OPTION',
    `The database target '${redactUrl(text)}' is neither sqlite:FILE, a *.db/*.sqlite path nor a postgres:// URL.`,
  );
}

/**
 * @param target A target.
 * @returns A printable name: the SQLite path, or the PostgreSQL URL without its password.
 */
export function describeTarget(target: DatabaseTarget): string {
  return target.kind === 'sqlite' ? `sqlite:${target.path}` : redactUrl(target.url);
}

/**
 * @param url A URL that may hold a password.
 * @returns The URL with the password replaced by `***`.
 */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}
