import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { WalSync } from '../../src/store/wal-sync.js';
import { openStore } from '../../src/store/db.js';

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
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect((db.prepare("select count(*) n from settings where name like 'k%' or name = 'auto'").get() as { n: number }).n).toBe(51);
    db.close();
  });
});
