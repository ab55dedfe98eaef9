import { DomainError } from '../domain/errors.js';
import type { ApprovalType, BizStatus } from '../domain/enums.js';
import { envsOf, requestedEnvs } from '../domain/environments.js';
import { DECISION_STATUS, REMARKS, type Decision } from '../domain/lifecycle.js';
import { batchOrder, checkOffline, checkPublish } from '../domain/references.js';
import { loadBatchGraph, type BatchGraph } from './reference-graph.js';
import { editAfterDecision, placeApproved, statusAfterDecision, type ObjectState } from '../domain/plans.js';
import { summarize, type ItemResult } from '../domain/batch-result.js';
import { isoUtc } from '../domain/time.js';
import { decideApproval, getApprovals, type ApprovalRow } from '../store/approvals.js';
import { findApproverByUser } from '../store/approvers.js';
import { insertBatch, scheduledGroups } from '../store/batches.js';
import { inTransaction, type Tx, type OpenTx } from '../store/db.js';
import { deleteEdit, getEdits, getObjects, setEditStatus, updateObject, type EditRow, type ObjectRow } from '../store/objects.js';
import type { Caller, Services } from '../services.js';
import { mergeEdit } from './merge-edit.js';
import type { BatchOutcome } from './submit-batch.js';

interface Loaded { approvals: ApprovalRow[]; objects: Map<string, ObjectRow>; edits: Map<string, EditRow>; scheduled: Set<string> }

/** Loads the named applications of the tenant with their objects; an unknown id refuses the request. */
async function load(tx: Tx, s: Services, caller: Caller, ids: readonly string[]): Promise<Loaded> {
  const found = await getApprovals(tx, caller.tenant, ids, true);
  const approvals = ids.map((id) => {
    const a = found.get(id);
    if (!a) throw new DomainError('APPROVAL_NOT_FOUND', { id });
    return a;
  });
  const bizIds = [...new Set(approvals.map((a) => a.biz_id))];
  return {
    approvals, objects: await getObjects(tx, caller.tenant, bizIds, true), edits: await getEdits(tx, bizIds),
    // Applications of a scheduled batch that has not run yet are recorded but not yet under review.
    scheduled: await scheduledGroups(tx, [...new Set(approvals.map((a) => a.group_id))]),
  };
}

/** Under review now: pending, and not waiting in a scheduled batch that has not run yet. */
const decidable = (a: ApprovalRow, l: Loaded) => a.approval_status === 'DEVELOPING' && !l.scheduled.has(a.group_id);

/** Applies one decision to a DEVELOPING application and its object, and returns the object's new status. */
async function apply(tx: Tx, s: Services, caller: Caller, decision: Decision, a: ApprovalRow, l: Loaded, msg: string | null, nowIso: string): Promise<BizStatus> {
  const obj = l.objects.get(a.biz_id)!;
  const edit = l.edits.get(a.biz_id);
  const type = a.approval_type;
  const state: ObjectState = { ...obj, edit: edit ?? null };
  let status: BizStatus;
  if (a.is_edit === 1 && edit) {
    const what = editAfterDecision(decision);
    status = 'PUBLISHED';
    if (what === 'MERGE') {
      const placed = placeApproved(type, state, caller.mode, requestedEnvs(a.env_type ?? undefined, undefined));
      await updateObject(tx, obj.id, { ...placed, ...mergeEdit(edit), update_time: nowIso, update_by: caller.userName });
      await deleteEdit(tx, obj.id);
      l.edits.delete(obj.id);
    } else {
      await setEditStatus(tx, obj.id, what, nowIso);
    }
  } else if (decision === 'resolve') {
    const placed = placeApproved(type, state, caller.mode, requestedEnvs(a.env_type ?? undefined, undefined));
    status = placed.status;
    // An object that goes offline takes its pending edit in (as a fast offline does): nothing stale survives.
    const fold = type === 'OFFLINE' && status === 'OFFLINE' ? edit : undefined;
    await updateObject(tx, obj.id, { ...placed, ...(fold ? mergeEdit(fold) : {}), prior_status: null, update_time: nowIso, update_by: caller.userName });
    if (fold) { await deleteEdit(tx, obj.id); l.edits.delete(obj.id); }
  } else {
    status = statusAfterDecision(type, decision, state);
    // An enterprise object that was online somewhere before a refused publish stays online there.
    if (type === 'PUBLISH' && status !== 'PUBLISHED' && envsOf(obj.env_type).size > 0) status = 'PUBLISHED';
    await updateObject(tx, obj.id, { status, prior_status: null, update_time: nowIso });
  }
  obj.status = status;
  await decideApproval(tx, a.id, {
    approval_status: DECISION_STATUS[decision], approval_time: nowIso, msg, biz_status: status,
  });
  return status;
}

/**
 * The reference rules for a resolve: publishes in parents-first order, offlines dependants-first, each
 * checked against the graph as it is now plus what this same request resolved before it.
 */
async function referenceCheck(tx: Tx, caller: Caller, l: Loaded) {
  const graphs = new Map<ApprovalType, BatchGraph>();
  // Only what may still be decided enters the graph: a processed application's object may be long gone,
  // and an object has at most one pending application, so ordering by object loses no item. The rest
  // keep their place in front, to be refused one by one.
  const pending = l.approvals.filter((a) => decidable(a, l));
  const order: ApprovalRow[] = l.approvals.filter((a) => !decidable(a, l));
  for (const type of ['PUBLISH', 'OFFLINE'] as const) {
    const mine = pending.filter((a) => a.approval_type === type);
    const objects = new Map(mine.map((a) => [a.biz_id, l.objects.get(a.biz_id)!]));
    const graph = await loadBatchGraph(tx, caller.tenant, type, objects, l.edits);
    graphs.set(type, graph);
    const byBiz = new Map(mine.map((a) => [a.biz_id, a]));
    order.push(...batchOrder(type, [...byBiz.keys()], graph.within).map((id) => byBiz.get(id)!));
  }
  const passed = new Set<string>();
  const refuse = (a: ApprovalRow): string | undefined => {
    const type = a.approval_type;
    const neighbours = graphs.get(type)!.neighbours.get(a.biz_id) ?? [];
    const r = (type === 'PUBLISH' ? checkPublish : checkOffline)(a.name_en, neighbours, passed);
    if (r.ok) passed.add(a.biz_id);
    return r.ok ? undefined : r.remark;
  };
  return { order, refuse };
}

/** Only the designated approver or a workspace admin decides an application (docs/API.md R8). */
function mayDecide(caller: Caller, a: ApprovalRow): boolean {
  return caller.role === 'admin' || a.approver_user_id === caller.userId;
}

/**
 * A designated approver decides only while registered: once DeleteApprover (or a demotion, or leaving
 * the workspace) removed the registration, the application waits for an admin or a reassignment
 * (usecases/orphaned-approvals.ts). The registration is read FOR SHARE (PostgreSQL), so a concurrent
 * removal either commits first, and the decision is refused, or waits until the decision has committed.
 */
async function requireRegistration(tx: Tx, s: Services, caller: Caller) {
  if (caller.role === 'admin') return;
  if (!(await findApproverByUser(tx, caller.tenant, caller.userId, true))) {
    throw new DomainError('APPROVER_NOT_REGISTERED', { user_id: caller.userId });
  }
}

/** ConfirmApprovals (docs/API.md §3.3): resolve or reject applications, one result per application. */
export async function confirmApprovals(s: Services, caller: Caller, decision: 'resolve' | 'reject', ids: readonly string[], msg: string, outer?: OpenTx): Promise<BatchOutcome> {
  return inTransaction(s.store, outer, async (tx) => {
    const l = await load(tx, s, caller, ids);
    const denied = l.approvals.find((a) => !mayDecide(caller, a));
    if (denied) throw new DomainError('FORBIDDEN', { detail: `only the designated approver or a workspace admin may decide application ${denied.id}` });
    await requireRegistration(tx, s, caller);
    const nowIso = isoUtc(s.clock.now());
    const groupId = s.ids.next();
    const items: ItemResult[] = [];
    const check = decision === 'resolve' && caller.enforceReferences ? await referenceCheck(tx, caller, l) : undefined;
    for (const a of check ? check.order : l.approvals) {
      const id = s.ids.next();
      if (!decidable(a, l)) {
        const remark = a.approval_status !== 'DEVELOPING' ? REMARKS.PROCESSED : REMARKS.SCHEDULED;
        items.push({ id, biz_id: a.biz_id, biz_name: a.name_en, operation_status: 'FAILED', remark });
        continue;
      }
      // The world may have changed since submission: the reference rules apply again, and a resolve they
      // refuse leaves the object pending.
      const refused = check?.refuse(a);
      if (refused) {
        items.push({ id, biz_id: a.biz_id, biz_name: a.name_en, operation_status: 'FAILED', remark: refused });
        continue;
      }
      await apply(tx, s, caller, decision, a, l, msg, nowIso);
      a.approval_status = DECISION_STATUS[decision];
      items.push({ id, biz_id: a.biz_id, biz_name: a.name_en, operation_status: 'SUCCESS', remark: REMARKS.PASSED });
    }
    const sum = summarize(items);
    await insertBatch(tx, {
      group_id: groupId, project_id: caller.tenant.projectId, workspace_id: caller.tenant.workspaceId,
      operation_type: 'APPROVAL', operation_status: sum.operation_status, create_by: caller.userName,
      total: sum.total, success: sum.success, failed: sum.failed, create_time: nowIso,
    }, items.map((it, seq) => ({ ...it, group_id: groupId, seq, biz_info: '{}' })));
    return { groupId, operationType: 'APPROVAL', createBy: caller.userName, items };
  });
}

/**
 * RollbackApproval (docs/API.md §3.2): the submitter, or a workspace admin, withdraws DEVELOPING applications.
 * The answer is a bare count, so a processed application refuses the whole request rather than
 * silently counting less.
 */
export async function withdrawApprovals(s: Services, caller: Caller, ids: readonly string[], outer?: OpenTx): Promise<number> {
  return inTransaction(s.store, outer, async (tx) => {
    const l = await load(tx, s, caller, ids);
    for (const a of l.approvals) {
      if (caller.role !== 'admin' && a.create_by_id !== caller.userId) {
        throw new DomainError('FORBIDDEN', { detail: `only the submitter or a workspace admin may withdraw application ${a.id}` });
      }
      if (a.approval_status !== 'DEVELOPING') throw new DomainError('APPLICATION_PROCESSED', { id: a.id });
      if (l.scheduled.has(a.group_id)) throw new DomainError('APPLICATION_SCHEDULED', { id: a.id });
    }
    const nowIso = isoUtc(s.clock.now());
    for (const a of l.approvals) await apply(tx, s, caller, 'withdraw', a, l, null, nowIso);
    return l.approvals.length;
  });
}

export function parseIdList(raw: string, field: string): string[] {
  const ids = raw.split(',').map((x) => x.trim()).filter((x) => x !== '');
  if (ids.length === 0) throw new DomainError('INVALID_PARAMETER', { detail: `${field} must name at least one id` });
  const seen = new Set<string>();
  for (const id of ids) {
    if (!/^[0-9]{1,19}$/.test(id)) throw new DomainError('INVALID_PARAMETER', { detail: `${field} holds a malformed id: ${id}` });
    if (seen.has(id)) throw new DomainError('DUPLICATE_ITEM', { field, value: id });
    seen.add(id);
  }
  return ids;
}
