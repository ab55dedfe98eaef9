import { rateOf, summarize, type BatchSummary } from '../domain/batch-result.js';
import { tenantId } from '../store/tenant.js';
import type { StoredBatch } from '../usecases/batches.js';
import type { BatchOutcome } from '../usecases/record-batch.js';
import type { Tenant } from '../store/tenant.js';
import type { BatchOperationItemVO, BatchOperationVO } from './wire/batch.js';

/** BatchOperationVO (docs/API.md §4.3): the batch at the top level (id null), one child per item in `groups`. */

interface Head {
  tenantId: string;
  groupId: string;
  operationType: string;
  createBy: string;
  summary: BatchSummary;
  logs: string | null;
}
type ItemFields = Pick<BatchOperationItemVO, 'id' | 'biz_name' | 'biz_id' | 'operation_status' | 'biz_info' | 'remark'>;

function batchVO(h: Head, items: ItemFields[] | null): BatchOperationVO {
  const { summary } = h;
  return {
    id: null,
    tenant_id: h.tenantId,
    group_id: h.groupId,
    biz_name: null,
    biz_id: null,
    operation_status: summary.operation_status,
    operation_type: h.operationType,
    biz_info: null,
    create_by: h.createBy,
    remark: null,
    total: summary.total,
    success: summary.success,
    failed: summary.failed,
    rate: summary.rate,
    logs: h.logs,
    groups:
      items === null
        ? null
        : items.map((it) => ({
            id: it.id,
            tenant_id: h.tenantId,
            group_id: h.groupId,
            biz_name: it.biz_name,
            biz_id: it.biz_id,
            operation_status: it.operation_status,
            operation_type: h.operationType,
            biz_info: it.biz_info,
            create_by: h.createBy,
            remark: it.remark,
            total: 0,
            success: 0,
            failed: 0,
            rate: null,
            logs: null,
            groups: null,
          })),
  };
}

/** The answer of a batch operation just run: its items' remarks as they are. */
export function toBatchVO(t: Tenant, b: BatchOutcome): BatchOperationVO {
  const head = {
    tenantId: tenantId(t),
    groupId: b.groupId,
    operationType: b.operationType,
    createBy: b.createBy,
    summary: summarize(b.items),
    logs: null,
  };
  return batchVO(
    head,
    b.items.map((it) => ({ ...it, biz_info: '{}' })),
  );
}

/** A recorded batch as the BatchOperationVO its request answered, with the items' current state. */
export function toStoredBatchVO({ batch: b, items }: StoredBatch): BatchOperationVO {
  const summary = { operation_status: b.operation_status, total: b.total, success: b.success, failed: b.failed, rate: rateOf(b) };
  const head = {
    tenantId: tenantId({ projectId: b.project_id, workspaceId: b.workspace_id }),
    groupId: b.group_id,
    operationType: b.operation_type,
    createBy: b.create_by,
    summary,
    logs: b.run_at ? `scheduled for ${b.run_at}` : null,
  };
  const groups =
    items === null
      ? null
      : items.map((it) => ({ ...it, biz_info: JSON.stringify(it.biz_info), remark: it.remark === '' ? null : it.remark }));
  return batchVO(head, groups);
}
