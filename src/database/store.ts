/** What a dialect's store does: write whole documents in one transaction, and say what is loaded. */
import type { DocumentRows } from './rows.js';

/** The state of one loaded file, for `--resume`. */
export interface LoadedFile {
  /** The content hash of the document the path was last loaded as (null: the file could not be read). */
  contentHash: string | null;
  /** The parser version that loaded it. */
  parserVersion: string;
  /** `ok`, or `failed` with the error code. */
  status: 'ok' | 'failed';
  errorCode: string | null;
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

/** The columns `Store.loaded` selects. */
export interface LoadedRow {
  path: string;
  content_hash: string | null;
  parser_version: string;
  status: string;
  error_code: string | null;
}

/** @returns The row as a `LoadedFile`. */
export function loadedFile(row: LoadedRow): LoadedFile {
  return {
    contentHash: row.content_hash,
    parserVersion: row.parser_version,
    status: row.status === 'failed' ? 'failed' : 'ok',
    errorCode: row.error_code,
  };
}
