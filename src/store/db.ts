import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, sql, SqliteAdapter, SqliteIntrospector, type Dialect, type Transaction } from 'kysely';
import { callbackPool } from './pg-callback-pool.js';
import { SqliteLockFreeCompiler } from './sqlite-compiler.js';
import { type CommitStats, SqliteGroupCommitDriver } from './sqlite-driver.js';
import { whenUnlocked } from './sqlite-lock-wait.js';
import { WalSync } from './wal-sync.js';
import type { DB } from './schema.js';
import { migrate } from './migrations.js';
import { redactUrl } from '../config-redact.js';
import { fsCause, makeFolder } from '../folders.js';

export type Engine = 'sqlite' | 'postgres';
/** Anything queries run on: the store itself, or a transaction (which is one too). Store functions take this. */
export type Tx = Kysely<DB>;
/**
 * A transaction under way. A use case that takes one joins it instead of opening its own, so that
 * several commit as one (an idempotent request and the record of its answer, a scheduled run and its job).
 */
export type OpenTx = Transaction<DB>;

export interface Store {
  db: Kysely<DB>;
  engine: Engine;
  /** The SQLite file (or ':memory:'), when the engine is SQLite. */
  sqlitePath?: string;
  /** SQLite on a file: the group commit's fsync of the WAL (its path, and its timings for the metrics). */
  wal?: WalSync;
  /** SQLite: how many transactions each commit carried (the driver's commit groups). */
  commits?: CommitStats;
  /** SQLite: the driver, which runs a transaction's statements at once when it is bound to it (transact). */
  sqliteDriver?: SqliteGroupCommitDriver;
  /** PostgreSQL: the connection pool (its counts for the metrics). */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export class StoreUrlError extends Error {}
/** The store could not be reached or brought up to date; the message names it without its password. */
export class StoreOpenError extends Error {}

const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ECONNRESET: 'connection reset',
  ERR_INVALID_URL: 'the URL cannot be parsed',
};

/**
 * Why PostgreSQL could not be opened, in words that hold no part of the URL: a network error is named by
 * its code (its message would carry the host, which a mistyped URL may have cut out of the password);
 * the server's own messages never echo a password.
 */
function pgFailure(err: unknown): string {
  const e = err as { code?: unknown; severity?: unknown; message?: unknown };
  if (typeof e?.code === 'string' && typeof e.severity !== 'string') return NETWORK_ERRORS[e.code] ?? e.code;
  if (typeof e?.severity === 'string' && typeof e.message === 'string') return e.message;
  return err instanceof Error && err.name === 'TypeError' ? 'the URL cannot be parsed' : 'unexpected error';
}

/**
 * The SQLite file in WAL mode, its folder made first. A place archgate cannot write (a folder that cannot
 * be made, a file that cannot be opened) is one line naming the place and the setting.
 */
function openSqliteFile(path: string): Database.Database {
  const fix = 'set ARCHGATE_DB to sqlite:<a path archgate can write>';
  if (path === ':memory:') return new Database(path);
  try {
    makeFolder(dirname(path));
  } catch (err) {
    throw new StoreOpenError(`cannot create the data folder ${resolve(dirname(path))} (${fsCause(err)}): ${fix}`, { cause: err });
  }
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path);
    sqlite.pragma('journal_mode = WAL');
    return sqlite;
  } catch (err) {
    sqlite?.close();
    throw new StoreOpenError(`cannot open the SQLite store ${resolve(path)} (${fsCause(err)}): ${fix}`, { cause: err });
  }
}

function sqliteDialect(driver: SqliteGroupCommitDriver): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => driver,
    createQueryCompiler: () => new SqliteLockFreeCompiler(),
    createIntrospector: (db) => new SqliteIntrospector(db),
  };
}

/** SQLite's page cache per connection, in KiB (why 32 MiB: openStore); the bench's raw floors use the same. */
export const SQLITE_CACHE_KIB = 32768;

/** Opens `sqlite:<path>`, `sqlite::memory:` or `postgres://…` and brings the schema up to date. */
export async function openStore(url: string): Promise<Store> {
  let store: Store;
  let sqliteHandle: Database.Database | undefined;
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path === '') throw new StoreUrlError('ARCHGATE_DB sqlite: URL needs a path or :memory:');
    const sqlite = openSqliteFile(path);
    // WAL (set by openSqliteFile) lets readers proceed during a write. No busy timeout: the driver waits
    // for another connection's write lock on a timer instead (sqlite-lock-wait.ts), since SQLite's wait
    // blocks the event loop, and with it the commit of a lock this same process holds.
    sqlite.pragma('busy_timeout = 0');
    // NORMAL: COMMIT does not fsync; the driver fsyncs the WAL before a write is answered (group commit),
    // so that a transaction archgate acknowledged survives a power cut, not only a process crash. NORMAL
    // still syncs around checkpoints.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    // 32 MiB of page cache instead of SQLite's 2 MiB: the inbox count over a million applications reads
    // its index from the cache rather than through the OS at every request (1.2 ms, against 1.9 ms with
    // 2 MiB; the same with 16 or 64 MiB), and a 10,000-item batch's pages (about 18 MB of WAL) stay in it
    // until its commit. 64 MiB bought nothing more and was a quarter of a node's peak resident memory.
    sqlite.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
    sqliteHandle = sqlite;
    const wal = path === ':memory:' ? undefined : new WalSync(`${path}-wal`);
    const commits: CommitStats = { groups: 0, members: 0 };
    const sqliteDriver = new SqliteGroupCommitDriver(sqlite, wal ?? null, commits);
    const db = new Kysely<DB>({ dialect: sqliteDialect(sqliteDriver) });
    store = { db, engine: 'sqlite', sqlitePath: path, wal, commits, sqliteDriver, close: () => db.destroy() };
  } else if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    // Counts come back from PostgreSQL as bigint strings; they never exceed 2^53 here.
    pg.types.setTypeParser(20, (v: string) => Number(v));
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection the server dropped (a restart, an operator's pg_terminate_backend): the pool discards
    // it and opens another for the next query. Unheard, this event would end the process.
    pool.on('error', () => {});
    // The same for a connection checked out when the server ends it: its query rejects (and the request
    // answers 503), but the client also emits 'error', which unheard would end the process.
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: callbackPool(pool) }) });
    store = { db, engine: 'postgres', pool, close: () => db.destroy() };
  } else {
    throw new StoreUrlError(`ARCHGATE_DB must start with sqlite: or postgres://, got ${redactUrl(url)}`);
  }
  try {
    if (sqliteHandle) {
      // Kysely takes no migration lock on SQLite; two processes starting on one file would both migrate.
      // The write lock, held across the whole migration, makes the second wait and then find it done.
      const handle = sqliteHandle;
      await whenUnlocked(() => handle.exec('begin immediate'));
      try {
        await migrate(store.db);
        // Table statistics for the planner (SQLite's advice for every new connection), with a bounded
        // effort: without them it may pick an index that reads a whole tenant. Under the same lock, since
        // the ANALYZE it may run writes.
        handle.pragma('analysis_limit = 1000');
        handle.pragma('optimize = 0x10002');
        handle.exec('commit');
      } catch (err) {
        if (handle.inTransaction) handle.exec('rollback');
        throw err;
      }
    } else {
      try {
        await sql`select 1`.execute(store.db);
      } catch (err) {
        throw new StoreOpenError(`cannot open the PostgreSQL store ${redactUrl(url)}: ${pgFailure(err)} (check ARCHGATE_DB)`, {
          cause: err,
        });
      }
      await migrate(store.db);
    }
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}

/** Runs `fn` in the caller's transaction when there is one, else in a new one. */
export async function inTransaction<T>(store: Store, tx: OpenTx | undefined, fn: (tx: OpenTx) => Promise<T>): Promise<T> {
  return tx ? fn(tx) : transact(store, fn);
}

/** PostgreSQL's answers that mean "run the transaction again": deadlock_detected, serialization_failure. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 5;

/**
 * One write transaction. Transactions lock the rows they change and share-lock the rows their rules read
 * (a parent, a referrer, an approver): two of them may then each hold what the other waits for, and
 * PostgreSQL ends one with a deadlock error. That one is run again from the start, when it reads what
 * the other committed, so the caller sees the answer a sequential run would have given, never a 500.
 * SQLite has one writer at a time and never deadlocks.
 */
export async function transact<T>(store: Store, fn: (tx: OpenTx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const driver = store.sqliteDriver;
      return await store.db.transaction().execute(
        driver
          ? (trx) => {
              driver.bindTransaction(trx);
              return fn(trx);
            }
          : fn,
      );
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (attempt >= ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw err;
      // A short random pause, so that the two do not meet again in the same order.
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  }
}
