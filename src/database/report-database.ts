/**
 * An open report database: batch records in, whole documents out, a batch of documents per transaction.
 * The dialect (SQLite or PostgreSQL) is chosen by the target; both hold the schema of `migrations.ts`.
 */
import { packageVersion } from '../cli/package-root.js';
import { ReportError } from '../errors.js';
import type { BatchRecord } from '../batch/types.js';
import { fileIdentity } from './content-hash.js';
import { openPostgresStore } from './postgres-store.js';
import { documentRows, type DocumentRows, type FileIdentity } from './rows.js';
import { openSqliteStore } from './sqlite-store.js';
import type { LoadedFile, Store } from './store.js';
import { describeTarget, parseDatabaseTarget, type DatabaseTarget } from './target.js';

/** Options of `openReportDatabase` and `loadReports`. */
export interface DatabaseOptions {
  /** Documents written per transaction (default 100). */
  batchSize?: number;
  /** Longest a converted document waits for its transaction, in ms, checked as records arrive (default 1000). */
  maxDelay?: number;
  /** Directory relative SQLite paths are resolved against (default: the working directory). */
  cwd?: string;
}

/** Counts of what was written. */
export interface LoadSummary {
  /** Documents written (converted and failed). */
  documents: number;
  /** Of which failed files (a `documents` row with `status = 'failed'` and their error). */
  failed: number;
  /** Transactions committed. */
  transactions: number;
}

/** A database open for loading. */
export interface ReportDatabase {
  /** The target, parsed. */
  readonly target: DatabaseTarget;
  /** A printable name of the target (no password). */
  readonly name: string;
  /**
   * Queues a record's document; writes the queue in one transaction when it is full (or old).
   * @param record A record of `extractReports`.
   * @param identity The file's content hash and size, when already known (else the file is read and hashed).
   * @throws ReportError `DB_WRITE_FAILED`: nothing of the failed transaction was written, and every later call fails too.
   */
  add(record: BatchRecord, identity?: FileIdentity): Promise<void>;
  /** Writes the queued documents now. @throws ReportError `DB_WRITE_FAILED`. */
  flush(): Promise<void>;
  /** @returns For each of `paths` loaded before: its content hash and parser version. */
  loaded(paths: readonly string[]): Promise<Map<string, LoadedFile>>;
  /** What was written so far. */
  readonly summary: Readonly<LoadSummary>;
  /** Flushes, then closes the connection or file (also when the flush fails, which it then rethrows). */
  close(): Promise<void>;
}

/**
 * Opens a database for loading, creating its schema on first use and migrating an older one: connects
 * before anything else, so a wrong address or password fails before any file is read.
 * @param target `sqlite:FILE`, a `*.db`/`*.sqlite` path, or a `postgres://` URL (or a parsed target).
 * @param options Batch size, delay, working directory.
 * @returns The open database.
 * @throws ReportError `INVALID_OPTION` (target or options), `DB_DRIVER_MISSING`, `DB_CONNECT_FAILED`,
 *   `DB_AUTH_FAILED`, `DB_SCHEMA_MISMATCH`, `DB_WRITE_FAILED`.
 */
export async function openReportDatabase(
  target: string | DatabaseTarget,
  options: DatabaseOptions = {},
): Promise<ReportDatabase> {
  const batchSize = positiveInteger(options.batchSize, 'batchSize', 100);
  const maxDelay = positiveInteger(options.maxDelay, 'maxDelay', 1000);
  const parsed = typeof target === 'string' ? parseDatabaseTarget(target, options.cwd) : target;
  const store = parsed.kind === 'sqlite' ? await openSqliteStore(parsed.path) : await openPostgresStore(parsed.url);
  return new Loader(store, parsed, batchSize, maxDelay);
}

class Loader implements ReportDatabase {
  readonly name: string;
  readonly summary: LoadSummary = { documents: 0, failed: 0, transactions: 0 };
  private readonly parserVersion = packageVersion();
  /** Queued documents by id: a later record of the same content replaces an earlier one. */
  private pending = new Map<string, DocumentRows>();
  /** Queued paths → the id that holds their `files` row. */
  private pendingPaths = new Map<string, string>();
  private since = 0;
  private failure: ReportError | null = null;
  private closed = false;

  constructor(
    private readonly store: Store,
    readonly target: DatabaseTarget,
    private readonly batchSize: number,
    private readonly maxDelay: number,
  ) {
    this.name = describeTarget(target);
  }

  async add(record: BatchRecord, identity?: FileIdentity): Promise<void> {
    this.usable();
    if (!isRecord(record))
      throw new ReportError(
        'INVALID_INPUT',
        `A database loads records of extractReports ({ file, ok, report } or { file, ok, error }), got ${describeValue(record)}.`,
      );
    const rows = documentRows(record, identity ?? (await fileIdentity(record.file)), {
      parserVersion: this.parserVersion,
      loadedAt: new Date().toISOString(),
    });
    const owner = this.pendingPaths.get(rows.file);
    if (owner !== undefined && owner !== rows.id) {
      const other = this.pending.get(owner)!;
      other.rows.files = other.rows.files.filter(([path]) => path !== rows.file);
    }
    const previous = this.pending.get(rows.id);
    if (previous) {
      const paths = new Set(rows.rows.files.map(([path]) => path));
      rows.rows.files.unshift(...previous.rows.files.filter(([path]) => !paths.has(path)));
      this.pending.delete(rows.id); // re-inserted below, so the queue keeps arrival order
    }
    if (this.pending.size === 0) this.since = Date.now();
    this.pending.set(rows.id, rows);
    this.pendingPaths.set(rows.file, rows.id);
    if (this.pending.size >= this.batchSize || Date.now() - this.since >= this.maxDelay) await this.flush();
  }

  async flush(): Promise<void> {
    this.usable();
    if (this.pending.size === 0) return;
    const documents = [...this.pending.values()];
    try {
      await this.store.write(documents);
    } catch (error) {
      this.failure =
        error instanceof ReportError
          ? error
          : new ReportError('DB_WRITE_FAILED', `Cannot write to ${this.name}: ${String(error)}.`, { cause: error });
      throw this.failure;
    }
    this.pending = new Map();
    this.pendingPaths = new Map();
    this.summary.transactions++;
    this.summary.documents += documents.length;
    this.summary.failed += documents.filter((document) => document.status === 'failed').length;
  }

  loaded(paths: readonly string[]): Promise<Map<string, LoadedFile>> {
    this.usable();
    return this.store.loaded(paths);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      if (!this.failure) await this.flush();
    } finally {
      this.closed = true;
      await this.store.close();
    }
  }

  private usable(): void {
    if (this.failure) throw this.failure;
    if (this.closed) throw new ReportError('DB_WRITE_FAILED', `The database ${this.name} is closed.`);
  }
}

/** Whether `value` has the shape of a batch record (the rows read `file`, `ok` and `report` or `error`). */
function isRecord(value: unknown): value is BatchRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  if (typeof record.file !== 'string') return false;
  if (record.ok === true) return typeof record.report === 'object' && record.report !== null;
  if (record.ok !== false) return false;
  const error = record.error as Record<string, unknown> | null | undefined;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

function describeValue(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  return `an object with keys ${Object.keys(value).join(', ') || '(none)'}`;
}

function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1)
    throw new ReportError('INVALID_OPTION', `${name} must be a positive integer, got ${String(value)}.`);
  return value;
}
