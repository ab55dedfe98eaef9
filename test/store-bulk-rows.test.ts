import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMany } from '../src/store/bulk.js';
import { openStore, type Store } from '../src/store/db.js';
import { insertObjects } from '../src/store/objects.js';
import { objectRow } from './helpers/object-row.js';
import { ENGINES, freshDbUrl } from './helpers/server.js';

/**
 * insertMany writes SQLite rows in multi-row statements of 64, then 32, 16, … 1 rows (store/bulk.ts): every
 * row count takes another mix of them. Whatever the count, every row is written once, in its columns, and the
 * search triggers of the tables written in bulk see every row.
 */
describe.each(ENGINES)('bulk inserts of any size (%s)', (engine) => {
  let store: Store;
  let group = 0;
  beforeAll(async () => {
    store = await openStore(await freshDbUrl(engine));
  });
  afterAll(async () => {
    await store.close();
  });

  it('write every row of any count, a column a row leaves out as null (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ name: fc.option(fc.string({ maxLength: 8 })), withBiz: fc.boolean() }), { maxLength: 300 }),
        async (specs) => {
          const g = `g${group++}`;
          const rows = specs.map((s, seq) => ({
            id: `${g}-${seq}`,
            group_id: g,
            seq,
            ...(s.withBiz ? { biz_id: `b${seq}` } : {}),
            biz_name: s.name,
            biz_type: null,
            operation_status: 'SUCCESS' as const,
            remark: `r${seq}`,
            biz_info: '{}',
          }));
          await store.db.transaction().execute((tx) => insertMany(tx, 'batch_items', rows, 100));
          const got = await store.db.selectFrom('batch_items').selectAll().where('group_id', '=', g).orderBy('seq').execute();
          expect(got.map((r) => ({ ...r }))).toEqual(rows.map((r) => ({ biz_id: null, ...r })));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the search index takes in every object of a bulk insert of any count (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 260 }), async (n) => {
        const g = `set${group++}x`;
        const ids = Array.from({ length: n }, (_, i) => `${g}_${String(i).padStart(3, '0')}`);
        await store.db.transaction().execute((tx) =>
          insertObjects(
            tx,
            ids.map((id) => objectRow(id, { name_en: `Obj_${id}` })),
          ),
        );
        // Every object's search row, and its name indexed: a match on the set's own name finds all of them.
        const table = sql.table('object_search');
        const matched =
          engine === 'sqlite'
            ? await sql<{ id: string }>`select s.id from object_search s join object_search_fts f on f.rowid = s.doc
                where object_search_fts match ${`name_en : "${g.toLowerCase()}"`}`.execute(store.db)
            : await sql<{ id: string }>`select id from ${table} where name_en like ${`%${g.toLowerCase()}%`}`.execute(store.db);
        expect(matched.rows.map((r) => r.id).sort()).toEqual(ids);
      }),
      { numRuns: 25 },
    );
  });
});
