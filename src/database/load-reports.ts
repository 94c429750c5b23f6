/** `loadReports(records, db)`: the batch API's records straight into a database. */
import type { BatchRecord } from '../batch/types.js';
import { openReportDatabase, type DatabaseOptions, type LoadSummary } from './report-database.js';
import type { DatabaseTarget } from './target.js';

/**
 * Loads every record (converted or failed) into a database, a batch of documents per transaction.
 * Idempotent: a document is keyed by its content hash, so loading the same files again replaces their
 * rows instead of adding to them; a failed file gets a `documents` row with its error code and message.
 *
 * @param records Records of `extractReports` (sync or async iterable).
 * @param target `sqlite:FILE`, a `*.db`/`*.sqlite` path or a `postgres://` URL.
 * @param options Batch size and delay, working directory.
 * @returns What was written.
 * @throws ReportError `DB_*` codes: the connection, driver or schema before any record is read;
 *   `DB_WRITE_FAILED` when a transaction fails (it was rolled back: documents already committed stay);
 *   `INVALID_INPUT` for something that is no batch record (the records before it are written).
 */
export async function loadReports(
  records: Iterable<BatchRecord> | AsyncIterable<BatchRecord>,
  target: string | DatabaseTarget,
  options: DatabaseOptions = {},
): Promise<LoadSummary> {
  const db = await openReportDatabase(target, options);
  try {
    for await (const record of records) await db.add(record);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  await db.close();
  return { ...db.summary };
}
