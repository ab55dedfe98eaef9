import type { Transaction } from 'kysely';
import type { ApprovalType } from '../domain/enums.js';
import type { WorkspaceMode } from '../domain/environments.js';
import { requestedEnvs } from '../domain/environments.js';
import { REMARKS, remarkText } from '../domain/lifecycle.js';
import { summarize } from '../domain/batch-result.js';
import { isoUtc } from '../domain/time.js';
import { approvalsOfGroup, pendingObjects, updateApproval } from '../store/approvals.js';
import { getBatch, itemsOf, updateBatch, updateItem } from '../store/batches.js';
import { getWorkspace } from '../store/identity.js';
import { getEdits, getObjects } from '../store/objects.js';
import type { DB } from '../store/schema.js';
import type { Services } from '../services.js';
import { levelsOf, snapshotOf } from './snapshot.js';
import { FAST_APPROVAL_MSG, applyItem, planItem, type ScheduledRequest } from './submit-batch.js';

/**
 * A scheduled batch at its time: every RUNNING item is checked again against the world as it is now
 * (it may have changed since submission) and applied, in the caller's transaction. An item that no
 * longer passes fails with its remark, and its application is closed as WITHDREW.
 */
export async function runScheduledBatch(s: Services, groupId: string, tx: Transaction<DB>): Promise<void> {
  const batch = await getBatch(tx, groupId);
  if (!batch?.request || batch.operation_status !== 'RUNNING') return;
  const req = JSON.parse(batch.request) as ScheduledRequest;
  const tenant = { projectId: batch.project_id, workspaceId: batch.workspace_id };
  const ws = await getWorkspace(tx, tenant.projectId, tenant.workspaceId);
  const caller = { mode: (ws?.mode ?? 'simple') as WorkspaceMode, userName: req.callerName };
  const type = batch.operation_type as ApprovalType;
  const items = await itemsOf(tx, groupId);
  const running = items.filter((i) => i.operation_status === 'RUNNING' && i.biz_id);
  const ids = running.map((i) => i.biz_id!);
  const approvals = new Map((await approvalsOfGroup(tx, groupId)).filter((a) => a.approval_status === 'DEVELOPING').map((a) => [a.biz_id, a]));
  const objects = await getObjects(tx, tenant, ids, s.store.engine === 'postgres');
  const edits = await getEdits(tx, ids);
  const pending = await pendingObjects(tx, ids, groupId);
  const nowIso = isoUtc(s.clock.now());

  for (const item of running) {
    const a = approvals.get(item.biz_id!);
    const obj = objects.get(item.biz_id!);
    const plan = obj ? planItem(type, obj, edits.get(obj.id), pending.has(obj.id), caller, requestedEnvs(a?.env_type ?? undefined, undefined)) : null;
    if (!obj || !plan || !plan.ok || !a) {
      const remark = !obj ? remarkText('GONE', item.biz_name ?? item.biz_id!) : remarkText(plan && !plan.ok ? plan.remark : 'PROCESSED', obj.name_en);
      item.operation_status = 'FAILED';
      await updateItem(tx, item.id, { operation_status: 'FAILED', remark });
      if (a) await updateApproval(tx, a.id, { approval_status: 'WITHDREW', approval_time: nowIso, msg: remark });
      continue;
    }
    const edit = edits.get(obj.id);
    const snapshot = snapshotOf(obj, plan.onEdit ? edit : undefined);
    const bizStatus = await applyItem(tx, obj, edit, type, plan, req.fast, caller, requestedEnvs(a.env_type ?? undefined, undefined), nowIso);
    await updateApproval(tx, a.id, {
      biz_status: bizStatus, biz_info: JSON.stringify(snapshot), is_edit: plan.onEdit ? 1 : 0, ...levelsOf(snapshot),
      ...(req.fast ? { approval_status: 'APPROVED', approval_time: nowIso, msg: FAST_APPROVAL_MSG } : {}),
    });
    item.operation_status = 'SUCCESS';
    await updateItem(tx, item.id, { operation_status: 'SUCCESS', remark: REMARKS.PASSED });
  }
  const sum = summarize(items.map((i) => ({ operation_status: i.operation_status as 'RUNNING' | 'SUCCESS' | 'FAILED' })));
  await updateBatch(tx, groupId, { operation_status: sum.operation_status, success: sum.success, failed: sum.failed });
}
