import type { ApprovalType } from '../domain/enums.js';
import { requestedEnvs } from '../domain/environments.js';
import { REMARKS, remarkText } from '../domain/lifecycle.js';
import { summarize } from '../domain/batch-result.js';
import { isoUtc } from '../domain/time.js';
import { approvalsOfGroup, updateApproval, type Approval } from '../store/approvals.js';
import { getBatch, itemsOf, updateBatch, updateItem, type Batch, type BatchItem, type ScheduledRequest } from '../store/batches.js';
import type { OpenTx, Tx } from '../store/db.js';
import { getWorkspace } from '../store/identity.js';
import { getObjects, updateObjects, type ObjectRow } from '../store/objects.js';
import type { Services } from '../services.js';
import { FAST_APPROVAL_MSG, applyItem, type Applying } from './apply-item.js';
import { planBatch, type PlanContext, type PlannedItem } from './plan-batch.js';
import { levelsOf, snapshotOf } from './snapshot.js';
import { recordAudit } from './audit.js';
import { notifyScheduledRun } from './notify.js';

/** A scheduled batch at its time, loaded and locked: its due items, their applications and objects. */
interface Run {
  type: ApprovalType;
  request: ScheduledRequest;
  ctx: PlanContext;
  items: BatchItem[];
  due: Map<string, BatchItem>;
  applications: Map<string, Approval>;
  objects: Map<string, ObjectRow>;
  nowIso: string;
  /** The status each applied object has afterwards, for the audit. */
  after: Map<string, string>;
}

async function loadRun(tx: Tx, s: Services, batch: Batch, head: Pick<Run, 'type' | 'request'>): Promise<Run> {
  const tenant = { projectId: batch.project_id, workspaceId: batch.workspace_id };
  const ws = await getWorkspace(tx, tenant.projectId, tenant.workspaceId);
  const items = await itemsOf(tx, batch.group_id);
  const due = new Map(items.filter((i) => i.operation_status === 'RUNNING' && i.biz_id).map((i) => [i.biz_id!, i]));
  const applications = new Map(
    (await approvalsOfGroup(tx, batch.group_id, true)).filter((a) => a.approval_status === 'DEVELOPING').map((a) => [a.biz_id, a]),
  );
  const objects = await getObjects(tx, tenant, [...due.keys()], true);
  return {
    ...head,
    items,
    due,
    applications,
    objects,
    nowIso: isoUtc(s.clock.now()),
    after: new Map(),
    ctx: { tenant, mode: ws?.mode ?? 'simple', enforceReferences: ws?.enforce_references !== 0 },
  };
}

/** An item that no longer passes: it fails with its remark, and its application is closed as WITHDREW. */
async function close(tx: Tx, run: Run, item: BatchItem, remark: string) {
  item.operation_status = 'FAILED';
  await updateItem(tx, item.id, { operation_status: 'FAILED', remark });
  const a = run.applications.get(item.biz_id!);
  if (a) await updateApproval(tx, a.id, { approval_status: 'WITHDREW', approval_time: run.nowIso, msg: remark });
}

/** Applies one planned item as its submitter would have, and records it on its application and item. */
async function runItem(tx: Tx, run: Run, p: PlannedItem, how: Applying) {
  const item = run.due.get(p.obj.id)!;
  const a = run.applications.get(p.obj.id);
  if (!p.outcome.ok || !a) return close(tx, run, item, p.outcome.ok ? REMARKS.PROCESSED : p.outcome.remark);
  const { plan } = p.outcome;
  const snapshot = snapshotOf(p.obj, plan.onEdit ? p.edit : undefined);
  const bizStatus = await applyItem(tx, { ...p, plan }, how);
  run.after.set(p.obj.id, bizStatus);
  await updateApproval(tx, a.id, {
    biz_status: bizStatus,
    biz_info: snapshot,
    is_edit: plan.onEdit ? 1 : 0,
    ...levelsOf(snapshot),
    ...(run.request.fast ? { approval_status: 'APPROVED', approval_time: run.nowIso, msg: FAST_APPROVAL_MSG } : {}),
  });
  item.operation_status = 'SUCCESS';
  await updateItem(tx, item.id, { operation_status: 'SUCCESS', remark: REMARKS.PASSED });
}

/** What a scheduled run did: its type and the outcome of each item it ran (for the metrics). */
export interface ScheduledRun {
  type: ApprovalType;
  outcomes: string[];
}

/**
 * A scheduled batch at its time: every RUNNING item is checked again against the world as it is now
 * (it may have changed since submission) and applied, in the caller's transaction. An item that no
 * longer passes fails with its remark, and its application is closed as WITHDREW.
 */
export async function runScheduledBatch(tx: OpenTx, s: Services, groupId: string): Promise<ScheduledRun | null> {
  // Locked (PostgreSQL): should two nodes ever run one batch at once, the second waits and then finds it
  // no longer RUNNING, instead of applying it twice.
  const batch = await getBatch(tx, groupId, { lock: true });
  // Only batch-publish and batch-offline are ever scheduled; a decision batch never waits.
  if (!batch?.request || batch.operation_status !== 'RUNNING' || batch.operation_type === 'APPROVAL') return null;
  const run = await loadRun(tx, s, batch, { type: batch.operation_type, request: batch.request });
  for (const [id, item] of run.due) if (!run.objects.has(id)) await close(tx, run, item, remarkText('GONE', item.biz_name ?? id));
  const { type } = run;
  const envsOf = (id: string) => requestedEnvs(run.applications.get(id)?.env_type ?? undefined, undefined);
  const planned = await planBatch(tx, run.ctx, { type, ids: [...run.objects.keys()], objects: run.objects, envsOf, exceptGroup: groupId });
  const how: Applying = {
    type,
    fast: run.request.fast,
    mode: run.ctx.mode,
    userName: run.request.callerName,
    nowIso: run.nowIso,
    updates: [],
  };
  for (const p of planned) await runItem(tx, run, p, how);
  await updateObjects(tx, how.updates);
  const sum = summarize(run.items);
  await updateBatch(tx, groupId, { operation_status: sum.operation_status, success: sum.success, failed: sum.failed });
  await notifyScheduledRun(tx, s, groupId, run);
  await recordAudit(
    tx,
    s,
    { userId: run.request.callerId, userName: run.request.callerName, tenant: run.ctx.tenant },
    {
      operation: 'ArchgateRunScheduledBatch',
      targets: [...run.due.keys()].map((id) => {
        const before = run.objects.get(id)?.status ?? null;
        return { id, before, after: run.after.get(id) ?? before };
      }),
      outcome: { status: sum.operation_status, group_id: groupId, operation_type: type, success: sum.success, failed: sum.failed },
    },
  );
  return { type, outcomes: [...run.due.values()].map((i) => i.operation_status) };
}
