import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkerLease, WorkerLeaseError } from '../src/jobs/worker-lease.js';
import { openStore } from '../src/store/db.js';
import { ENGINES, freshDbUrl } from './helpers/server.js';

describe.each(ENGINES)('snowflake worker-id leases (%s)', (engine) => {
  it("gives live nodes different ids, refuses a live node's id, and frees an id on release or expiry", async () => {
    const db = engine === 'sqlite' ? `sqlite:${join(mkdtempSync(join(tmpdir(), 'ag-lease-')), 'a.db')}` : await freshDbUrl(engine);
    // One after another: three SQLite connections in one process must not wait on each other's
    // migration lock (better-sqlite3 waits synchronously, blocking the event loop that would release it).
    const stores = [await openStore(db), await openStore(db), await openStore(db)];
    const lost: Error[] = [];
    const [a, b, c] = stores.map((st) => new WorkerLease(st, (e) => lost.push(e)));
    try {
      const ida = await a!.acquire();
      const idb = await b!.acquire();
      expect(ida).not.toBe(idb);
      await expect(c!.acquire(ida)).rejects.toThrow(WorkerLeaseError);
      await a!.release();
      expect(await c!.acquire(ida)).toBe(ida);
      // A node that died keeps its id only until its lease runs out.
      await stores[0]!.db
        .updateTable('worker_leases')
        .set({ expires_at: '2000-01-01T00:00:00.000Z' })
        .where('worker_id', '=', idb)
        .execute();
      const d = new WorkerLease(stores[0]!, (e) => lost.push(e));
      expect(await d.acquire(idb)).toBe(idb);
      await d.release();
      expect(lost).toEqual([]);
    } finally {
      await b!.release();
      await c!.release();
      for (const st of stores) await st.close();
    }
  });
});
