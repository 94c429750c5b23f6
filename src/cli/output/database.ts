/**
 * `gov-report extract --db URL`: every record (converted or failed) loaded into a SQLite file or a
 * PostgreSQL database as it arrives, a batch of documents per transaction (src/database/).
 */
import path from 'node:path';
import type { BatchRecord } from '../../batch/types.js';
import { fileIdentity } from '../../database/content-hash.js';
import { openReportDatabase, type ReportDatabase } from '../../database/report-database.js';
import type { FileIdentity } from '../../database/rows.js';
import { parseDatabaseTarget } from '../../database/target.js';
import { isReportError } from '../../errors.js';
import type { InputFile } from '../inputs.js';
import type { Skipped } from '../reporter.js';
import { UsageError } from '../io.js';
import { packageVersion } from '../package-root.js';

/** Files hashed at once by `--resume`. */
const HASH_CONCURRENCY = 8;

/** The database side of one `extract` run. */
export class DatabaseOutput {
  /** Identities computed by `--resume`, reused when the record arrives (each file is hashed once). */
  private readonly identities = new Map<string, FileIdentity>();

  private constructor(
    private readonly db: ReportDatabase,
    private readonly cwd: string,
  ) {}

  /**
   * Connects (and creates or migrates the schema) before any input is read.
   * @param value The `--db` value.
   * @param cwd Directory relative paths are resolved against.
   * @returns The open output.
   * @throws UsageError for a value that is no database target; ReportError `DB_*` when it cannot be used.
   */
  static async open(value: string, cwd: string): Promise<DatabaseOutput> {
    try {
      parseDatabaseTarget(value, cwd);
    } catch (error) {
      throw new UsageError(isReportError(error) ? `--db: ${error.message}` : String(error));
    }
    return new DatabaseOutput(await openReportDatabase(value, { cwd }), cwd);
  }

  /** A printable name of the database (no password). */
  get name(): string {
    return this.db.name;
  }

  /**
   * `--resume`: the inputs whose current bytes are not yet loaded by this version (a file loaded before
   * with other content, or by another version, is loaded again), and those loaded as failures unless
   * `skipFailed`.
   * @param files The inputs of this run.
   * @param skipFailed Whether inputs that failed before are skipped too.
   * @returns The inputs still to convert, and what was skipped.
   */
  async pending(files: InputFile[], skipFailed: boolean): Promise<{ todo: InputFile[]; skipped: Skipped }> {
    const loaded = await this.db.loaded(files.map((file) => file.path));
    const version = packageVersion();
    const candidates = files.filter((file) => loaded.get(file.path)?.parserVersion === version);
    for (let i = 0; i < candidates.length; i += HASH_CONCURRENCY) {
      await Promise.all(
        candidates.slice(i, i + HASH_CONCURRENCY).map(async (file) => {
          this.identities.set(file.path, await fileIdentity(path.resolve(this.cwd, file.path)));
        }),
      );
    }
    const codes = new Map<string, number>();
    const skipped: Skipped = { ok: 0, failed: 0, codes };
    const todo = files.filter((file) => {
      const before = loaded.get(file.path);
      const now = this.identities.get(file.path);
      if (!before || !now || before.parserVersion !== version || before.contentHash !== now.contentHash) return true;
      if (before.status === 'ok') {
        skipped.ok++;
        return false;
      }
      if (!skipFailed) return true;
      skipped.failed++;
      const code = before.errorCode ?? 'code not recorded';
      codes.set(code, (codes.get(code) ?? 0) + 1);
      return false;
    });
    return { todo, skipped };
  }

  /**
   * @param record A record of this run.
   * @throws ReportError `DB_WRITE_FAILED`: the batch must stop (what was committed stays).
   */
  async write(record: BatchRecord): Promise<void> {
    const identity = this.identities.get(record.file) ?? (await fileIdentity(path.resolve(this.cwd, record.file)));
    this.identities.delete(record.file);
    await this.db.add(record, identity);
  }

  /** Writes what is queued and closes. @throws ReportError `DB_WRITE_FAILED`. */
  close(): Promise<void> {
    return this.db.close();
  }

  /** @returns `loaded 17 documents (1 failed) into sqlite:/…/reports.db in 1 transaction`. */
  summary(): string {
    const { documents, failed, transactions } = this.db.summary;
    return `loaded ${documents} document${documents === 1 ? '' : 's'} (${failed} failed) into ${this.name} in ${transactions} transaction${transactions === 1 ? '' : 's'}`;
  }
}
