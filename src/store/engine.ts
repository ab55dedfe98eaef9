import { SqliteAdapter } from 'kysely';
import type { Tx } from './db.js';

/** True when the transaction runs on SQLite. */
export function onSqlite(tx: Tx): boolean {
  return tx.getExecutor().adapter instanceof SqliteAdapter;
}
