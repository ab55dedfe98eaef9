import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { openStore, StoreOpenError, type Store } from './db.js';
import type { DB } from './schema.js';

/**
 * A store opened as it is, to read it without serving it (`archgate audit verify`, restore's key check).
 * A SQLite file is opened without migrating it, since it may be a backup that must stay as it was taken,
 * and must exist (opening one would create it). PostgreSQL is opened as a node opens it: the live store of
 * nodes of this same version, whose migrations have run.
 */
export async function openExisting(url: string): Promise<Pick<Store, 'db' | 'engine' | 'close'>> {
  if (!url.startsWith('sqlite:')) return openStore(url);
  const path = url.slice('sqlite:'.length);
  if (path === ':memory:') throw new StoreOpenError('sqlite::memory: holds nothing to read: name the store file');
  if (!existsSync(path)) throw new StoreOpenError(`there is no SQLite store at ${resolve(path)}: set ARCHGATE_DB or --db to it`);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { fileMustExist: true });
    sqlite.pragma('busy_timeout = 5000');
  } catch (err) {
    throw new StoreOpenError(`cannot open the SQLite store ${resolve(path)} (${(err as Error).message})`, { cause: err });
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, engine: 'sqlite', close: () => db.destroy() };
}
