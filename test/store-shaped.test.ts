import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../src/store/db.js';
import { getEdits, getObjects, insertObjects } from '../src/store/objects.js';
import { pendingObjects } from '../src/store/approvals.js';
import { insertOne } from '../src/store/bulk.js';
import { runShaped, writeShaped } from '../src/store/shaped.js';
import { objectRow } from './helpers/object-row.js';
import { ENGINES, freshDbUrl } from './helpers/server.js';

const T = { projectId: 'p', workspaceId: 'w' };
const IDS = Array.from({ length: 24 }, (_, i) => `s${String(i).padStart(2, '0')}`);

// store/shaped.ts keeps a statement's SQL text per shape and binds later calls' parameters to it: each
// later call must get exactly what Kysely would have built for it, and a caller whose parameters are not
// the ones its builder binds must fail on the shape's first call.
describe.each(ENGINES)('statements compiled once per shape (%s)', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await freshDbUrl(engine));
    await store.db.transaction().execute((tx) =>
      insertObjects(
        tx,
        IDS.map((id, i) => objectRow(id, { status: i % 2 ? 'PUBLISHED' : 'DRAFT', name_en: `n${i}` })),
      ),
    );
  });
  afterAll(async () => {
    await store.close();
  });

  it('reads by id, of any count and in any order, answer what the builder answers for the same ids', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom(...IDS), fc.constant('absent')), { minLength: 1, maxLength: 12 }), async (ids) => {
        const got = await getObjects(store.db, T, ids, false);
        const want = await store.db.selectFrom('objects').selectAll().where('id', 'in', ids).orderBy('id').execute();
        expect([...got.keys()]).toEqual(want.map((r) => r.id));
        expect([...got.values()].map((r) => r.name_en)).toEqual(want.map((r) => r.name_en));
        expect((await getEdits(store.db, ids)).size).toBe(0);
        expect(await pendingObjects(store.db, ids)).toEqual(new Set());
      }),
      { numRuns: 60 },
    );
  });

  it('a later call of a shape binds its own parameters, not the first call’s', async () => {
    const byName = (name: string) =>
      runShaped(store.db, 'test: object by name', [name], () => store.db.selectFrom('objects').select('id').where('name_en', '=', name));
    expect(await byName('n3')).toEqual([{ id: 's03' }]);
    expect(await byName('n7')).toEqual([{ id: 's07' }]);
    expect(await byName('none')).toEqual([]);
  });

  it('a caller whose parameters are not those its builder binds fails on the first call of the shape', async () => {
    const q = () => store.db.selectFrom('objects').selectAll().where('workspace_id', '=', 'w').where('project_id', '=', 'p');
    await expect(runShaped(store.db, 'test: swapped', ['p', 'w'], q)).rejects.toThrow(/binds other parameters than its caller gives/);
    await expect(runShaped(store.db, 'test: one missing', ['w'], q)).rejects.toThrow(/binds other parameters/);
    await expect(
      writeShaped(store.db, 'test: write', ['x'], () => store.db.updateTable('objects').set({ name_en: 'y' }).where('id', '=', 'z')),
    ).rejects.toThrow(/binds other parameters/);
    // Nothing was written by the refused write.
    expect(await store.db.selectFrom('objects').select('id').where('name_en', '=', 'y').execute()).toEqual([]);
  });

  it('two statements of different SQL under one shape fail (the tests check every call, not only the first)', async () => {
    const q = (share: boolean) => () =>
      store.db
        .selectFrom('objects')
        .selectAll()
        .where('id', '=', 's01')
        .$if(share, (b) => b.forShare());
    await runShaped(store.db, 'test: lock left out of the key', ['s01'], q(false));
    // SQLite drops row locks, so only PostgreSQL's texts differ.
    const second = runShaped(store.db, 'test: lock left out of the key', ['s01'], q(true));
    if (engine === 'postgres') await expect(second).rejects.toThrow(/two statements of different SQL share the shape/);
    else await expect(second).resolves.toHaveLength(1);
  });

  it('insertOne leaves out undefined columns as Kysely does, and rows with other columns get statements of their own', async () => {
    const batch = (group_id: string) => ({
      group_id,
      project_id: 'p',
      workspace_id: 'w',
      operation_type: 'OFFLINE' as const,
      operation_status: 'SUCCESS' as const,
      create_by: 'a',
      total: 1,
      success: 1,
      failed: 0,
      create_time: '2026-12-01T00:00:00.000Z',
    });
    await store.db.transaction().execute(async (tx) => {
      await insertOne(tx, 'batches', { ...batch('g1'), run_at: undefined, request: undefined });
      await insertOne(tx, 'batches', { ...batch('g2'), run_at: '2026-12-02T00:00:00.000Z', request: null });
      await insertOne(tx, 'batches', { ...batch('g3'), run_at: undefined, request: '{"a":1}' });
    });
    const rows = await store.db
      .selectFrom('batches')
      .select(['group_id', 'run_at', 'request'])
      .where('group_id', 'in', ['g1', 'g2', 'g3'])
      .orderBy('group_id')
      .execute();
    expect(rows).toEqual([
      { group_id: 'g1', run_at: null, request: null },
      { group_id: 'g2', run_at: '2026-12-02T00:00:00.000Z', request: null },
      { group_id: 'g3', run_at: null, request: '{"a":1}' },
    ]);
  });
});
