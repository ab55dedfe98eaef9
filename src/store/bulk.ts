import { SqliteAdapter } from 'kysely';
import { runMany } from './sqlite-driver.js';
import type { Tx } from './db.js';
import type { Insertable } from 'kysely';
import type { DB } from './schema.js';
import { chunks } from './chunks.js';

/** True when the transaction runs on SQLite. */
export function onSqlite(tx: Tx): boolean {
  return tx.getExecutor().adapter instanceof SqliteAdapter;
}

/**
 * Inserts many rows of one shape. On SQLite, one single-row statement compiled once and run per row
 * (prepared and reused by the driver): building a 10,000-row multi-row INSERT cost more than running it.
 * On PostgreSQL, multi-row statements of `perStatement` rows, as each statement is a round trip.
 */
export async function insertMany<T extends keyof DB>(tx: Tx, table: T, rows: readonly Insertable<DB[T]>[], perStatement: number) {
  if (rows.length === 0) return;
  if (!onSqlite(tx)) {
    for (const part of chunks(rows, perStatement))
      await tx
        .insertInto(table)
        .values(part as never)
        .execute();
    return;
  }
  const cols = Object.keys(rows[0]!);
  const sample = Object.fromEntries(cols.map((c) => [c, null]));
  const { sql } = tx
    .insertInto(table)
    .values(sample as never)
    .compile();
  await tx.executeQuery(
    runMany(
      sql,
      rows.map((r) => cols.map((c) => (r as Record<string, unknown>)[c] ?? null)),
    ),
  );
}
