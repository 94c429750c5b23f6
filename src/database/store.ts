/** What a dialect's store does: write whole documents in one transaction, and say what is loaded. */
import type { DocumentRows } from './rows.js';

/** The state of one loaded file, for `--resume`. */
export interface LoadedFile {
  /** The content hash of the document the path was last loaded as (null: the file could not be read). */
  contentHash: string | null;
  /** The parser version that loaded it. */
  parserVersion: string;
}

/** One open database of one dialect, with its schema migrated. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * Replaces the documents (their `documents` row and every child row) and points their files at them, in
   * one transaction: all of it is written, or nothing. Ids are unique within `documents`.
   * @throws ReportError `DB_WRITE_FAILED` (the transaction was rolled back).
   */
  write(documents: DocumentRows[]): Promise<void>;
  /** @returns For each of `paths` loaded before: what it was loaded as. */
  loaded(paths: readonly string[]): Promise<Map<string, LoadedFile>>;
  /** Closes the connection or file; idempotent. */
  close(): Promise<void>;
}
