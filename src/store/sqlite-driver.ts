import { type FileHandle, open } from 'node:fs/promises';
import type Database from 'better-sqlite3';
import { CompiledQuery, SelectQueryNode, type DatabaseConnection, type Driver, type QueryResult, type TransactionSettings } from 'kysely';

/**
 * Kysely's driver for one better-sqlite3 connection, with five differences from Kysely's own:
 *
 * - Transactions start with BEGIN IMMEDIATE. With a plain (deferred) BEGIN, two processes on one file can
 *   both read and then fail to upgrade to a write with SQLITE_BUSY, which the busy timeout cannot
 *   resolve; BEGIN IMMEDIATE makes the second one wait its turn instead.
 * - Prepared statements are kept and reused: preparing took a tenth of a small batch's time.
 * - Group commit. The connection runs with synchronous=NORMAL, so COMMIT writes the WAL without an
 *   fsync, and the fsync happens here, on libuv's thread pool, before the transaction's promise
 *   resolves: nothing is acknowledged before it is on disk (as with synchronous=FULL), but the event loop
 *   is not blocked meanwhile, and one fsync covers every transaction that committed before it started.
 *   The connection is released before the wait, so the next transaction runs during the fsync.
 * - runMany: one statement run for many parameter lists in a single call (the bulk writes of a batch).
 * - No ROLLBACK of a transaction SQLite already rolled back, so that the error that ended it is the one
 *   reported (SQLITE_FULL, SQLITE_READONLY, …), not "cannot rollback - no transaction is active".
 */
export class SqliteGroupCommitDriver implements Driver {
  readonly #db: Database.Database;
  readonly #mutex = new Mutex();
  readonly #statements: StatementCache;
  readonly #wal: WalSync | null;

  constructor(db: Database.Database, wal: WalSync | null) {
    this.#db = db;
    this.#statements = new StatementCache(db, 500);
    this.#wal = wal;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return new Lease(this.#db, this.#statements, this.#wal, () => this.#mutex.unlock());
  }

  async beginTransaction(c: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('commit'));
    (c as Lease).release();
    await this.#wal?.sync();
  }

  async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    // SQLite rolls a transaction back by itself on some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM…);
    // a ROLLBACK then fails with "no transaction is active", and Kysely would throw that instead of the
    // error that caused it. Nothing left to undo: the original error goes on up.
    if (!this.#db.inTransaction) return;
    await c.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(c: DatabaseConnection): Promise<void> {
    (c as Lease).release();
  }

  async destroy(): Promise<void> {
    await this.#wal?.idle();
    this.#db.close();
  }
}

const MANY = Symbol('run once per parameter list');

/**
 * A write statement to run once per parameter list in a single call, for the bulk writes of large
 * batches: Kysely's own cost per call came to more than SQLite's per row. SQLite only, in a transaction.
 */
export function runMany(sql: string, paramLists: readonly unknown[][]): CompiledQuery {
  return CompiledQuery.raw(sql, [MANY, paramLists]);
}

/** One acquisition of the connection: released once, either after a commit or by Kysely afterwards. */
class Lease implements DatabaseConnection {
  #released = false;

  constructor(
    private readonly db: Database.Database,
    private readonly statements: StatementCache,
    private readonly wal: WalSync | null,
    private readonly onRelease: () => void,
  ) {}

  release(): void {
    if (this.#released) return;
    this.#released = true;
    this.onRelease();
  }

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    const { stmt, reader, readonly } = this.statements.get(q.sql);
    if (q.parameters[0] === MANY) {
      // One write statement, run once per parameter list (inside the caller's transaction).
      let changes = 0;
      for (const params of q.parameters[1] as unknown[][]) changes += stmt.run(params).changes;
      return { numAffectedRows: BigInt(changes), rows: [] };
    }
    // A write outside a transaction commits by itself (BEGIN IMMEDIATE is a write that opens one).
    const autocommit = !readonly && !this.db.inTransaction;
    let result: QueryResult<R>;
    if (reader) {
      result = { rows: stmt.all(q.parameters as unknown[]) as R[] };
    } else {
      const { changes, lastInsertRowid } = stmt.run(q.parameters as unknown[]);
      result = { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
    }
    if (autocommit && !this.db.inTransaction && this.wal) {
      // A write that committed by itself: answered only once durable, without holding the connection.
      this.release();
      await this.wal.sync();
    }
    return result;
  }

  async *streamQuery<R>(q: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(q.query)) throw new Error('SQLite streams only select queries');
    for (const row of this.statements.get(q.sql).stmt.iterate(q.parameters as unknown[])) yield { rows: [row as R] };
  }
}

/**
 * A prepared statement, with what the driver asks of it at every run read once: better-sqlite3 answers
 * `reader` and `readonly` through native accessors, a call into the addon each time.
 */
interface Prepared {
  stmt: Database.Statement;
  reader: boolean;
  readonly: boolean;
}

/** Prepared statements by SQL text, the least recently used dropped beyond `max`. */
class StatementCache {
  readonly #map = new Map<string, Prepared>();
  constructor(
    private readonly db: Database.Database,
    private readonly max: number,
  ) {}

  get(sql: string): Prepared {
    let s = this.#map.get(sql);
    if (s) {
      this.#map.delete(sql);
    } else {
      const stmt = this.db.prepare(sql);
      s = { stmt, reader: stmt.reader, readonly: stmt.readonly };
      if (this.#map.size >= this.max) this.#map.delete(this.#map.keys().next().value!);
    }
    this.#map.set(sql, s);
    return s;
  }
}

/**
 * fdatasync of the WAL file, shared: a caller joins the next sync to start, never one already running
 * (which may have started before the caller's commit wrote its frames). fsync flushes the file, whichever
 * descriptor names it, so a descriptor of our own serves.
 */
export class WalSync {
  #running: Promise<void> | null = null;
  #next: Promise<void> | null = null;
  /** fsyncs started so far (for tests and the benchmark's notes). */
  count = 0;
  /** Told how long each fsync took, in seconds (the metrics' fsync histogram), without this file knowing of metrics. */
  readonly timings = new Set<(seconds: number) => void>();

  constructor(readonly path: string) {}

  sync(): Promise<void> {
    if (!this.#running) return this.#start();
    this.#next ??= this.#running.then(
      () => {
        this.#next = null;
        return this.#running ?? this.#start();
      },
      () => {
        this.#next = null;
        return this.#running ?? this.#start();
      },
    );
    return this.#next;
  }

  /** Resolves once no sync is running or waiting. */
  async idle(): Promise<void> {
    while (this.#running || this.#next) await (this.#next ?? this.#running)!.catch(() => {});
  }

  #start(): Promise<void> {
    this.count++;
    const run = (async () => {
      let fh: FileHandle;
      try {
        fh = await open(this.path, 'r');
      } catch (err) {
        // No WAL file: the last connection checkpointed it into the database (with fsyncs) and removed it.
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw err;
      }
      const t0 = process.hrtime.bigint();
      try {
        await fh.datasync();
      } finally {
        await fh.close();
      }
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      for (const tell of this.timings) tell(seconds);
    })();
    this.#running = run.finally(() => {
      this.#running = null;
    });
    return this.#running;
  }
}

class Mutex {
  #promise: Promise<void> | undefined;
  #resolve: (() => void) | undefined;

  async lock(): Promise<void> {
    while (this.#promise) await this.#promise;
    this.#promise = new Promise((resolve) => {
      this.#resolve = resolve;
    });
  }

  unlock(): void {
    const resolve = this.#resolve;
    this.#promise = undefined;
    this.#resolve = undefined;
    resolve?.();
  }
}
