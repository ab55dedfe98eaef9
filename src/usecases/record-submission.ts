import type { BizStatus } from '../domain/enums.js';
import { REMARKS } from '../domain/lifecycle.js';
import { isoUtc } from '../domain/time.js';
import { insertApprovals, type NewApprovalRecord } from '../store/approvals.js';
import type { ApproverRow } from '../store/approvers.js';
import type { OpenTx } from '../store/db.js';
import { insertJob } from '../store/jobs.js';
import { updateObjects } from '../store/objects.js';
import type { Caller, Services } from '../services.js';
import { FAST_APPROVAL_MSG, applyItem, type Applying, type PassedItem } from './apply-item.js';
import type { PlannedItem } from './plan-batch.js';
import { recordBatch, type BatchOutcome, type RecordedItem } from './record-batch.js';
import { levelsOf, snapshotOf } from './snapshot.js';
import type { Submission } from './submit-batch.js';

/** A planned submission, ready to be written. */
export interface PlannedSubmission extends Submission {
  approver: ApproverRow;
  planned: PlannedItem[];
}

/**
 * The applications of one submission: the fields they share, fixed once, and for each passed item the
 * object as submitted (its pending edit, when that is what goes under review).
 */
function applicationsOf(caller: Caller, sub: PlannedSubmission, groupId: string, nowIso: string) {
  const decidedNow = sub.fast && !sub.runAt;
  const shared = {
    project_id: caller.tenant.projectId,
    workspace_id: caller.tenant.workspaceId,
    group_id: groupId,
    approval_status: decidedNow ? 'APPROVED' : 'DEVELOPING',
    approval_type: sub.type,
    submit_time: nowIso,
    create_by: caller.userName,
    create_by_id: caller.userId,
    approval_time: decidedNow ? nowIso : null,
    approver: sub.request.approver_user_name,
    approver_user_id: sub.request.approver_user_id,
    email: sub.request.email ?? sub.approver.email,
    msg: decidedNow ? FAST_APPROVAL_MSG : null,
  } as const;
  // One literal per application, every field named: spreading `shared` and the levels into each of
  // 10,000 records built each one property by property, and its garbage set the batch's memory peak.
  return (id: string, item: PassedItem, bizStatus: BizStatus): NewApprovalRecord => {
    const { obj, plan } = item;
    const submitted = plan.onEdit ? item.edit : undefined;
    const snapshot = snapshotOf(obj, submitted);
    const levels = levelsOf(snapshot);
    return {
      id,
      project_id: shared.project_id,
      workspace_id: shared.workspace_id,
      group_id: shared.group_id,
      biz_id: obj.id,
      biz_type: obj.biz_type,
      name_en: (submitted ?? obj).name_en,
      name_ch: (submitted ?? obj).name_ch,
      biz_info: snapshot,
      biz_version: obj.biz_version + (sub.type === 'PUBLISH' ? 1 : 0),
      biz_status: bizStatus,
      approval_status: shared.approval_status,
      approval_type: shared.approval_type,
      submit_time: shared.submit_time,
      create_by: shared.create_by,
      create_by_id: shared.create_by_id,
      approval_time: shared.approval_time,
      approver: shared.approver,
      approver_user_id: shared.approver_user_id,
      email: shared.email,
      msg: shared.msg,
      env_type: sub.envTypeOf(obj.id) ?? null,
      is_edit: plan.onEdit ? 1 : 0,
      l1: levels.l1,
      l2: levels.l2,
      l3: levels.l3,
      directory_path: levels.directory_path,
    };
  };
}

/**
 * Writes a planned batch-publish or batch-offline: each passed item applied (unless the batch is
 * scheduled, when its items read RUNNING and wait for the scheduler) with its application, each refused
 * one recorded with its remark, the batch itself, and a scheduled batch's job.
 */
export async function recordSubmission(tx: OpenTx, s: Services, caller: Caller, sub: PlannedSubmission): Promise<BatchOutcome> {
  // Read once the objects are locked, so that the applications of an object carry submit times in the
  // order they were accepted, whichever node accepted them.
  const nowIso = isoUtc(s.clock.now());
  const groupId = s.ids.next();
  const applicationOf = applicationsOf(caller, sub, groupId, nowIso);
  const how: Applying = { type: sub.type, fast: sub.fast, mode: caller.mode, userName: caller.userName, nowIso, updates: [] };
  const items: RecordedItem[] = [];
  const applications: NewApprovalRecord[] = [];
  // Each record is one literal (no spreads): a batch builds 10,000 of each.
  for (const p of sub.planned) {
    const { obj, outcome } = p;
    const id = s.ids.next();
    if (!outcome.ok) {
      items.push({
        id,
        biz_id: obj.id,
        biz_name: obj.name_en,
        biz_type: obj.biz_type,
        before: obj.status,
        after: obj.status,
        operation_status: 'FAILED',
        remark: outcome.remark,
      });
      continue;
    }
    const passed: PassedItem = { obj, edit: p.edit, envs: p.envs, plan: outcome.plan };
    const bizStatus = sub.runAt ? obj.status : await applyItem(tx, passed, how);
    applications.push(applicationOf(s.ids.next(), passed, bizStatus));
    items.push({
      id,
      biz_id: obj.id,
      biz_name: obj.name_en,
      biz_type: obj.biz_type,
      before: obj.status,
      after: bizStatus,
      operation_status: sub.runAt ? 'RUNNING' : 'SUCCESS',
      remark: sub.runAt ? '' : REMARKS.PASSED,
    });
  }
  await updateObjects(tx, how.updates);
  await insertApprovals(tx, applications);
  const runAt = sub.runAt && isoUtc(sub.runAt);
  const schedule = runAt ? { runAt, request: { fast: sub.fast, callerId: caller.userId, callerName: caller.userName } } : undefined;
  const outcome = await recordBatch(tx, caller, { groupId, type: sub.type, nowIso, items, schedule });
  if (runAt && items.some((it) => it.operation_status === 'RUNNING')) {
    await insertJob(tx, {
      id: s.ids.next(),
      kind: 'batch',
      ref: groupId,
      run_at: runAt,
      state: 'ready',
      locked_by: null,
      locked_until: null,
      attempts: 0,
      create_time: nowIso,
    });
  }
  return outcome;
}
