/** Reading a SQLite file the loader wrote, for checks: counts per table and per document. */
import Database from 'better-sqlite3';
import { childTables, tableColumns, type TableName } from '../../../src/database/columns.js';

/** Every table the loader writes. */
export const loadedTables = Object.keys(tableColumns) as TableName[];

/**
 * @param file A SQLite database.
 * @param sql A query.
 * @param params Its parameters.
 * @returns Its rows.
 */
export function sqliteQuery<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(file);
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** @returns The number of rows of each table. */
export function sqliteCounts(file: string): Record<TableName, number> {
  return Object.fromEntries(
    loadedTables.map((table) => [table, sqliteQuery<{ n: number }>(file, `SELECT count(*) AS n FROM ${table}`)[0]!.n]),
  ) as Record<TableName, number>;
}

/**
 * @param file A SQLite database.
 * @returns Document id → `table:count` of each child table (a whole document has the same counts
 *   wherever it was loaded).
 */
export function sqliteDocumentShapes(file: string): Map<string, string> {
  const shapes = new Map<string, string[]>();
  for (const { id, status } of sqliteQuery<{ id: string; status: string }>(file, 'SELECT id, status FROM documents'))
    shapes.set(id, [status]);
  for (const table of childTables)
    for (const { document_id, n } of sqliteQuery<{ document_id: string; n: number }>(
      file,
      `SELECT document_id, count(*) AS n FROM ${table} GROUP BY document_id`,
    ))
      shapes.get(document_id)?.push(`${table}:${n}`);
  return new Map([...shapes].map(([id, parts]) => [id, parts.join(' ')]));
}

/** @returns Child rows whose document is not in `documents` (a half-written or half-deleted document). */
export function sqliteOrphans(file: string): number {
  return childTables.reduce(
    (n, table) =>
      n +
      sqliteQuery<{ n: number }>(
        file,
        `SELECT count(*) AS n FROM ${table} WHERE document_id NOT IN (SELECT id FROM documents)`,
      )[0]!.n,
    0,
  );
}
