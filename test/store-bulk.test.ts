import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../src/store/db.js';
import { insertObjects, updateObjects } from '../src/store/objects.js';
import { insertMany } from '../src/store/bulk.js';
import { objectRow, FIXTURE_TIME } from './helpers/object-row.js';
import { ENGINES, freshDbUrl } from './helpers/server.js';

const now = FIXTURE_TIME;
const row = (id: string) => objectRow(id);

describe.each(ENGINES)('bulk writes of large batches (%s)', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await freshDbUrl(engine));
  });
  afterAll(async () => {
    await store.close();
  });

  it('updateObjects applies every update: shared shapes in bulk, a lone one, and edge-moving ones one by one', async () => {
    const ids = Array.from({ length: 2500 }, (_, i) => `o${String(i).padStart(5, '0')}`);
    await insertObjects(store.db, ids.map(row));
    await store.db.transaction().execute((tx) =>
      updateObjects(tx, [
        // 2,400 of one shape: more than one chunk on PostgreSQL.
        ...ids
          .slice(0, 2400)
          .map((id, i) => ({ id, set: { status: 'PUBLISHED' as const, biz_version: i, env_type: null, update_time: `t${i}` } })),
        // 99 of another shape, with a null and an integer.
        ...ids.slice(2400, 2499).map((id) => ({ id, set: { status: 'OFFLINE' as const, prior_status: null, prod_version: 7 } })),
        // One that moves its parent: its edge follows.
        { id: ids[2499]!, set: { parent_id: ids[0]!, status: 'PUBLISHED' as const } },
      ]),
    );
    const rows = new Map((await store.db.selectFrom('objects').selectAll().execute()).map((r) => [r.id, r]));
    for (const [i, id] of ids.slice(0, 2400).entries()) {
      expect(rows.get(id)).toMatchObject({ status: 'PUBLISHED', biz_version: i, env_type: null, update_time: `t${i}`, prod_version: 0 });
    }
    for (const id of ids.slice(2400, 2499))
      expect(rows.get(id)).toMatchObject({ status: 'OFFLINE', prod_version: 7, biz_version: 0, update_time: now });
    expect(rows.get(ids[2499]!)).toMatchObject({ status: 'PUBLISHED', parent_id: ids[0] });
    const edges = await store.db.selectFrom('object_edges').selectAll().where('src', '=', ids[2499]!).execute();
    expect(edges.map((e) => e.dst)).toEqual([ids[0]]);
  });

  it('insertMany writes every row of a large insert, and one row alone', async () => {
    const items = Array.from({ length: 1500 }, (_, seq) => ({
      id: `i${seq}`,
      group_id: 'g1',
      seq,
      biz_id: `b${seq}`,
      biz_name: seq % 2 ? null : `n${seq}`,
      biz_type: 'TABLE_MODEL' as const,
      operation_status: 'SUCCESS' as const,
      remark: 'PASSED',
      biz_info: '{}',
    }));
    await store.db.transaction().execute(async (tx) => {
      await insertMany(tx, 'batch_items', items, 200);
      await insertMany(tx, 'batch_items', [{ ...items[0]!, id: 'alone', group_id: 'g2' }], 200);
    });
    const got = await store.db.selectFrom('batch_items').selectAll().where('group_id', '=', 'g1').orderBy('seq').execute();
    expect(got).toHaveLength(1500);
    expect(got.map((g) => ({ ...g }))).toEqual(items);
    expect(await store.db.selectFrom('batch_items').select('id').where('group_id', '=', 'g2').execute()).toEqual([{ id: 'alone' }]);
  });

  it('a failure inside the transaction leaves none of the bulk rows', async () => {
    const items = Array.from({ length: 300 }, (_, seq) => ({
      id: `r${seq}`,
      group_id: 'g3',
      seq,
      biz_id: null,
      biz_name: null,
      biz_type: null,
      operation_status: 'SUCCESS' as const,
      remark: '',
      biz_info: '{}',
    }));
    await expect(
      store.db.transaction().execute(async (tx) => {
        await insertMany(tx, 'batch_items', items, 200);
        await insertMany(tx, 'batch_items', [items[0]!], 200); // duplicate primary key
      }),
    ).rejects.toThrow();
    expect(await store.db.selectFrom('batch_items').select('id').where('group_id', '=', 'g3').execute()).toEqual([]);
  });
});
