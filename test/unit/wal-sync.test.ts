import { mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { WalSync } from '../../src/store/wal-sync.js';
import { openStore } from '../../src/store/db.js';
import type { DB } from '../../src/store/schema.js';

/** This process's descriptors of `path`, its WAL and its shared memory (Linux's /proc). */
function openFiles(path: string): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(path) ? [target] : [];
    } catch {
      return [];
    }
  });
}

describe('WalSync: group commit of the WAL file', () => {
  const file = () => {
    const path = join(mkdtempSync(join(tmpdir(), 'walsync-')), 'x.db-wal');
    writeFileSync(path, 'frames');
    return path;
  };

  it('one caller starts one fdatasync', async () => {
    const w = new WalSync(file());
    await w.sync();
    expect(w.count).toBe(1);
  });

  it('callers during a running sync share the next one, never the running one', async () => {
    const w = new WalSync(file());
    const first = w.sync();
    // These three may have written after the first sync started: one more sync covers all three.
    const late = [w.sync(), w.sync(), w.sync()];
    expect(w.count).toBe(1);
    await first;
    await Promise.all(late);
    expect(w.count).toBe(2);
    await w.idle();
  });

  it('keeps one descriptor between syncs, opens the file the path names when it is another, and closes it', async () => {
    const path = file();
    const w = new WalSync(path);
    await w.sync();
    await w.sync();
    expect(openFiles(path)).toEqual([path]);
    // The WAL deleted and created anew (another process closed the database last): the new file is synced,
    // and the old one's descriptor is not kept.
    rmSync(path);
    writeFileSync(`${path}.new`, 'frames');
    renameSync(`${path}.new`, path);
    await w.sync();
    expect(openFiles(path)).toEqual([path]);
    // Gone: nothing to sync, nothing kept open.
    rmSync(path);
    await w.sync();
    expect(openFiles(path)).toEqual([]);
    writeFileSync(path, 'frames');
    await w.sync();
    expect(openFiles(path)).toEqual([path]);
    await w.close();
    expect(openFiles(path)).toEqual([]);
    expect(w.count).toBe(5);
  });

  it('a missing WAL file (checkpointed away on close) is nothing to sync', async () => {
    const w = new WalSync(join(tmpdir(), 'no-such-dir-archgate', 'x.db-wal'));
    await expect(w.sync()).resolves.toBeUndefined();
  });
});

describe('SQLite store: writes are answered once the WAL is synced', () => {
  it('runs in WAL mode, and concurrent transactions and an autocommit write all commit', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'walstore-')), 'a.db');
    const store = await openStore(`sqlite:${path}`);
    try {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          store.db.transaction().execute((tx) =>
            tx
              .insertInto('settings')
              .values({ name: `k${i}`, value: String(i) })
              .execute(),
          ),
        ),
      );
      // An autocommit write (no transaction) also goes through the driver's sync.
      await store.db.insertInto('settings').values({ name: 'auto', value: 'x' }).execute();
    } finally {
      await store.close();
    }
    // Nothing of the database stays open once the store is closed (the WAL's sync kept a descriptor).
    expect(openFiles(path)).toEqual([]);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect((db.prepare("select count(*) n from settings where name like 'k%' or name = 'auto'").get() as { n: number }).n).toBe(51);
    db.close();
  });
});

describe('SQLite store: a commit group writes only the database and its WAL', () => {
  it("keeps the savepoints' journals in memory, however much a member writes", async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'walstore-')), 'a.db');
    const store = await openStore(`sqlite:${path}`);
    // SQLite's temporary files are unlinked as soon as opened: what a descriptor names then (etilqs_…).
    const temporary = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`).includes('etilqs_');
        } catch {
          return false;
        }
      });
    let during: string[] | undefined;
    try {
      const value = 'x'.repeat(2000);
      const write = (from: number) => (tx: typeof store.db) =>
        tx
          .insertInto('settings')
          .values(Array.from({ length: 100 }, (_, i) => ({ name: `k${from + i}`, value })))
          .execute();
      // The second transaction joins the first one's group, in a savepoint whose journal holds every page it
      // changes (far more than SQLite's 64 KiB before it spills to a file).
      await Promise.all([
        store.db.transaction().execute(write(0)),
        store.db.transaction().execute(async (tx) => {
          await write(100)(tx);
          await tx.updateTable('settings').set({ value: 'y' }).where('name', 'like', 'k%').execute();
          during = temporary();
        }),
      ]);
      expect(store.commits!.members).toBe(2);
      expect(store.commits!.groups).toBe(1);
    } finally {
      await store.close();
    }
    expect(during).toEqual([]);
  });

  it('still lets a sort larger than the page cache spill to a file, inside a group as outside', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'walstore-')), 'a.db');
    const store = await openStore(`sqlite:${path}`);
    /** Bytes this process has written (Linux's /proc; each test file runs in a process of its own). */
    const written = () => Number(/^wchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))![1]);
    // 400,000 rows of 80 random characters: more than the 32 MiB page cache, so the sort spills to a file
    // (in memory, it would grow with the rows).
    const bigSort = sql<{ x: string }>`with recursive r(i) as (select 1 union all select i + 1 from r limit 400000)
      select hex(randomblob(40)) as x from r order by x limit 1 offset 399999`;
    const spilled: number[] = [];
    const sortIn = async (tx: Kysely<DB>) => {
      const before = written();
      expect((await bigSort.execute(tx)).rows).toHaveLength(1);
      spilled.push(written() - before);
    };
    try {
      await sortIn(store.db);
      await Promise.all([store.db.transaction().execute(sortIn), store.db.transaction().execute(sortIn)]);
      expect(store.commits!.groups).toBe(1);
    } finally {
      await store.close();
    }
    for (const bytes of spilled) expect(bytes).toBeGreaterThan(20e6);
  });
});
