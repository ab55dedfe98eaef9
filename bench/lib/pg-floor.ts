import pg from 'pg';
import type { ObjectRow } from '../../src/store/objects.js';
import { BATCH_COLS, ITEM_COLS, floorRows, type FloorInput } from './floor.js';
import { APPROVAL_COLS } from './raw-sqlite.js';

const INTEGER_COLS = new Set(['biz_version', 'is_edit', 'seq', 'total', 'success', 'failed', 'dev_version', 'prod_version']);
const UPDATE_COLS = [
  'id',
  'status',
  'env_type',
  'dev_version',
  'prod_version',
  'biz_version',
  'prior_status',
  'update_time',
  'update_by',
] as const;

/** `$n::type[]` for each column, from `first`, and the rows as one array per column. */
function arrays(cols: readonly string[], rows: readonly Record<string, unknown>[], first = 1) {
  const casts = cols.map((c, i) => `$${first + i}::${INTEGER_COLS.has(c) ? 'integer' : 'text'}[]`);
  const values = cols.map((c) => rows.map((r) => r[c] ?? null));
  return { casts: casts.join(', '), values };
}

/**
 * sqliteFloor on PostgreSQL: the same rows (10,000 object updates, 10,000 applications, a batch and its
 * 10,000 items) written raw in one transaction by the fastest means PostgreSQL offers without an extension:
 * one statement per table, each row set sent as one array per column and unnested server-side. Durable as
 * archgate is (synchronous_commit on). The rows are built before the clock starts; the figure is begin to
 * commit, in ms. `url` is the database archgate uses, with its node idle.
 */
export async function pgFloor(url: string, f: Omit<FloorInput, 'path'>): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const raw = await client.query<ObjectRow & { refs: string; biz_info: string }>('select * from objects where id = any($1::text[])', [
      f.objectIds,
    ]);
    if (raw.rows.length !== f.objectIds.length) throw new Error(`pg floor: found ${raw.rows.length} of ${f.objectIds.length} objects`);
    const objects = raw.rows.map((r) => ({ ...r, refs: JSON.parse(r.refs), biz_info: JSON.parse(r.biz_info) }) as ObjectRow);
    const { updates, approvals, items, batch } = floorRows(f, objects);
    const u = arrays(UPDATE_COLS, updates as unknown as Record<string, unknown>[]);
    const a = arrays(APPROVAL_COLS, approvals as unknown as Record<string, unknown>[]);
    const it = arrays(ITEM_COLS, items as unknown as Record<string, unknown>[]);
    const setCols = UPDATE_COLS.filter((c) => c !== 'id');
    const update = `update objects o set ${setCols.map((c) => `${c} = v.${c}`).join(', ')}
      from unnest(${u.casts}) as v(${UPDATE_COLS.join(', ')}) where o.id = v.id`;
    const insertApprovals = `insert into approvals (${APPROVAL_COLS.join(', ')}) select * from unnest(${a.casts})`;
    const insertItems = `insert into batch_items (${ITEM_COLS.join(', ')}) select * from unnest(${it.casts})`;
    const insertBatch = `insert into batches (${BATCH_COLS.join(', ')}) values (${BATCH_COLS.map((_, i) => `$${i + 1}`).join(', ')})`;
    const batchValues = BATCH_COLS.map((c) => (batch as Record<string, unknown>)[c] ?? null);

    const t0 = performance.now();
    await client.query('begin');
    try {
      await client.query(update, u.values);
      await client.query(insertApprovals, a.values);
      await client.query(insertBatch, batchValues);
      await client.query(insertItems, it.values);
      await client.query('commit');
    } catch (err) {
      await client.query('rollback').catch(() => {});
      throw err;
    }
    return performance.now() - t0;
  } finally {
    await client.end();
  }
}
