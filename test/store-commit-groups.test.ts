import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, transact, type Store } from '../src/store/db.js';
import { insertObjects } from '../src/store/objects.js';
import { GROUP_MAX_MEMBERS } from '../src/store/sqlite-driver.js';
import { execute } from '../src/store/shaped.js';
import { counterStep as step, storeRow as row } from './helpers/counter-step.js';
import { ENGINES, freshDbUrl } from './helpers/server.js';

/**
 * Transactions that run at once. On SQLite the driver commits the transactions of one turn of the event
 * loop together (commit groups, src/store/sqlite-driver.ts); on PostgreSQL each commits alone. Either way a
 * caller must see what a sequential run gives: each transaction sees the ones before it, a failed one
 * leaves no trace and takes nothing else with it, and a transaction that resolved is committed.
 */
/** SQLite on a file (another connection must be able to open it), or a fresh PostgreSQL database. */
const dbUrl = async (engine: (typeof ENGINES)[number]) =>
  engine === 'sqlite' ? `sqlite:${join(mkdtempSync(join(tmpdir(), 'archgate-groups-')), 'store.db')}` : freshDbUrl(engine);

describe.each(ENGINES)('transactions at once (%s)', (engine) => {
  let store: Store;
  let url: string;
  beforeAll(async () => {
    url = await dbUrl(engine);
    store = await openStore(url);
    await insertObjects(store.db, [row('counter')]);
  });
  afterAll(async () => {
    await store.close();
  });

  it('give what a sequential run gives, whichever of them fail (property)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 3 * GROUP_MAX_MEMBERS }), async (fails) => {
        run++;
        const before = Number(
          (await store.db.selectFrom('objects').select('name_en').where('id', '=', 'counter').executeTakeFirstOrThrow()).name_en,
        );
        const ids = fails.map((_, i) => `r${run}_${i}`);
        const outcomes = await Promise.allSettled(fails.map((fail, i) => step(store, ids[i]!, fail)));
        const kept = fails.filter((f) => !f).length;
        // Each that succeeded saw the ones before it: their counters are before+1 … before+kept, once each.
        const seen = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
        expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: kept }, (_, i) => before + i + 1));
        for (const [i, o] of outcomes.entries()) expect(o.status).toBe(fails[i] ? 'rejected' : 'fulfilled');
        const rows = await store.db.selectFrom('objects').select('id').where('id', 'in', ids).execute();
        expect(new Set(rows.map((r) => r.id))).toEqual(new Set(ids.filter((_, i) => !fails[i])));
        const counter = await store.db.selectFrom('objects').select('name_en').where('id', '=', 'counter').executeTakeFirstOrThrow();
        expect(Number(counter.name_en)).toBe(before + kept);
      }),
      { numRuns: 25 },
    );
  });

  it('a transaction that resolved is committed: another connection sees it at once', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `seen${i}`);
    await Promise.all(ids.map((id) => step(store, id, false)));
    expect(await countElsewhere(engine, url, ids)).toBe(ids.length);
  });
});

/** How many of `ids` a connection of its own sees (only what is committed). */
async function countElsewhere(engine: string, url: string, ids: string[]): Promise<number> {
  if (engine === 'sqlite') {
    const other = new Database(url.slice('sqlite:'.length), { readonly: true });
    try {
      const marks = ids.map(() => '?').join(', ');
      return (other.prepare(`select count(*) as n from objects where id in (${marks})`).get(...ids) as { n: number }).n;
    } finally {
      other.close();
    }
  }
  const other = await openStore(url);
  try {
    return (
      await other.db
        .selectFrom('objects')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('id', 'in', ids)
        .executeTakeFirstOrThrow()
    ).n;
  } finally {
    await other.close();
  }
}

describe('commit groups on SQLite', () => {
  let store: Store;
  let url: string;
  beforeAll(async () => {
    url = await dbUrl('sqlite');
    store = await openStore(url);
    await insertObjects(store.db, [row('counter')]);
  });
  afterAll(async () => {
    await store.close();
  });

  it('commit the transactions of one turn together, never more than GROUP_MAX_MEMBERS at a time', async () => {
    const before = { ...store.commits! };
    const n = 3 * GROUP_MAX_MEMBERS + 5;
    await Promise.all(Array.from({ length: n }, (_, i) => step(store, `g${i}`, false)));
    const groups = store.commits!.groups - before.groups;
    expect(store.commits!.members - before.members).toBe(n);
    // Started in one turn, they would all fit one group but for the limit.
    expect(groups).toBe(Math.ceil(n / GROUP_MAX_MEMBERS));
  });

  it('a read outside a transaction commits the group first, so it never sees what is not committed', async () => {
    const before = store.commits!.groups;
    // Not awaited: the read below queues behind it, in the same turn, before the group's own commit.
    const pending = step(store, 'read-after', false);
    const read = await store.db.selectFrom('objects').select('id').where('id', '=', 'read-after').execute();
    expect(read).toHaveLength(1);
    // What the read saw, another connection sees too: it was committed before the read ran.
    expect(await countElsewhere('sqlite', url, ['read-after'])).toBe(1);
    expect(store.commits!.groups).toBe(before + 1);
    await pending;
  });

  it("a stream (Kysely's stream()) outside a transaction commits the group first as well", async () => {
    const before = store.commits!.groups;
    const pending = step(store, 'streamed-after', false);
    const streamed: { id: string }[] = [];
    for await (const r of store.db.selectFrom('objects').select('id').where('id', '=', 'streamed-after').stream()) streamed.push(r);
    expect(streamed).toEqual([{ id: 'streamed-after' }]);
    expect(await countElsewhere('sqlite', url, ['streamed-after'])).toBe(1);
    expect(store.commits!.groups).toBe(before + 1);
    await pending;
  });

  it('a statement that makes SQLite roll back the shared transaction fails every transaction in it: resolved means kept (property)', async () => {
    // INSERT OR ROLLBACK of a duplicate ends the whole transaction, the work of the group's earlier
    // transactions with it: they must fail too, and a later one must not run outside any transaction.
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 2 * GROUP_MAX_MEMBERS }), async (breaks) => {
        run++;
        const ids = breaks.map((_, i) => `rb${run}_${i}`);
        const outcomes = await Promise.allSettled(
          breaks.map((doBreak, i) =>
            transact(store, async (tx) => {
              await insertObjects(tx, [row(ids[i]!)]);
              if (doBreak) await sql`insert or rollback into objects select * from objects where id = 'counter'`.execute(tx);
            }),
          ),
        );
        const present = new Set((await store.db.selectFrom('objects').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
        for (const [i, o] of outcomes.entries()) {
          expect(present.has(ids[i]!)).toBe(o.status === 'fulfilled');
          if (breaks[i]) expect(o.status).toBe('rejected');
        }
        expect(await countElsewhere('sqlite', url, ids)).toBe(present.size);
      }),
      { numRuns: 25 },
    );
  });

  it('the same through either path a statement takes (at once on the connection, or through Kysely), and nothing after it runs outside a transaction (property)', async () => {
    // Statements of a transaction bound by transact() run at once on its connection (runDirect); others go
    // through Kysely's executor. Whichever path the breaking statement, and the statement its transaction
    // then tries after catching the error, take: the group fails as a whole, and the later statement fails
    // instead of committing by itself.
    const step = fc.record({ doBreak: fc.boolean(), breakDirect: fc.boolean(), afterDirect: fc.boolean() });
    const breaking = `insert or rollback into objects select * from objects where id = 'counter'`;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 2 * GROUP_MAX_MEMBERS }), async (steps) => {
        run++;
        const ids = steps.map((_, i) => `rd${run}_${i}`);
        const lateIds = ids.map((id) => `${id}_late`);
        const outcomes = await Promise.allSettled(
          steps.map((st, i) =>
            transact(store, async (tx) => {
              await insertObjects(tx, [row(ids[i]!)]);
              if (!st.doBreak) return;
              try {
                if (st.breakDirect) await execute(tx, breaking, []);
                else await sql.raw(breaking).execute(tx);
              } catch {
                // Caught: the transaction goes on, as careless code might.
              }
              if (st.afterDirect) await insertObjects(tx, [row(lateIds[i]!)]);
              else
                await tx
                  .insertInto('objects')
                  .values({ ...row(lateIds[i]!), refs: '[]', biz_info: '{}' })
                  .execute();
            }),
          ),
        );
        const present = new Set(
          (
            await store.db
              .selectFrom('objects')
              .select('id')
              .where('id', 'in', [...ids, ...lateIds])
              .execute()
          ).map((r) => r.id),
        );
        for (const [i, o] of outcomes.entries()) {
          expect(present.has(ids[i]!)).toBe(o.status === 'fulfilled');
          expect(present.has(lateIds[i]!)).toBe(false);
          if (steps[i]!.doBreak) expect(o.status).toBe('rejected');
        }
        expect(await countElsewhere('sqlite', url, [...ids, ...lateIds])).toBe(present.size);
      }),
      { numRuns: 40 },
    );
  });

  it('a write refused for want of space fails its own transaction only; the store takes writes again', async () => {
    // The file may not grow: some write of the group is refused with SQLITE_FULL.
    const { page_count } = (await sql<{ page_count: number }>`pragma page_count`.execute(store.db)).rows[0]!;
    await sql.raw(`pragma max_page_count = ${page_count + 2}`).execute(store.db);
    const ids = Array.from({ length: 2 * GROUP_MAX_MEMBERS }, (_, i) => `full${i}_${'x'.repeat(400)}`);
    let outcomes: PromiseSettledResult<number>[];
    try {
      outcomes = await Promise.allSettled(ids.map((id) => step(store, id, false)));
    } finally {
      await sql.raw('pragma max_page_count = 1073741823').execute(store.db);
    }
    expect(outcomes.some((o) => o.status === 'rejected')).toBe(true);
    const present = new Set((await store.db.selectFrom('objects').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
    for (const [i, o] of outcomes.entries()) expect(present.has(ids[i]!)).toBe(o.status === 'fulfilled');
    await step(store, 'after-full', false);
    expect(await countElsewhere('sqlite', url, ['after-full'])).toBe(1);
  });
});
