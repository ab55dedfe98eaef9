import { DomainError } from '../domain/errors.js';
import type { ApprovalType, BizStatus } from '../domain/enums.js';
import { requestedEnvs, type Env } from '../domain/environments.js';
import { REMARKS } from '../domain/lifecycle.js';
import { placeApproved, type ObjectState, type SubmitPlan } from '../domain/plans.js';
import { summarize, type ItemResult } from '../domain/batch-result.js';
import { nextOccurrence } from '../domain/schedule.js';
import { isoUtc } from '../domain/time.js';
import { findApproverByUser } from '../store/approvers.js';
import { insertApprovals, pendingObjects, type ApprovalRow } from '../store/approvals.js';
import { insertBatch } from '../store/batches.js';
import { inTransaction, type Tx, type OpenTx } from '../store/db.js';
import { insertJob } from '../store/jobs.js';
import { deleteEdit, getEdits, getObjects, setEditStatus, updateObjects, type EditRow, type ObjectRow, type ObjectUpdate } from '../store/objects.js';
import type { Caller, Services } from '../services.js';
import type { ApprovalBatchParam } from '../api/wire/batch.js';
import { MAX_BATCH } from '../api/wire/batch.js';
import { levelsOf, snapshotOf } from './snapshot.js';
import { planBatch } from './plan-batch.js';
import { offlineClosure, previewImpact } from './impact.js';
import { mergeEdit } from './merge-edit.js';

export const FAST_APPROVAL_MSG = 'Fast Approval OK.';

export interface BatchOutcome {
  groupId: string;
  operationType: string;
  createBy: string;
  items: ItemResult[];
}

/** What a scheduled batch keeps of its request, to run it later. */
export interface ScheduledRequest { fast: boolean; callerId: string; callerName: string }

/** Validation that needs no store: size, duplicates, environments (docs/API.md R12, §11.7). */
function checkRequest(body: ApprovalBatchParam) {
  if (body.biz_infos.length > MAX_BATCH) {
    throw new DomainError('BATCH_TOO_LARGE', { max: MAX_BATCH, count: body.biz_infos.length });
  }
  const seen = new Set<string>();
  for (const b of body.biz_infos) {
    if (seen.has(b.biz_id)) throw new DomainError('DUPLICATE_ITEM', { field: 'biz_infos', value: b.biz_id });
    seen.add(b.biz_id);
    if (b.env_type === 'INVALID_TYPE') throw new DomainError('ENV_TYPE_INVALID');
  }
  if (body.env_type === 'INVALID_TYPE') throw new DomainError('ENV_TYPE_INVALID');
}

/**
 * Applies a passed item now: with fast approval the object lands where a resolve would take it,
 * otherwise it (or its pending edit) goes under review. The object's own update joins `updates`, which
 * the caller writes for the whole batch at once (updateObjects); pending edits change here. Answers the
 * object's status afterwards.
 */
export async function applyItem(
  tx: Tx, obj: ObjectRow, edit: EditRow | undefined, type: ApprovalType, plan: Extract<SubmitPlan, { ok: true }>,
  fast: boolean, caller: Pick<Caller, 'mode' | 'userName'>, envs: Set<Env>, nowIso: string, updates: ObjectUpdate[],
): Promise<BizStatus> {
  if (!fast) {
    if (plan.onEdit) await setEditStatus(tx, obj.id, 'PUBLISH_DEVELOPING', nowIso);
    else updates.push({ id: obj.id, set: { status: plan.pendingStatus, prior_status: obj.status, update_time: nowIso } });
    return plan.pendingStatus;
  }
  const state: ObjectState = { ...obj, edit: edit ?? null };
  const placed = placeApproved(type, state, caller.mode, envs);
  // A pending edit is merged by its publish, and folded into an object that goes offline (nothing stale survives).
  const merged = edit && (plan.onEdit || (type === 'OFFLINE' && placed.status === 'OFFLINE')) ? edit : undefined;
  updates.push({ id: obj.id, set: { ...placed, ...(merged ? mergeEdit(merged) : {}), prior_status: null, update_time: nowIso, update_by: caller.userName } });
  if (merged) await deleteEdit(tx, obj.id);
  return placed.status;
}

/**
 * BatchPublish and BatchOffline (docs/API.md §3.4, §3.5, §6): every named object is checked on its own and the
 * batch is recorded with one result per item, all in one transaction. Unknown objects, an unregistered
 * approver or a fast approval by a non-approver refuse the whole request before anything is written.
 * With `schedule_time` the batch and its applications are recorded now, its items read RUNNING, and the
 * state changes wait for the scheduler.
 */
export interface SubmitOptions {
  /** archgate extension: take the whole offline closure (every online dependant, transitively) offline too. */
  cascade?: boolean;
  /** archgate extension: refuse the batch (409) when the impact preview no longer matches this token. */
  impactToken?: string;
}

export async function submitBatch(s: Services, caller: Caller, type: ApprovalType, body: ApprovalBatchParam, outer?: OpenTx, opts: SubmitOptions = {}): Promise<BatchOutcome> {
  checkRequest(body);
  const fast = body.fast_approval === true;
  const t = caller.tenant;
  const now = s.clock.now();
  const runAt = body.schedule_time ? nextOccurrence(body.schedule_time, now, s.config.tz) : null;
  return inTransaction(s.store, outer, async (tx) => {
    // docs/API.md §11.4: the caller's permission first (403), as the gateway checks it before the body (400).
    // Registrations are read FOR SHARE (PostgreSQL): a concurrent DeleteApprover waits for this batch, or
    // has committed and the batch is refused; no application is born naming a removed approver.
    const callerApprover = fast ? await findApproverByUser(tx, t, caller.userId, true) : undefined;
    if (fast && !callerApprover) throw new DomainError('FAST_APPROVAL_FORBIDDEN');
    // A fast approval usually names its own submitter as approver: one lookup then serves both checks.
    const approver = callerApprover && body.approver_user_id === caller.userId ? callerApprover : await findApproverByUser(tx, t, body.approver_user_id, true);
    if (!approver) throw new DomainError('APPROVER_NOT_REGISTERED', { user_id: body.approver_user_id });

    const requested = new Map(body.biz_infos.map((b) => [b.biz_id, b]));
    const ids = [...requested.keys()];
    if (opts.cascade) {
      ids.push(...(await offlineClosure(tx, t, ids)).filter((id) => !requested.has(id)));
      if (ids.length > MAX_BATCH) throw new DomainError('BATCH_TOO_LARGE', { max: MAX_BATCH, count: ids.length });
    }
    const objects = await getObjects(tx, t, ids, true);
    for (const b of body.biz_infos) {
      const o = objects.get(b.biz_id);
      if (!o || o.biz_type !== b.biz_type) throw new DomainError('OBJECT_NOT_FOUND', { biz_type: b.biz_type, id: b.biz_id });
    }
    if (opts.impactToken !== undefined && (await previewImpact(tx, caller, 'OFFLINE', body.biz_infos)).impact_token !== opts.impactToken) {
      throw new DomainError('IMPACT_CHANGED');
    }
    const edits = await getEdits(tx, ids);
    const pending = await pendingObjects(tx, ids);
    const envOf = (id: string) => requested.get(id)?.env_type ?? body.env_type ?? undefined;
    const planned = await planBatch(tx, caller, type, ids, objects, edits, pending, (id) => requestedEnvs(envOf(id), undefined));
    // Read once the objects are locked, so that the applications of an object carry submit times in the
    // order they were accepted, whichever node accepted them (`now`, above, may be from before a lock wait).
    const nowIso = isoUtc(s.clock.now());
    const groupId = s.ids.next();
    const items: ItemResult[] = [];
    const approvals: ApprovalRow[] = [];
    const updates: ObjectUpdate[] = [];

    for (const { obj, edit, envs, outcome } of planned) {
      const itemId = s.ids.next();
      if (!outcome.ok) {
        items.push({ id: itemId, biz_id: obj.id, biz_name: obj.name_en, operation_status: 'FAILED', remark: outcome.remark });
        continue;
      }
      const { plan } = outcome;
      const snapshot = snapshotOf(obj, plan.onEdit ? edit : undefined);
      const decidedNow = fast && !runAt;
      const bizStatus = runAt ? obj.status : await applyItem(tx, obj, edit, type, plan, fast, caller, envs, nowIso, updates);
      approvals.push({
        id: s.ids.next(), project_id: t.projectId, workspace_id: t.workspaceId, group_id: groupId,
        biz_id: obj.id, biz_type: obj.biz_type, name_en: (snapshot.name_en as string), name_ch: (snapshot.name_ch as string | null),
        biz_info: JSON.stringify(snapshot), biz_version: obj.biz_version + (type === 'PUBLISH' ? 1 : 0),
        biz_status: bizStatus, approval_status: decidedNow ? 'APPROVED' : 'DEVELOPING', approval_type: type,
        submit_time: nowIso, create_by: caller.userName, create_by_id: caller.userId,
        approval_time: decidedNow ? nowIso : null, approver: body.approver_user_name, approver_user_id: body.approver_user_id,
        email: body.email ?? approver.email, msg: decidedNow ? FAST_APPROVAL_MSG : null,
        env_type: envOf(obj.id) ?? null, is_edit: plan.onEdit ? 1 : 0, ...levelsOf(snapshot),
      });
      items.push({ id: itemId, biz_id: obj.id, biz_name: obj.name_en, operation_status: runAt ? 'RUNNING' : 'SUCCESS', remark: runAt ? '' : REMARKS.PASSED });
    }

    await updateObjects(tx, updates);
    await insertApprovals(tx, approvals);
    const sum = summarize(items);
    const request: ScheduledRequest = { fast, callerId: caller.userId, callerName: caller.userName };
    await insertBatch(tx, {
      group_id: groupId, project_id: t.projectId, workspace_id: t.workspaceId, operation_type: type,
      operation_status: sum.operation_status, create_by: caller.userName, total: sum.total, success: sum.success,
      failed: sum.failed, create_time: nowIso, run_at: runAt ? isoUtc(runAt) : null, request: runAt ? JSON.stringify(request) : null,
    }, items.map((it, seq) => ({
      id: it.id, group_id: groupId, seq, biz_id: it.biz_id, biz_name: it.biz_name, biz_type: objects.get(it.biz_id!)?.biz_type ?? null,
      operation_status: it.operation_status, remark: it.remark, biz_info: '{}',
    })));
    if (runAt && items.some((it) => it.operation_status === 'RUNNING')) {
      await insertJob(tx, { id: s.ids.next(), kind: 'batch', ref: groupId, run_at: isoUtc(runAt), state: 'ready', locked_by: null, locked_until: null, attempts: 0, create_time: nowIso });
    }
    return { groupId, operationType: type, createBy: caller.userName, items };
  });
}
