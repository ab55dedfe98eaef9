import { requestedEnvs } from '../domain/environments.js';
import { REMARKS, remarkText } from '../domain/lifecycle.js';
import { summarize } from '../domain/batch-result.js';
import { isoUtc } from '../domain/time.js';
import { approvalsOfGroup, pendingObjects, updateApproval } from '../store/approvals.js';
import { getBatch, itemsOf, updateBatch, updateItem } from '../store/batches.js';
import { getWorkspace } from '../store/identity.js';
import { getEdits, getObjects, updateObjects, type ObjectUpdate } from '../store/objects.js';
import type { Services } from '../services.js';
import { levelsOf, snapshotOf } from './snapshot.js';
import { FAST_APPROVAL_MSG, applyItem, type ScheduledRequest } from './submit-batch.js';
import { planBatch } from './plan-batch.js';
import type { OpenTx } from '../store/db.js';

/**
 * A scheduled batch at its time: every RUNNING item is checked again against the world as it is now
 * (it may have changed since submission) and applied, in the caller's transaction. An item that no
 * longer passes fails with its remark, and its application is closed as WITHDREW.
 */
export async function runScheduledBatch(s: Services, groupId: string, tx: OpenTx): Promise<void> {
  // Locked (PostgreSQL): should two nodes ever run one batch at once, the second waits and then finds it
  // no longer RUNNING, instead of applying it twice.
  const batch = await getBatch(tx, groupId, undefined, true);
  if (!batch?.request || batch.operation_status !== 'RUNNING') return;
  const req = JSON.parse(batch.request) as ScheduledRequest;
  const tenant = { projectId: batch.project_id, workspaceId: batch.workspace_id };
  const ws = await getWorkspace(tx, tenant.projectId, tenant.workspaceId);
  const mode = ws?.mode ?? 'simple';
  const type = batch.operation_type;
  // Only batch-publish and batch-offline are ever scheduled; a decision batch never waits.
  if (type === 'APPROVAL') return;
  const items = await itemsOf(tx, groupId);
  const byBizId = new Map(items.filter((i) => i.operation_status === 'RUNNING' && i.biz_id).map((i) => [i.biz_id!, i]));
  const approvals = new Map((await approvalsOfGroup(tx, groupId, true)).filter((a) => a.approval_status === 'DEVELOPING').map((a) => [a.biz_id, a]));
  const objects = await getObjects(tx, tenant, [...byBizId.keys()], true);
  const nowIso = isoUtc(s.clock.now());
  const close = async (item: (typeof items)[number], remark: string) => {
    item.operation_status = 'FAILED';
    await updateItem(tx, item.id, { operation_status: 'FAILED', remark });
    const a = approvals.get(item.biz_id!);
    if (a) await updateApproval(tx, a.id, { approval_status: 'WITHDREW', approval_time: nowIso, msg: remark });
  };
  for (const [id, item] of byBizId) if (!objects.has(id)) await close(item, remarkText('GONE', item.biz_name ?? id));

  const ids = [...objects.keys()];
  const ctx = { tenant, mode, enforceReferences: ws?.enforce_references !== 0 };
  const planned = await planBatch(tx, ctx, type, ids, objects, await getEdits(tx, ids), await pendingObjects(tx, ids, groupId),
    (id) => requestedEnvs(approvals.get(id)?.env_type ?? undefined, undefined));
  const updates: ObjectUpdate[] = [];
  for (const { obj, edit, envs, outcome } of planned) {
    const item = byBizId.get(obj.id)!;
    const a = approvals.get(obj.id);
    if (!outcome.ok || !a) {
      await close(item, outcome.ok ? REMARKS.PROCESSED : outcome.remark);
      continue;
    }
    const snapshot = snapshotOf(obj, outcome.plan.onEdit ? edit : undefined);
    const bizStatus = await applyItem(tx, obj, edit, type, outcome.plan, req.fast, { mode, userName: req.callerName }, envs, nowIso, updates);
    await updateApproval(tx, a.id, {
      biz_status: bizStatus, biz_info: JSON.stringify(snapshot), is_edit: outcome.plan.onEdit ? 1 : 0, ...levelsOf(snapshot),
      ...(req.fast ? { approval_status: 'APPROVED', approval_time: nowIso, msg: FAST_APPROVAL_MSG } : {}),
    });
    item.operation_status = 'SUCCESS';
    await updateItem(tx, item.id, { operation_status: 'SUCCESS', remark: REMARKS.PASSED });
  }
  await updateObjects(tx, updates);
  const sum = summarize(items.map((i) => ({ operation_status: i.operation_status as 'RUNNING' | 'SUCCESS' | 'FAILED' })));
  await updateBatch(tx, groupId, { operation_status: sum.operation_status, success: sum.success, failed: sum.failed });
}
