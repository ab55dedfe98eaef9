import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, transact, type Store } from '../src/store/db.js';
import { insertObjects } from '../src/store/objects.js';
import { LOCK_WAIT_MS } from '../src/store/sqlite-lock-wait.js';
import { counterStep as step, storeRow as row } from './helpers/counter-step.js';
import { ENGINES, freshDbUrl } from './helpers/server.js';

/**
 * Waiting for another connection's lock. On SQLite a commit group holds the write lock until a later turn
 * of the event loop, so a wait that blocked the event loop (SQLite's busy timeout) could never see a lock
 * of this same process let go: a second store on the file stalled 5 s and failed with "database is
 * locked". The driver waits on a timer instead (src/store/sqlite-lock-wait.ts). Each case here failed so
 * before it.
 */
const sqliteUrl = () => `sqlite:${join(mkdtempSync(join(tmpdir(), 'archgate-lock-')), 'store.db')}`;
const dbUrl = (engine: (typeof ENGINES)[number]) => (engine === 'sqlite' ? Promise.resolve(sqliteUrl()) : freshDbUrl(engine));
const idsIn = async (store: Store, prefix: string) =>
  (await store.db.selectFrom('objects').select('id').where('id', 'like', `${prefix}%`).execute()).map((r) => r.id).sort();

describe.each(ENGINES)('two stores on one database in one process (%s)', (engine) => {
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    const url = await dbUrl(engine);
    a = await openStore(url);
    b = await openStore(url);
    await insertObjects(a.db, [row('counter')]);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('write at once, in any mix of transactions and single statements, and nothing is lost (property)', async () => {
    let run = 0;
    const op = fc.record({ store: fc.boolean(), kind: fc.constantFrom('tx', 'tx-fails', 'statement'), yieldFirst: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 60 }), async (ops) => {
        run++;
        const counter = async () =>
          Number((await a.db.selectFrom('objects').select('name_en').where('id', '=', 'counter').executeTakeFirstOrThrow()).name_en);
        const before = await counter();
        const outcomes = await Promise.allSettled(
          ops.map(async (o, i) => {
            const store = o.store ? a : b;
            // Some start on a later turn, so that they meet a group the other store left open.
            if (o.yieldFirst) await new Promise((r) => setImmediate(r));
            const id = `p${run}-${i}`;
            if (o.kind === 'statement') await insertObjects(store.db, [row(id)]);
            else await step(store, id, o.kind === 'tx-fails');
          }),
        );
        for (const [i, out] of outcomes.entries()) {
          if (ops[i]!.kind === 'tx-fails') expect(out.status).toBe('rejected');
          else expect(out).toEqual({ status: 'fulfilled', value: undefined });
        }
        const kept = ops.flatMap((o, i) => (o.kind === 'tx-fails' ? [] : [`p${run}-${i}`])).sort();
        expect(await idsIn(a, `p${run}-`)).toEqual(kept);
        expect(await idsIn(b, `p${run}-`)).toEqual(kept);
        expect(await counter()).toBe(before + ops.filter((o) => o.kind === 'tx').length);
      }),
      { numRuns: 20 },
    );
  });
});

describe('SQLite: a lock another connection holds', () => {
  let url: string;
  let path: string;
  let store: Store;
  beforeAll(async () => {
    url = sqliteUrl();
    path = url.slice('sqlite:'.length);
    store = await openStore(url);
    await insertObjects(store.db, [row('counter')]);
  });
  afterAll(async () => {
    await store.close();
  });

  it('a second store opens and writes while the first holds its commit group open', async () => {
    let written!: () => void;
    const inGroup = new Promise<void>((r) => (written = r));
    let finish!: () => void;
    const finishing = new Promise<void>((r) => (finish = r));
    const first = transact(store, async (tx) => {
      await insertObjects(tx, [row('g1')]);
      written();
      await finishing;
    });
    await inGroup;
    // The first store holds the write lock now; a second store migrates under it (BEGIN IMMEDIATE).
    const opening = openStore(url);
    finish();
    const second = await opening;
    try {
      await insertObjects(second.db, [row('g2')]);
      await first;
      expect(await idsIn(second, 'g')).toEqual(['g1', 'g2']);
    } finally {
      await second.close();
    }
  });

  it("waits for a write lock on a timer: the holder's own timer lets it go, and every kind of write goes through", async () => {
    const holder = new Database(path);
    try {
      holder.exec('begin immediate');
      setTimeout(() => holder.exec('commit'), 150);
      // A transaction (BEGIN IMMEDIATE), a bulk insert outside one (its multi-row statements each commit by
      // themselves), and a store opening (its migration lock).
      const bulk = insertObjects(store.db, [row('w2'), row('w3'), row('w4')]);
      const [, , other] = await Promise.all([step(store, 'w1', false), bulk, openStore(url)]);
      await other.close();
      expect(await idsIn(store, 'w')).toEqual(['w1', 'w2', 'w3', 'w4']);
    } finally {
      holder.close();
    }
  });

  it(`answers SQLITE_BUSY after ${LOCK_WAIT_MS} ms of a lock that is never let go, and the event loop ran meanwhile`, async () => {
    const holder = new Database(path);
    let ticks = 0;
    const tick = setInterval(() => ticks++, 20);
    try {
      holder.exec('begin immediate');
      const started = performance.now();
      const outcome = await Promise.allSettled([step(store, 'never1', false), insertObjects(store.db, [row('never2')])]);
      const waited = performance.now() - started;
      expect(outcome.map((o) => o.status === 'rejected' && (o.reason as { code?: string }).code)).toEqual(['SQLITE_BUSY', 'SQLITE_BUSY']);
      expect(waited).toBeGreaterThanOrEqual(LOCK_WAIT_MS - 1);
      // A wait that blocked the thread would have let no timer run.
      expect(ticks).toBeGreaterThan(LOCK_WAIT_MS / 20 / 4);
    } finally {
      clearInterval(tick);
      holder.exec('rollback');
      holder.close();
    }
    expect(await idsIn(store, 'never')).toEqual([]);
  }, 30_000);
});
