import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../src/store/db.js';
import { getEdits, getObjects, insertObjects, updateObjects } from '../src/store/objects.js';
import { insertMany } from '../src/store/bulk.js';
import { objectRow } from './helpers/object-row.js';
import { ENGINES, freshDbUrl } from './helpers/server.js';

// Values that a bulk write carries through an encoding of its own (one JSON parameter on PostgreSQL):
// each must come back as written, text as text and null as null.
const AWKWARD = [
  `it's "quoted"`,
  'back\\slash \\u0041 \\n',
  'null',
  '{"looks": ["like", "json"]}',
  '[1,2]',
  '123',
  'true',
  '',
  ' spaces ',
  '数据模型 表',
  'emoji 🧪 and \u2028 separator',
  'tab\tnew\nline',
  '%_ like chars',
];

describe.each(ENGINES)('bulk writes keep every value as written (%s)', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await freshDbUrl(engine));
  });
  afterAll(async () => {
    await store.close();
  });

  it('insertMany and updateObjects round-trip awkward text, nulls and integers; bulk reads find every id', async () => {
    const items = AWKWARD.map((text, seq) => ({
      id: `v${seq}`,
      group_id: 'gv',
      seq,
      biz_id: seq % 3 === 0 ? null : text,
      biz_name: text,
      biz_type: null,
      operation_status: 'FAILED' as const,
      remark: text,
      biz_info: text,
    }));
    await store.db.transaction().execute((tx) => insertMany(tx, 'batch_items', items, 5));
    const got = await store.db.selectFrom('batch_items').selectAll().where('group_id', '=', 'gv').orderBy('seq').execute();
    expect(got.map((g) => ({ ...g }))).toEqual(items);

    const ids = AWKWARD.map((_, i) => `w${String(i).padStart(3, '0')}`);
    await insertObjects(
      store.db,
      ids.map((id) => objectRow(id)),
    );
    await store.db.transaction().execute((tx) =>
      updateObjects(
        tx,
        ids.map((id, i) => ({
          id,
          set: { name_en: AWKWARD[i]!, description: i % 2 ? null : AWKWARD[i]!, biz_version: 1000 + i, update_by: AWKWARD[i]! },
        })),
      ),
    );
    const tenant = { projectId: 'p', workspaceId: 'w' };
    const read = await store.db.transaction().execute((tx) => getObjects(tx, tenant, [...ids, 'missing'], false));
    expect([...read.keys()].sort()).toEqual(ids);
    for (const [i, id] of ids.entries())
      expect(read.get(id)).toMatchObject({
        name_en: AWKWARD[i],
        description: i % 2 ? null : AWKWARD[i],
        biz_version: 1000 + i,
        update_by: AWKWARD[i],
      });
    expect((await getEdits(store.db, ids)).size).toBe(0);
  });
});
