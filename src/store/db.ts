import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import {
  Kysely, PostgresDialect, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type Dialect, type Transaction,
} from 'kysely';
import { SqliteGroupCommitDriver } from './sqlite-driver.js';
import type { DB } from './schema.js';
import { migrate } from './migrations.js';

export type Engine = 'sqlite' | 'postgres';
export type Tx = Transaction<DB> | Kysely<DB>;

export interface Store {
  db: Kysely<DB>;
  engine: Engine;
  /** The SQLite file (or ':memory:'), when the engine is SQLite. */
  sqlitePath?: string;
  close(): Promise<void>;
}

export class StoreUrlError extends Error {}

function sqliteDialect(database: Database.Database, walPath: string | null): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new SqliteGroupCommitDriver(database, walPath),
    createQueryCompiler: () => new SqliteQueryCompiler(),
    createIntrospector: (db) => new SqliteIntrospector(db),
  };
}

/** Opens `sqlite:<path>`, `sqlite::memory:` or `postgres://…` and brings the schema up to date. */
export async function openStore(url: string): Promise<Store> {
  let store: Store;
  let sqliteHandle: Database.Database | undefined;
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path === '') throw new StoreUrlError('ARCHGATE_DB sqlite: URL needs a path or :memory:');
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const sqlite = new Database(path);
    // WAL lets readers proceed during a write; the busy timeout makes a second process wait for the
    // write lock instead of failing at once.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    // NORMAL: COMMIT does not fsync; the driver fsyncs the WAL before a write is answered (group commit),
    // so that a transaction archgate acknowledged survives a power cut, not only a process crash. NORMAL
    // still syncs around checkpoints.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    // 64 MiB of page cache instead of SQLite's 2 MiB: the inbox count over a million applications reads
    // its index from the cache rather than through the OS at every request (half the time).
    sqlite.pragma('cache_size = -65536');
    sqliteHandle = sqlite;
    const db = new Kysely<DB>({ dialect: sqliteDialect(sqlite, path === ':memory:' ? null : `${path}-wal`) });
    store = { db, engine: 'sqlite', sqlitePath: path, close: () => db.destroy() };
  } else if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    // Counts come back from PostgreSQL as bigint strings; they never exceed 2^53 here.
    pg.types.setTypeParser(20, (v: string) => Number(v));
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    store = { db, engine: 'postgres', close: () => db.destroy() };
  } else {
    throw new StoreUrlError(`ARCHGATE_DB must start with sqlite: or postgres://, got ${url}`);
  }
  try {
    if (sqliteHandle) {
      // Kysely takes no migration lock on SQLite; two processes starting on one file would both migrate.
      // The write lock, held across the whole migration, makes the second wait and then find it done.
      sqliteHandle.exec('begin immediate');
      try {
        await migrate(store.db);
        sqliteHandle.exec('commit');
        // Table statistics for the planner (SQLite's advice for every new connection), with a bounded
        // effort: without them it may pick an index that reads a whole tenant.
        sqliteHandle.pragma('analysis_limit = 1000');
        sqliteHandle.pragma('optimize = 0x10002');
      } catch (err) {
        sqliteHandle.exec('rollback');
        throw err;
      }
    } else {
      await migrate(store.db);
    }
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}

/** Runs `fn` in the caller's transaction when there is one, else in a new one. */
export async function inTransaction<T>(store: Store, tx: Transaction<DB> | undefined, fn: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
  return tx ? fn(tx) : store.db.transaction().execute(fn);
}
