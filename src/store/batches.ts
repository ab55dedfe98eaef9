import type { Tx } from './db.js';
import { BULK_ROWS, insertMany, insertOne } from './bulk.js';
import type { OperationStatus } from '../domain/enums.js';
import type { BatchItemRow, BatchOperationType, BatchRow, NewBatch, NewBatchItem } from './schema.js';
import { parseStoredObject } from './json.js';
import type { Tenant } from './tenant.js';

/**
 * The record of each batch operation and its per-item results, so a batch can be read back later. Two
 * JSON columns, parsed here as they are read and serialised here as they are written: a scheduled
 * batch's request, and each item's biz_info.
 */

/** What a scheduled batch keeps of its request, to run it later as its submitter. */
export interface ScheduledRequest {
  fast: boolean;
  callerId: string;
  callerName: string;
}

export type Batch = Omit<BatchRow, 'request'> & { request: ScheduledRequest | null };
export type NewBatchRecord = Omit<NewBatch, 'request'> & { request: ScheduledRequest | null };
export type BatchItem = Omit<BatchItemRow, 'biz_info'> & { biz_info: Record<string, unknown> };
export type NewBatchItemRecord = Omit<NewBatchItem, 'biz_info'> & { biz_info: Record<string, unknown> };

function parsedBatch(r: BatchRow): Batch {
  // Written by insertBatch below, from a ScheduledRequest.
  const request: ScheduledRequest | null = r.request === null ? null : JSON.parse(r.request);
  return { ...r, request };
}

const parsedItem = (r: BatchItemRow): BatchItem => ({ ...r, biz_info: parseStoredObject(r.biz_info) });

export async function insertBatch(tx: Tx, batch: NewBatchRecord, items: readonly NewBatchItemRecord[]) {
  await insertOne(tx, 'batches', { ...batch, request: batch.request && JSON.stringify(batch.request) });
  await insertMany(
    tx,
    'batch_items',
    items.map((it) => ({ ...it, biz_info: JSON.stringify(it.biz_info) })),
    BULK_ROWS,
  );
}

/** `tenant`: only a batch of this tenant; `lock`: FOR UPDATE, for a writer that acts on the batch's status. */
export async function getBatch(tx: Tx, groupId: string, opts: { tenant?: Tenant; lock?: boolean } = {}): Promise<Batch | undefined> {
  const t = opts.tenant;
  const row = await tx
    .selectFrom('batches')
    .selectAll()
    .where('group_id', '=', groupId)
    .$if(t !== undefined, (q) => q.where('workspace_id', '=', t!.workspaceId).where('project_id', '=', t!.projectId))
    .$if(opts.lock === true, (q) => q.forUpdate())
    .executeTakeFirst();
  return row && parsedBatch(row);
}

export async function itemsOf(tx: Tx, groupId: string): Promise<BatchItem[]> {
  const rows = await tx.selectFrom('batch_items').selectAll().where('group_id', '=', groupId).orderBy('seq').execute();
  return rows.map(parsedItem);
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
  const rows = await tx
    .selectFrom('batches')
    .select('group_id')
    .where('group_id', 'in', [...groupIds])
    .where('operation_status', '=', 'RUNNING')
    .execute();
  return new Set(rows.map((r) => r.group_id));
}

export interface BatchFilter {
  operationType?: BatchOperationType;
  operationStatus?: OperationStatus;
  createBy?: string;
  limit: number;
  offset: number;
}

export async function batchesOfTenant(tx: Tx, t: Tenant, f: BatchFilter): Promise<{ total: number; records: Batch[] }> {
  let q = tx.selectFrom('batches').where('workspace_id', '=', t.workspaceId).where('project_id', '=', t.projectId);
  if (f.operationType) q = q.where('operation_type', '=', f.operationType);
  if (f.operationStatus) q = q.where('operation_status', '=', f.operationStatus);
  if (f.createBy) q = q.where('create_by', '=', f.createBy);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const records = await q.selectAll().orderBy('create_time', 'desc').orderBy('group_id', 'desc').limit(f.limit).offset(f.offset).execute();
  return { total: Number(total.n), records: records.map(parsedBatch) };
}
