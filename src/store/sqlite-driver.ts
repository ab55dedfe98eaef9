import type Database from 'better-sqlite3';
import { CompiledQuery, SelectQueryNode, type DatabaseConnection, type Driver, type QueryResult, type TransactionSettings } from 'kysely';
import { LockWait, whenUnlocked } from './sqlite-lock-wait.js';
import type { WalSync } from './wal-sync.js';

/** The most transactions one commit carries: bounds how long the first of them waits for the last. */
export const GROUP_MAX_MEMBERS = 32;

/** How the commit groups went (tests and the benchmark read them): commits of groups, and transactions in them. */
export interface CommitStats {
  groups: number;
  members: number;
}

/**
 * Kysely's driver for one better-sqlite3 connection, with seven differences from Kysely's own:
 *
 * - Transactions start with BEGIN IMMEDIATE. With a plain (deferred) BEGIN, two processes on one file can
 *   both read and then fail to upgrade to a write with SQLITE_BUSY, which no wait can resolve; BEGIN
 *   IMMEDIATE makes the second one wait its turn instead.
 * - That wait, for another connection's lock, is on a timer (sqlite-lock-wait.ts), not SQLite's busy
 *   timeout, which sleeps in the event loop's thread: a lock held by this same process (a commit group
 *   waiting for the next turn, a second store on the file) would never be let go meanwhile.
 * - Commit groups. SQLite's cost of a commit (the WAL frames of every page a transaction touched, and the
 *   checkpoints they lead to) is paid per commit, and the transactions of one turn of the event loop touch
 *   mostly the same pages. So the first transaction of a turn opens a shared transaction, and each later
 *   one runs in a savepoint inside it; the shared transaction commits once, at the end of the event loop's
 *   turn (setImmediate), after GROUP_MAX_MEMBERS transactions, or before any statement outside a
 *   transaction (which must never see what is not committed). Each transaction still runs alone, after the
 *   one before it, and sees what that one wrote, as if it had committed; a failed one rolls back to its
 *   savepoint and leaves the others alone. Its promise resolves only once the shared transaction is
 *   committed and on disk; if that commit fails, every transaction in it fails with the error, and none
 *   was acknowledged.
 * - Group commit of the fsync. The connection runs with synchronous=NORMAL, so COMMIT writes the WAL
 *   without an fsync, and the fsync happens here, on libuv's thread pool, before the transactions' promises
 *   resolve: nothing is acknowledged before it is on disk (as with synchronous=FULL), but the event loop is
 *   not blocked meanwhile, and one fsync covers every commit before it started. The connection is
 *   released before the wait, so the next transactions run during the fsync.
 * - Prepared statements are kept and reused: preparing took a tenth of a small batch's time.
 * - runMany: one statement run for many parameter lists in a single call (the bulk writes of a batch).
 * - No ROLLBACK of a transaction SQLite already rolled back, so that the error that ended it is the one
 *   reported (SQLITE_FULL, SQLITE_READONLY, …), not "cannot rollback - no transaction is active".
 * - Statements of a transaction may skip Kysely's executor (runDirect): bound to its lease, they run on it
 *   at once.
 */
export class SqliteGroupCommitDriver implements Driver {
  readonly #db: Database.Database;
  readonly #mutex = new Mutex();
  readonly #statements: StatementCache;
  readonly #wal: WalSync | null;
  readonly #stats: CommitStats;
  /** The shared transaction under way, if any. */
  #group: Group | null = null;
  /** The lease whose transaction is open (between BEGIN and COMMIT or ROLLBACK), if any. */
  #current: Lease | null = null;

  constructor(db: Database.Database, wal: WalSync | null, stats: CommitStats = { groups: 0, members: 0 }) {
    this.#db = db;
    this.#statements = new StatementCache(db, 500);
    this.#wal = wal;
    this.#stats = stats;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return new Lease(this.#db, this.#statements, this.#wal, this, () => this.#mutex.unlock());
  }

  async beginTransaction(c: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    const lease = c as Lease;
    if (this.#group && !this.#db.inTransaction) this.failGroup(new Error('the shared transaction ended without a commit'));
    if (this.#group) {
      this.#run('savepoint member');
      lease.savepoint = true;
    } else {
      // The first transaction of a group needs no savepoint: it is alone in the shared transaction, whose
      // rollback is its own (and a transaction that runs alone, such as a big batch, runs as it always did).
      await whenUnlocked(() => this.#beginShared());
      const group = new Group();
      this.#group = group;
      setImmediate(() => void this.#flush(group));
      lease.savepoint = false;
    }
    lease.member = true;
    this.#current = lease;
  }

  /**
   * Binds Kysely's transaction object `trx`, just begun, to its lease, so that runDirect can run its
   * statements. Called from inside the transaction's callback: the lease is still this driver's current one.
   */
  bindTransaction(trx: object): void {
    if (this.#current) leases.set(trx, this.#current);
  }

  async commitTransaction(c: DatabaseConnection): Promise<void> {
    const lease = c as Lease;
    const group = this.#group;
    if (!group) throw new Error('cannot commit: SQLite rolled the transaction back');
    if (lease.savepoint) this.#run('release member');
    lease.member = false;
    this.#current = null;
    if (++group.members >= GROUP_MAX_MEMBERS) this.commitGroup();
    lease.release();
    await group.done;
  }

  async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    const lease = c as Lease;
    // Not in its transaction any more: it was released into a shared transaction whose commit then failed
    // (the connection may already serve another transaction, which a rollback here would undo).
    if (!lease.member) return;
    lease.member = false;
    this.#current = null;
    // SQLite rolls a transaction back by itself on some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM…);
    // a ROLLBACK then fails with "no transaction is active", and Kysely would throw that instead of the
    // error that caused it. Nothing left to undo: the original error goes on up (the group's others failed
    // with it when it happened: Lease.executeQuery).
    if (!this.#db.inTransaction) {
      this.failGroup(new Error('the shared transaction was rolled back'));
      return;
    }
    if (lease.savepoint) {
      this.#run('rollback to member');
      this.#run('release member');
    } else {
      // The group's first transaction, alone in it: the whole shared transaction is its own.
      this.#group = null;
      this.#run('rollback');
    }
  }

  async releaseConnection(c: DatabaseConnection): Promise<void> {
    (c as Lease).release();
  }

  async destroy(): Promise<void> {
    const group = this.#group;
    if (group) await this.#flush(group);
    await this.#wal?.close();
    this.#db.close();
  }

  /** Whether a shared transaction is open (a statement outside a transaction commits it first). */
  get grouping(): boolean {
    return this.#group !== null;
  }

  /** Commits the shared transaction, its fsync under way; the caller holds the connection. */
  commitGroup(): void {
    const group = this.#group;
    if (!group) return;
    this.#group = null;
    try {
      this.#run('commit');
    } catch (err) {
      if (this.#db.inTransaction) this.#db.exec('rollback');
      group.fail(err);
      return;
    }
    this.#stats.groups++;
    this.#stats.members += group.members;
    if (this.#wal) this.#wal.sync().then(group.ok, group.fail);
    else group.ok();
  }

  /** The shared transaction is lost (SQLite rolled it back): its transactions fail with `err`. */
  failGroup(err: unknown): void {
    const group = this.#group;
    if (!group) return;
    this.#group = null;
    group.fail(err);
  }

  async #flush(group: Group): Promise<void> {
    if (this.#group !== group) return;
    await this.#mutex.lock();
    try {
      if (this.#group === group) this.commitGroup();
    } finally {
      this.#mutex.unlock();
    }
  }

  /**
   * BEGIN IMMEDIATE of a shared transaction, its savepoints' journal in memory. Each transaction of a group
   * runs in a savepoint, whose journal (the pages' contents before it) went to a temporary file once past
   * 64 KiB: 190 of the 254 KB a node wrote per 2-item batch-offline, one pwrite per page (docs/PERFORMANCE.md,
   * round 12). SQLite decides where a transaction's savepoint journal lives when the transaction begins,
   * from temp_store, so temp_store is MEMORY for that moment only: sorts and temporary indexes still spill
   * to files past the page cache, rather than grow in memory with the rows they sort. (Changing temp_store
   * would drop temporary tables; archgate creates none.) The journal is bounded by the group's pages.
   */
  #beginShared(): void {
    this.#run('pragma temp_store = memory');
    try {
      this.#run('begin immediate');
    } finally {
      this.#run('pragma temp_store = default');
    }
  }

  #run(sql: string): void {
    this.#statements.get(sql).stmt.run();
  }
}

/** A shared transaction: how many transactions it holds, and its outcome (after COMMIT and fsync). */
class Group {
  members = 0;
  readonly done: Promise<void>;
  ok!: () => void;
  fail!: (err: unknown) => void;
  constructor() {
    this.done = new Promise<void>((resolve, reject) => {
      this.ok = resolve;
      this.fail = reject;
    });
    // A group whose transactions all rolled back has nobody waiting on it.
    this.done.catch(() => {});
  }
}

const MANY = Symbol('run once per parameter list');

/**
 * A write statement to run once per parameter list in a single call, for the bulk writes of large
 * batches: Kysely's own cost per call came to more than SQLite's per row. SQLite only. Meant for a
 * transaction; outside one, each run commits by itself.
 */
export function runMany(sql: string, paramLists: readonly unknown[][]): CompiledQuery {
  return CompiledQuery.raw(sql, [MANY, paramLists]);
}

/** Kysely's transaction objects bound to their leases (bindTransaction); a lease serves runDirect while it is a member. */
const leases = new WeakMap<object, Lease>();

/**
 * Runs `sql` at once on the lease of `trx`, a transaction bound by bindTransaction and still open, and
 * answers the result; answers undefined otherwise (the caller then goes through Kysely). A transaction's
 * statements need no lock wait (BEGIN IMMEDIATE took the write lock) and no queue (its lease holds the
 * connection), so Kysely's executor (its promises, its query ids, its connection provider) was pure cost:
 * 46 of the 195 KB a 2-item fast batch-offline allocated (docs/PERFORMANCE.md, round 11).
 */
export function runDirect<R>(trx: object, sql: string, parameters: readonly unknown[]): QueryResult<R> | undefined {
  const lease = leases.get(trx);
  return lease?.member ? lease.runInTransaction<R>(sql, parameters) : undefined;
}

/** Runs one prepared statement with `parameters` (for runMany, once per parameter list, from the list `progress.done` names on). */
function runOnce<R>(
  stmt: Database.Statement,
  reader: boolean,
  parameters: readonly unknown[],
  progress: { done: number; changes: number },
): QueryResult<R> {
  if (parameters[0] === MANY) {
    const lists = parameters[1] as unknown[][];
    for (; progress.done < lists.length; progress.done++) progress.changes += stmt.run(lists[progress.done]).changes;
    return { numAffectedRows: BigInt(progress.changes), rows: [] };
  }
  if (reader) return { rows: stmt.all(parameters as unknown[]) as R[] };
  const r = stmt.run(parameters as unknown[]);
  return { numAffectedRows: BigInt(r.changes), insertId: BigInt(r.lastInsertRowid), rows: [] };
}

/** One acquisition of the connection: released once, either after a commit or by Kysely afterwards. */
class Lease implements DatabaseConnection {
  #released = false;
  /** Inside its transaction (between BEGIN and COMMIT or ROLLBACK), a member of the shared one. */
  member = false;
  /** Its transaction runs in a savepoint (it joined a group that others had begun). */
  savepoint = false;

  constructor(
    private readonly db: Database.Database,
    private readonly statements: StatementCache,
    private readonly wal: WalSync | null,
    private readonly groups: SqliteGroupCommitDriver,
    private readonly onRelease: () => void,
  ) {}

  release(): void {
    if (this.#released) return;
    this.#released = true;
    this.onRelease();
  }

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    // A statement outside a transaction sees only what is committed.
    if (!this.member && this.groups.grouping) this.groups.commitGroup();
    const { stmt, reader, readonly } = this.statements.get(q.sql);
    const inTransaction = this.db.inTransaction;
    // Its shared transaction is gone (an error SQLite answered by rolling back, which the caller caught):
    // a statement now would commit by itself, outside any transaction.
    if (this.member && !inTransaction) throw new Error('SQLite rolled the transaction back');
    let wait: LockWait | undefined;
    // runMany: how many of its parameter lists have run, and what they changed. Outside a transaction each
    // run commits by itself, so a run that met a lock resumes there rather than starting over.
    const progress = { done: 0, changes: 0 };
    for (;;) {
      try {
        // A write outside a transaction commits by itself (BEGIN IMMEDIATE is a write that opens one).
        const autocommit = !readonly && !inTransaction;
        const result = runOnce<R>(stmt, reader, q.parameters, progress);
        if (autocommit && !this.db.inTransaction && this.wal) {
          // A write that committed by itself: answered only once durable, without holding the connection.
          this.release();
          await this.wal.sync();
        }
        return result;
      } catch (err) {
        // An error after which SQLite rolled the shared transaction back: the others in it are lost too.
        if (this.member && !this.db.inTransaction) this.groups.failGroup(err);
        // Another connection's lock: a statement outside a transaction took no effect, and runs again
        // once the lock is let go (inside one, BEGIN IMMEDIATE already holds every lock it needs).
        if (inTransaction) throw err;
        wait ??= new LockWait();
        await wait.pause(err);
      }
    }
  }

  /** A statement of this lease's open transaction, at once (runDirect). */
  runInTransaction<R>(sql: string, parameters: readonly unknown[]): QueryResult<R> {
    const { stmt, reader } = this.statements.get(sql);
    if (!this.db.inTransaction) throw new Error('SQLite rolled the transaction back');
    try {
      return runOnce<R>(stmt, reader, parameters, { done: 0, changes: 0 });
    } catch (err) {
      // As in executeQuery: an error after which SQLite rolled the shared transaction back loses the others.
      if (!this.db.inTransaction) this.groups.failGroup(err);
      throw err;
    }
  }

  async *streamQuery<R>(q: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(q.query)) throw new Error('SQLite streams only select queries');
    // archgate streams nothing; Kysely's interface asks for it. The rows are read at once, through
    // executeQuery, so that a stream commits an open group and waits for a lock as any read does.
    const { rows } = await this.executeQuery<R>(q);
    for (const row of rows) yield { rows: [row] };
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
