import type { ApprovalType, BizStatus } from '../domain/enums.js';
import type { Env, WorkspaceMode } from '../domain/environments.js';
import { placeApproved, stateOf, type SubmitPlan } from '../domain/plans.js';
import type { Tx } from '../store/db.js';
import { deleteEdit, setEditStatus, type EditRow, type ObjectRow, type ObjectUpdate } from '../store/objects.js';
import { mergeEdit } from './merge-edit.js';

/** The `msg` of an application approved at once, as the cloud words it. */
export const FAST_APPROVAL_MSG = 'Fast Approval OK.';

/** An item of a batch that passed its checks, with what passing means for it. */
export interface PassedItem {
  obj: ObjectRow;
  edit: EditRow | undefined;
  envs: Set<Env>;
  plan: Extract<SubmitPlan, { ok: true }>;
}

/** How the items of one batch are applied. The objects' own updates gather in `updates`, written at once. */
export interface Applying {
  type: ApprovalType;
  fast: boolean;
  mode: WorkspaceMode;
  /** Who the objects' update_by names: the submitter. */
  userName: string;
  nowIso: string;
  updates: ObjectUpdate[];
}

/**
 * Applies a passed item now: with fast approval the object lands where a resolve would take it,
 * otherwise it (or its pending edit) goes under review. The object's own update joins `how.updates`,
 * which the caller writes for the whole batch at once (updateObjects); pending edits change here.
 * Answers the object's status afterwards.
 */
export async function applyItem(tx: Tx, item: PassedItem, how: Applying): Promise<BizStatus> {
  const { obj, edit, plan } = item;
  if (!how.fast) {
    if (plan.onEdit) await setEditStatus(tx, obj.id, 'PUBLISH_DEVELOPING', how.nowIso);
    else how.updates.push({ id: obj.id, set: { status: plan.pendingStatus, prior_status: obj.status, update_time: how.nowIso } });
    return plan.pendingStatus;
  }
  const placed = placeApproved(how.type, stateOf(obj, edit), how.mode, item.envs);
  // A pending edit is merged by its publish, and folded into an object that goes offline (nothing stale survives).
  const merged = edit && (plan.onEdit || (how.type === 'OFFLINE' && placed.status === 'OFFLINE')) ? edit : undefined;
  if (merged) {
    how.updates.push({
      id: obj.id,
      set: { ...placed, ...mergeEdit(merged), prior_status: null, update_time: how.nowIso, update_by: how.userName },
    });
    await deleteEdit(tx, obj.id);
    return placed.status;
  }
  // One literal: a batch builds 10,000 of these.
  how.updates.push({
    id: obj.id,
    set: {
      status: placed.status,
      env_type: placed.env_type,
      dev_version: placed.dev_version,
      prod_version: placed.prod_version,
      biz_version: placed.biz_version,
      prior_status: null,
      update_time: how.nowIso,
      update_by: how.userName,
    },
  });
  return placed.status;
}
