import { DomainError } from '../domain/errors.js';
import type { OperationStatus } from '../domain/enums.js';
import { pageOf } from '../domain/paging.js';
import { batchesOfTenant, getBatch, itemsOf, type Batch, type BatchItem } from '../store/batches.js';
import type { BatchOperationType } from '../store/schema.js';
import type { Caller, Services } from '../services.js';

/** archgate extension: a recorded batch read back, with its items as they stand now. */
export interface StoredBatch {
  batch: Batch;
  items: BatchItem[] | null;
}

/** archgate extension: one batch of the tenant, scheduled ones included. */
export async function showBatch(s: Services, caller: Caller, groupId: string): Promise<StoredBatch> {
  const batch = await getBatch(s.store.db, groupId, { tenant: caller.tenant });
  if (!batch) throw new DomainError('BATCH_NOT_FOUND', { id: groupId });
  return { batch, items: await itemsOf(s.store.db, batch.group_id) };
}

export interface ListBatchesInput {
  operation_type?: BatchOperationType;
  operation_status?: OperationStatus;
  create_by?: string;
  limit?: number;
  offset?: number;
}

/** archgate extension: the tenant's batches, newest first, without their items. */
export async function listBatches(s: Services, caller: Caller, q: ListBatchesInput): Promise<{ total: number; records: StoredBatch[] }> {
  const { limit, offset } = pageOf(q);
  const page = await batchesOfTenant(s.store.db, caller.tenant, {
    operationType: q.operation_type,
    operationStatus: q.operation_status,
    createBy: q.create_by,
    limit,
    offset,
  });
  return { total: page.total, records: page.records.map((batch) => ({ batch, items: null })) };
}
