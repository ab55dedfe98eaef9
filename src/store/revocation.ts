import Database from 'better-sqlite3';
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Store, Tx } from './db.js';

const EPOCH_SQL = 'select epoch from revocation_epoch where id = 1';
/** Compiled once: it runs on every node several times a second. */
const EPOCH = CompiledQuery.raw(EPOCH_SQL);
const CHANNEL = 'archgate_revocation';

/**
 * The revocation epoch (migration 010): it moves on in the transaction of every change that may void
 * what a node remembers about a credential, a workspace or a membership.
 */
export async function revocationEpoch(tx: Tx): Promise<number> {
  const r = await tx.executeQuery<{ epoch: number | string | bigint }>(EPOCH);
  return Number(r.rows[0]?.epoch ?? 0);
}

/**
 * SQLite on a file: the epoch read synchronously for microseconds, through a connection of its own.
 * `PRAGMA data_version` on it changes when any other connection (this node's, another process's, the
 * CLI's) has committed since, so the epoch row is read only then. A change made by another process is
 * thus seen by the next request, not the next poll. Undefined for `:memory:`, which no other process sees.
 */
export function sqliteEpochProbe(store: Store): { read(): number; close(): void } | undefined {
  if (store.engine !== 'sqlite' || !store.sqlitePath || store.sqlitePath === ':memory:') return undefined;
  const conn = new Database(store.sqlitePath, { fileMustExist: true });
  conn.pragma('busy_timeout = 5000');
  const version = conn.prepare('pragma data_version').pluck();
  const epoch = conn.prepare(EPOCH_SQL).pluck();
  let seen: unknown;
  let last = 0;
  return {
    read() {
      const v = version.get();
      if (v !== seen) {
        // data_version first: a commit between the two reads moves it again, and the next call rereads.
        seen = v;
        last = Number(epoch.get() ?? 0);
      }
      return last;
    },
    close: () => conn.close(),
  };
}

/**
 * PostgreSQL: a session of its own listening on the channel the epoch's trigger notifies at commit;
 * `onNotify` runs as each notification arrives. Undefined for SQLite. The poll remains the guarantee:
 * a lost session only makes revocation wait for it.
 */
export async function listenRevocations(
  store: Store,
  onNotify: () => void,
  onLost: () => void,
): Promise<(() => Promise<void>) | undefined> {
  if (!store.pool) return undefined;
  const client = new pg.Client(store.pool.options);
  client.on('notification', onNotify);
  client.on('error', onLost);
  client.on('end', onLost);
  await client.connect();
  await client.query(`listen ${CHANNEL}`);
  return () => client.end();
}
