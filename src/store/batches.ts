import type { Tx } from './db.js';
import { insertMany } from './bulk.js';
import type { OperationStatus } from '../domain/enums.js';
import type { BatchItemRow, BatchOperationType, BatchRow, NewBatch, NewBatchItem } from './schema.js';
import type { Tenant } from './tenant.js';

/** The record of each batch operation and its per-item results, so a batch can be read back later. */
export async function insertBatch(tx: Tx, batch: NewBatch, items: readonly NewBatchItem[]) {
  await tx.insertInto('batches').values(batch).execute();
  await insertMany(tx, 'batch_items', items, 200);
}

/** `lock`: FOR UPDATE, for a writer that acts on the batch's status. */
export async function getBatch(tx: Tx, groupId: string, t?: Tenant, lock = false) {
  let q = tx.selectFrom('batches').selectAll().where('group_id', '=', groupId);
  if (t) q = q.where('workspace_id', '=', t.workspaceId).where('project_id', '=', t.projectId);
  return q.$if(lock, (qb) => qb.forUpdate()).executeTakeFirst();
}

export async function itemsOf(tx: Tx, groupId: string) {
  return tx.selectFrom('batch_items').selectAll().where('group_id', '=', groupId).orderBy('seq').execute();
}

export async function updateItem(tx: Tx, id: string, set: Pick<BatchItemRow, 'operation_status' | 'remark'>) {
  await tx.updateTable('batch_items').set(set).where('id', '=', id).execute();
}

export async function updateBatch(tx: Tx, groupId: string, set: Pick<BatchRow, 'operation_status' | 'success' | 'failed'>) {
  await tx.updateTable('batches').set(set).where('group_id', '=', groupId).execute();
}

/** The groups of these applications whose scheduled batch has not run yet. */
export async function scheduledGroups(tx: Tx, groupIds: readonly string[]): Promise<Set<string>> {
  if (groupIds.length === 0) return new Set();
  const rows = await tx.selectFrom('batches').select('group_id')
    .where('group_id', 'in', [...groupIds]).where('operation_status', '=', 'RUNNING').execute();
  return new Set(rows.map((r) => r.group_id));
}

export interface BatchFilter { operationType?: BatchOperationType; operationStatus?: OperationStatus; createBy?: string; limit: number; offset: number }

export async function listBatches(tx: Tx, t: Tenant, f: BatchFilter) {
  let q = tx.selectFrom('batches').where('workspace_id', '=', t.workspaceId).where('project_id', '=', t.projectId);
  if (f.operationType) q = q.where('operation_type', '=', f.operationType);
  if (f.operationStatus) q = q.where('operation_status', '=', f.operationStatus);
  if (f.createBy) q = q.where('create_by', '=', f.createBy);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const records = await q.selectAll().orderBy('create_time', 'desc').orderBy('group_id', 'desc').limit(f.limit).offset(f.offset).execute();
  return { total: Number(total.n), records };
}
