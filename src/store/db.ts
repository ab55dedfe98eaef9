import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import {
  CompiledQuery, Kysely, PostgresDialect, SqliteAdapter, SqliteDriver, SqliteIntrospector, SqliteQueryCompiler,
  type DatabaseConnection, type Dialect, type Transaction,
} from 'kysely';
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

/**
 * Write transactions take SQLite's write lock at BEGIN. With a plain (deferred) BEGIN, two processes on
 * one file can both read and then fail to upgrade to a write with SQLITE_BUSY, which the busy timeout
 * cannot resolve; BEGIN IMMEDIATE makes the second one wait its turn instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

function sqliteDialect(database: Database.Database): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new ImmediateSqliteDriver({ database }),
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
    // FULL: a transaction that archgate acknowledged survives a power cut, not only a process crash.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqliteHandle = sqlite;
    const db = new Kysely<DB>({ dialect: sqliteDialect(sqlite) });
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
