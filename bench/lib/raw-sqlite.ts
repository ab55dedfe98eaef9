import Database from 'better-sqlite3';
import { SQLITE_ROWS } from '../../src/store/bulk.js';
import { statementRuns } from '../../src/store/chunks.js';
import { SQLITE_CACHE_KIB } from '../../src/store/db.js';

/** The columns of an application row, as the bench's raw inserts name them. */
export const APPROVAL_COLS = [
  'id',
  'project_id',
  'workspace_id',
  'group_id',
  'biz_id',
  'biz_type',
  'name_en',
  'name_ch',
  'biz_info',
  'biz_version',
  'biz_status',
  'approval_status',
  'approval_type',
  'submit_time',
  'create_by',
  'create_by_id',
  'approval_time',
  'approver',
  'approver_user_id',
  'email',
  'msg',
  'env_type',
  'is_edit',
  'l1',
  'l2',
  'l3',
  'directory_path',
] as const;

/**
 * Inserts `rows` as archgate's bulk path does (store/bulk.ts): statements of SQLITE_ROWS rows, then halves for the
 * rest, each prepared once. Positional parameters in `cols` order.
 */
export function insertRows(db: Database.Database, table: string, cols: readonly string[], rows: readonly Record<string, unknown>[]): void {
  const tuple = `(${cols.map(() => '?').join(', ')})`;
  let at = 0;
  for (const { size, runs } of statementRuns(rows.length, SQLITE_ROWS)) {
    const stmt = db.prepare(`insert into ${table} (${cols.join(', ')}) values ${new Array(size).fill(tuple).join(', ')}`);
    for (let r = 0; r < runs; r++, at += size) stmt.run(rows.slice(at, at + size).flatMap((row) => cols.map((c) => row[c] ?? null)));
  }
}

/** `insert into <table> (cols) values (@col, …)`: better-sqlite3 binds a row object by its names. */
export function insertSql(table: string, cols: readonly string[]): string {
  return `insert into ${table} (${cols.join(', ')}) values (${cols.map((c) => `@${c}`).join(', ')})`;
}

/**
 * A raw better-sqlite3 connection to a database archgate created, for the bench's floors and its seeding:
 * WAL and a busy timeout as archgate opens it, `synchronous` as asked, and foreign keys when asked.
 */
export function openRawSqlite(path: string, o: { synchronous: 'FULL' | 'NORMAL'; foreignKeys: boolean }): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma(`synchronous = ${o.synchronous}`);
  if (o.foreignKeys) db.pragma('foreign_keys = ON');
  // archgate's own page cache (src/store/db.ts), so that a floor differs from archgate only in what it
  // leaves out: with SQLite's 2 MiB default, the full run's floor10k spilled its cache to the WAL over and
  // over and took 8 to 12 s against archgate's 2.
  db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  return db;
}
