import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { makeFolder } from '../folders.js';
import { migrationNames } from './migrations.js';

/**
 * Backup and restore of a SQLite store, on the file itself rather than through Kysely: SQLite's online
 * backup API and file renames have no place in the query layer. PostgreSQL has pg_dump and pg_restore.
 */

/** A backup or restore that cannot go ahead; the message is one line naming the file and what to do. */
export class BackupError extends Error {}

/** Tables every archgate store has had since its first migration, plus the audit chain's. */
const ARCHGATE_TABLES = ['kysely_migration', 'objects', 'users', 'worker_leases', 'audit_records', 'audit_heads'];

/** Every page in one step: the copy is one read transaction, a snapshot that writers (WAL) never restart. */
const ALL_PAGES = 0x7fffffff;

export interface BackupReport {
  /** The backup file, absolute. */
  file: string;
  bytes: number;
  pages: number;
  /** When the copy began and ended (ISO-8601 UTC). Every write acknowledged before `started` is in it. */
  started: string;
  finished: string;
}

export interface RestoreReport {
  /** The store now holding the backup's data. */
  target: string;
  bytes: number;
  /** Where the replaced store was moved, when there was one. */
  replaced?: string;
  /** Migrations of this archgate the backup has not run: the next start runs them. */
  pending: string[];
}

export interface LiveLease {
  worker_id: number;
  node_id: string;
  expires_at: string;
}

const exists = (path: string) => existsSync(path);

function openFile(path: string, readonly: boolean): Database.Database {
  try {
    const db = new Database(path, { fileMustExist: true, readonly });
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (err) {
    throw new BackupError(`cannot open ${path} as SQLite: ${(err as Error).message}`, { cause: err });
  }
}

/** Throws unless `db` is an archgate store this archgate can run: its tables, and no migration it does not know. */
function checkArchgateStore(db: Database.Database, path: string): string[] {
  let tables: Set<string>;
  try {
    tables = new Set((db.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map((r) => r.name));
  } catch (err) {
    throw new BackupError(`${path} is not a SQLite database (${(err as Error).message})`, { cause: err });
  }
  const missing = ARCHGATE_TABLES.filter((t) => !tables.has(t));
  if (missing.length > 0) throw new BackupError(`${path} is not an archgate store: it has no ${missing.join(', ')} table`);
  const done = new Set((db.prepare('select name from kysely_migration').all() as { name: string }[]).map((r) => r.name));
  const known = migrationNames();
  const unknown = [...done].filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new BackupError(`${path} was made by a newer archgate (migration ${unknown[0]} is unknown here): restore it with that version`);
  }
  return known.filter((n) => !done.has(n));
}

function integrity(db: Database.Database, path: string): string {
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } catch (err) {
    throw new BackupError(`${path} is not a SQLite database (${(err as Error).message})`, { cause: err });
  }
}

/** Data and name both on disk before the caller says "done": the file, then the folder that names it. */
function fsyncFile(path: string) {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const partialOf = (dest: string) => join(dirname(dest), `.${basename(dest)}.partial-${process.pid}`);

/**
 * Copies the store at `source` into `dest` with SQLite's online backup API, from a connection of its own:
 * a node serving the same file goes on writing meanwhile (WAL). The copy is written beside `dest`, made a
 * single self-contained file (rollback journal, no -wal to carry along), checked with integrity_check, and
 * only then renamed to `dest`; a failed backup leaves nothing at `dest`.
 */
export async function backupSqlite(source: string, dest: string, opts: { overwrite?: boolean } = {}): Promise<BackupReport> {
  const src = resolve(source);
  const file = resolve(dest);
  if (!exists(src)) throw new BackupError(`there is no SQLite store at ${src}: set ARCHGATE_DB or --db to the store to back up`);
  if (file === src) throw new BackupError('the backup file cannot be the store itself');
  if (exists(file) && !opts.overwrite) throw new BackupError(`${file} exists: name a new file, or pass --force to replace it`);
  makeFolder(dirname(file));
  const partial = partialOf(file);
  rmSync(partial, { force: true });
  const db = openFile(src, false);
  let started: Date;
  let pages: number;
  try {
    checkArchgateStore(db, src);
    started = new Date();
    pages = (await db.backup(partial, { progress: () => ALL_PAGES })).totalPages;
  } catch (err) {
    rmSync(partial, { force: true });
    throw err instanceof BackupError ? err : new BackupError(`the backup of ${src} failed: ${(err as Error).message}`, { cause: err });
  } finally {
    db.close();
  }
  try {
    const copy = openFile(partial, false);
    try {
      copy.pragma('journal_mode = DELETE');
      const verdict = integrity(copy, partial);
      if (verdict !== 'ok') throw new BackupError(`the copy of ${src} fails integrity_check (${verdict}); nothing was written`);
    } finally {
      copy.close();
    }
    fsyncFile(partial);
    renameSync(partial, file);
    fsyncFile(dirname(file));
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  return { file, bytes: statSync(file).size, pages, started: started.toISOString(), finished: new Date().toISOString() };
}

/** The worker id leases of `db` still running at `now`: a node serves this store. */
function liveLeases(db: Database.Database, now: Date): LiveLease[] {
  return db
    .prepare('select worker_id, node_id, expires_at from worker_leases where expires_at >= ? order by expires_at desc')
    .all(now.toISOString()) as LiveLease[];
}

/**
 * Replaces the store at `target` with the backup `source`, on a stopped node: refused while any node holds
 * a live worker id lease on the target. The backup must pass integrity_check and be an archgate store this
 * version can run. The replaced store is checkpointed and moved aside (never deleted); the backup is
 * copied beside the target, its leases (of nodes that ran when it was taken) cleared, and renamed into place.
 */
export function restoreSqlite(source: string, target: string, now = new Date()): RestoreReport {
  const src = resolve(source);
  const dest = resolve(target);
  if (!exists(src)) throw new BackupError(`there is no backup file at ${src}`);
  if (src === dest) throw new BackupError('the backup file is the store itself: nothing to restore');
  const backup = openFile(src, true);
  let pending: string[];
  try {
    const verdict = integrity(backup, src);
    if (verdict !== 'ok') throw new BackupError(`${src} fails integrity_check (${verdict}): not restored`);
    pending = checkArchgateStore(backup, src);
  } finally {
    backup.close();
  }
  if (exists(dest)) {
    const current = openFile(dest, false);
    try {
      const live = liveLeases(current, now);
      if (live.length > 0) {
        const l = live[0]!;
        throw new BackupError(
          `a node is running on ${dest} (worker id ${l.worker_id}, lease until ${l.expires_at}): stop every node first (a node that died frees its lease within 30 s)`,
        );
      }
      // Folds the WAL into the file, so that moving the file aside keeps all of it; closing the last
      // connection then removes the -wal and -shm.
      current.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      current.close();
    }
  } else {
    makeFolder(dirname(dest));
  }
  const partial = partialOf(dest);
  try {
    copyFileSync(src, partial);
    const copy = openFile(partial, false);
    try {
      copy.pragma('journal_mode = DELETE');
      copy.prepare('delete from worker_leases').run();
    } finally {
      copy.close();
    }
    fsyncFile(partial);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err instanceof BackupError ? err : new BackupError(`cannot write beside ${dest}: ${(err as Error).message}`, { cause: err });
  }
  let replaced: string | undefined;
  if (exists(dest)) {
    replaced = `${dest}.before-restore-${now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z')}`;
    renameSync(dest, replaced);
  }
  // A -wal left beside the new file would be replayed into it: it belongs to the store just moved aside.
  for (const f of [`${dest}-wal`, `${dest}-shm`]) rmSync(f, { force: true });
  renameSync(partial, dest);
  fsyncFile(dirname(dest));
  return { target: dest, bytes: statSync(dest).size, replaced, pending };
}
