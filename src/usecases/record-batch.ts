import type { BizType } from '../domain/enums.js';
import { summarize, type ItemResult } from '../domain/batch-result.js';
import { insertBatch, type ScheduledRequest } from '../store/batches.js';
import type { Tx } from '../store/db.js';
import type { BatchOperationType } from '../store/schema.js';
import type { Caller } from '../services.js';

/** What a batch operation answers (BatchOperationVO, docs/API.md §4.3): one result per item. */
export interface BatchOutcome {
  groupId: string;
  operationType: BatchOperationType;
  createBy: string;
  items: RecordedItem[];
}

/** An item's result, with the type of its object where the operation knows it (a decision does not record it). */
export type RecordedItem = ItemResult & {
  biz_type?: BizType;
  /** For the audit: what the item touched, when not its object (a decision's application), and its status before and after. */
  target?: string;
  before?: string;
  after?: string;
};

export interface BatchRecord {
  groupId: string;
  type: BatchOperationType;
  nowIso: string;
  items: RecordedItem[];
  /** A scheduled batch: when it runs, and what it runs as. */
  schedule?: { runAt: string; request: ScheduledRequest };
}

/** Records a batch and its items, so that it can be read back later, and answers its outcome. */
export async function recordBatch(tx: Tx, caller: Caller, batch: BatchRecord): Promise<BatchOutcome> {
  const { groupId, type, items } = batch;
  const sum = summarize(items);
  await insertBatch(
    tx,
    {
      group_id: groupId,
      project_id: caller.tenant.projectId,
      workspace_id: caller.tenant.workspaceId,
      operation_type: type,
      operation_status: sum.operation_status,
      create_by: caller.userName,
      total: sum.total,
      success: sum.success,
      failed: sum.failed,
      create_time: batch.nowIso,
      run_at: batch.schedule?.runAt ?? null,
      request: batch.schedule?.request ?? null,
    },
    items.map((it, seq) => ({
      id: it.id,
      group_id: groupId,
      seq,
      biz_id: it.biz_id,
      biz_name: it.biz_name,
      biz_type: it.biz_type ?? null,
      operation_status: it.operation_status,
      remark: it.remark,
      biz_info: {},
    })),
  );
  return { groupId, operationType: type, createBy: caller.userName, items };
}
