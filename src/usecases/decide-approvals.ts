import { DomainError } from '../domain/errors.js';
import type { BizStatus } from '../domain/enums.js';
import { envsOf, requestedEnvs, type WorkspaceMode } from '../domain/environments.js';
import { DECISION_STATUS, type Decision } from '../domain/lifecycle.js';
import { editAfterDecision, placeApproved, stateOf, statusAfterDecision, type ObjectState } from '../domain/plans.js';
import { decideApproval, getApprovals, type Approval } from '../store/approvals.js';
import { scheduledGroups } from '../store/batches.js';
import type { Tx } from '../store/db.js';
import { deleteEdit, getEdits, getObjects, setEditStatus, updateObject, type EditRow, type ObjectRow } from '../store/objects.js';
import type { Caller } from '../services.js';
import { mergeEdit } from './merge-edit.js';

/** What ConfirmApprovals and RollbackApproval share: loading applications, and deciding one. */

export interface Loaded {
  approvals: Approval[];
  objects: Map<string, ObjectRow>;
  edits: Map<string, EditRow>;
  scheduled: Set<string>;
}

/** Loads the named applications of the tenant with their objects; an unknown id refuses the request. */
export async function loadApplications(tx: Tx, caller: Caller, ids: readonly string[]): Promise<Loaded> {
  const found = await getApprovals(tx, caller.tenant, ids, true);
  const approvals = ids.map((id) => {
    const a = found.get(id);
    if (!a) throw new DomainError('APPROVAL_NOT_FOUND', { id });
    return a;
  });
  const bizIds = [...new Set(approvals.map((a) => a.biz_id))];
  return {
    approvals,
    objects: await getObjects(tx, caller.tenant, bizIds, true),
    edits: await getEdits(tx, bizIds),
    // Applications of a scheduled batch that has not run yet are recorded but not yet under review.
    scheduled: await scheduledGroups(tx, [...new Set(approvals.map((a) => a.group_id))]),
  };
}

/** Under review now: pending, and not waiting in a scheduled batch that has not run yet. */
export const decidable = (a: Approval, l: Loaded) => a.approval_status === 'DEVELOPING' && !l.scheduled.has(a.group_id);

/** A decision as it is applied: what, with which message, by whom, when. */
export interface Deciding {
  decision: Decision;
  msg: string | null;
  mode: WorkspaceMode;
  userName: string;
  nowIso: string;
}

/** The object's status after the decision, written with it (its pending edit merged, refused or folded in). */
async function decideObject(tx: Tx, d: Deciding, a: Approval, l: Loaded): Promise<BizStatus> {
  const obj = l.objects.get(a.biz_id)!;
  const edit = l.edits.get(a.biz_id);
  const type = a.approval_type;
  const state: ObjectState = stateOf(obj, edit);
  const placedNow = () => placeApproved(type, state, d.mode, requestedEnvs(a.env_type ?? undefined, undefined));
  if (a.is_edit === 1 && edit) {
    const what = editAfterDecision(d.decision);
    if (what !== 'MERGE') {
      await setEditStatus(tx, obj.id, what, d.nowIso);
      return 'PUBLISHED';
    }
    await updateObject(tx, obj.id, { ...placedNow(), ...mergeEdit(edit), update_time: d.nowIso, update_by: d.userName });
    await deleteEdit(tx, obj.id);
    l.edits.delete(obj.id);
    return 'PUBLISHED';
  }
  if (d.decision === 'resolve') {
    const placed = placedNow();
    // An object that goes offline takes its pending edit in (as a fast offline does): nothing stale survives.
    const fold = type === 'OFFLINE' && placed.status === 'OFFLINE' ? edit : undefined;
    await updateObject(tx, obj.id, {
      ...placed,
      ...(fold ? mergeEdit(fold) : {}),
      prior_status: null,
      update_time: d.nowIso,
      update_by: d.userName,
    });
    if (fold) {
      await deleteEdit(tx, obj.id);
      l.edits.delete(obj.id);
    }
    return placed.status;
  }
  let status = statusAfterDecision(type, d.decision, state);
  // An enterprise object that was online somewhere before a refused publish stays online there.
  if (type === 'PUBLISH' && status !== 'PUBLISHED' && envsOf(obj.env_type).size > 0) status = 'PUBLISHED';
  await updateObject(tx, obj.id, { status, prior_status: null, update_time: d.nowIso });
  return status;
}

/** Applies one decision to a DEVELOPING application and its object, and returns the object's new status. */
export async function applyDecision(tx: Tx, d: Deciding, a: Approval, l: Loaded): Promise<BizStatus> {
  const status = await decideObject(tx, d, a, l);
  l.objects.get(a.biz_id)!.status = status;
  await decideApproval(tx, a.id, { approval_status: DECISION_STATUS[d.decision], approval_time: d.nowIso, msg: d.msg, biz_status: status });
  return status;
}
