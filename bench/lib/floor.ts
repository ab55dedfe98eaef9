import { Snowflake } from '../../src/domain/ids.js';
import { placeApproved } from '../../src/domain/plans.js';
import { levelsOf, snapshotOf } from '../../src/usecases/snapshot.js';
import type { ObjectRow } from '../../src/store/objects.js';

type StoredObject = Omit<ObjectRow, 'refs' | 'biz_info'> & { refs: string; biz_info: string };
import { APPROVAL_COLS, insertRows, insertSql, openRawSqlite } from './raw-sqlite.js';

export interface FloorInput {
  /** The SQLite file archgate created, bootstrapped and used (no server may be writing to it). */
  path: string;
  projectId: string;
  workspaceId: string;
  adminId: string;
  /** 10,000 object ids of the bootstrap tenant. */
  objectIds: readonly string[];
}

export const ITEM_COLS = ['id', 'group_id', 'seq', 'biz_id', 'biz_name', 'operation_status', 'remark', 'biz_info', 'biz_type'] as const;
export const BATCH_COLS = [
  'group_id',
  'project_id',
  'workspace_id',
  'operation_type',
  'operation_status',
  'create_by',
  'total',
  'success',
  'failed',
  'create_time',
  'run_at',
  'request',
] as const;

/** The rows of the floor transaction, built from the objects as read (before any clock starts). */
export function floorRows(f: Omit<FloorInput, 'path' | 'objectIds'>, objects: readonly ObjectRow[]) {
  const ids = new Snowflake(1023);
  const now = new Date().toISOString();
  const groupId = ids.next();
  const updates = objects.map((o) => {
    const placed = placeApproved('OFFLINE', { ...o, status: 'PUBLISHED', edit: null }, 'simple', new Set());
    return { ...placed, prior_status: null, update_time: now, update_by: 'admin', id: o.id };
  });
  const approvals = objects.map((o) => {
    const snapshot = snapshotOf({ ...o, status: 'PUBLISHED' });
    return {
      id: ids.next(),
      project_id: f.projectId,
      workspace_id: f.workspaceId,
      group_id: groupId,
      biz_id: o.id,
      biz_type: o.biz_type,
      name_en: o.name_en,
      name_ch: o.name_ch,
      biz_info: JSON.stringify(snapshot),
      biz_version: o.biz_version,
      biz_status: 'OFFLINE',
      approval_status: 'APPROVED',
      approval_type: 'OFFLINE',
      submit_time: now,
      create_by: 'admin',
      create_by_id: f.adminId,
      approval_time: now,
      approver: 'admin',
      approver_user_id: f.adminId,
      email: null,
      msg: 'Fast Approval OK.',
      env_type: null,
      is_edit: 0,
      ...levelsOf(snapshot),
    };
  });
  const items = objects.map((o, seq) => ({
    id: ids.next(),
    group_id: groupId,
    seq,
    biz_id: o.id,
    biz_name: o.name_en,
    operation_status: 'SUCCESS',
    remark: 'PASSED',
    biz_info: '{}',
    biz_type: o.biz_type,
  }));
  const batch = {
    group_id: groupId,
    project_id: f.projectId,
    workspace_id: f.workspaceId,
    operation_type: 'OFFLINE',
    operation_status: 'SUCCESS',
    create_by: 'admin',
    total: items.length,
    success: items.length,
    failed: 0,
    create_time: now,
    run_at: null,
    request: null,
  };
  return { updates, approvals, items, batch };
}

/**
 * The floor of a 10,000-item fast batch-offline: the same rows written by raw better-sqlite3, on the same
 * file with archgate's durability (WAL, foreign_keys, BEGIN IMMEDIATE, and synchronous=FULL: the WAL fsync
 * at commit that archgate's driver does itself), in one transaction: 10,000 object updates (the columns
 * archgate's fast offline sets), 10,000 application rows shaped as submit-batch writes them, one batch row and 10,000 batch items
 * (the inserts in statements of 64 rows, as archgate's). The rows are built before the
 * clock starts; the figure is the transaction alone (begin to commit, fsync included), in ms.
 */
export function sqliteFloor(f: FloorInput): number {
  const db = openRawSqlite(f.path, { synchronous: 'FULL', foreignKeys: true });
  try {
    // The raw rows hold refs and biz_info as text; the store's readers parse them, and so does this.
    const raw = db
      .prepare(`select * from objects where id in (select value from json_each(?))`)
      .all(JSON.stringify(f.objectIds)) as StoredObject[];
    const objects: ObjectRow[] = raw.map((r) => ({ ...r, refs: JSON.parse(r.refs), biz_info: JSON.parse(r.biz_info) }));
    if (objects.length !== f.objectIds.length) throw new Error(`floor: found ${objects.length} of ${f.objectIds.length} objects`);
    const { updates, approvals, items, batch } = floorRows(f, objects);
    const update = db.prepare(`update objects set status = @status, env_type = @env_type, dev_version = @dev_version,
      prod_version = @prod_version, biz_version = @biz_version, prior_status = @prior_status, update_time = @update_time,
      update_by = @update_by where id = @id`);
    const insertBatch = db.prepare(insertSql('batches', BATCH_COLS));

    const t0 = performance.now();
    db.exec('begin immediate');
    try {
      for (const u of updates) update.run(u);
      // In statements of 64 rows, as archgate writes them: FTS5 (the applications' search triggers) writes out
      // what it holds at every statement, and a statement per row cost 2.8 times as much.
      insertRows(db, 'approvals', APPROVAL_COLS, approvals);
      insertBatch.run(batch);
      insertRows(db, 'batch_items', ITEM_COLS, items);
      db.exec('commit');
    } catch (err) {
      db.exec('rollback');
      throw err;
    }
    return performance.now() - t0;
  } finally {
    db.close();
  }
}
