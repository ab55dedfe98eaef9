import { DomainError } from '../domain/errors.js';
import type { ApprovalType } from '../domain/enums.js';
import { DECISION_STATUS, REMARKS } from '../domain/lifecycle.js';
import { checkOffline, checkPublish, batchOrder } from '../domain/references.js';
import { isoUtc } from '../domain/time.js';
import type { Approval } from '../store/approvals.js';
import { findApproverByUser } from '../store/approvers.js';
import { inTransaction, type OpenTx, type Tx } from '../store/db.js';
import type { Caller, Services } from '../services.js';
import { applyDecision, decidable, loadApplications, type Deciding, type Loaded } from './decide-approvals.js';
import { batchAudit, recordAudit } from './audit.js';
import { notifyDecision } from './notify.js';
import { recordBatch, type BatchOutcome, type RecordedItem } from './record-batch.js';
import { loadBatchGraph, type BatchGraph } from './reference-graph.js';
import { withFields } from '../domain/with-fields.js';

/** ConfirmApprovals' input: the `action-id` of its query and the ids and message of its body (ApprovalInfoParam). */
export interface ConfirmApprovalsInput {
  decision: 'resolve' | 'reject';
  ids: readonly string[];
  msg: string;
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
  const order: Approval[] = l.approvals.filter((a) => !decidable(a, l));
  for (const type of ['PUBLISH', 'OFFLINE'] as const) {
    const mine = pending.filter((a) => a.approval_type === type);
    const objects = new Map(mine.map((a) => [a.biz_id, l.objects.get(a.biz_id)!]));
    const graph = await loadBatchGraph(tx, caller.tenant, type, objects, l.edits);
    graphs.set(type, graph);
    const byBiz = new Map(mine.map((a) => [a.biz_id, a]));
    order.push(...batchOrder(type, [...byBiz.keys()], graph.within).map((id) => byBiz.get(id)!));
  }
  const passed = new Set<string>();
  const refuse = (a: Approval): string | undefined => {
    const type = a.approval_type;
    const neighbours = graphs.get(type)!.neighbours.get(a.biz_id) ?? [];
    const r = (type === 'PUBLISH' ? checkPublish : checkOffline)(a.name_en, neighbours, passed);
    if (r.ok) passed.add(a.biz_id);
    return r.ok ? undefined : r.remark;
  };
  return { order, refuse };
}

/**
 * Only the designated approver or a workspace admin decides an application (docs/API.md R8), and a
 * designated approver only while registered: once DeleteApprover (or a demotion, or leaving the
 * workspace) removed the registration, the application waits for an admin or a reassignment
 * (usecases/orphaned-approvals.ts). The registration is read FOR SHARE (PostgreSQL), so a concurrent
 * removal either commits first, and the decision is refused, or waits until the decision has committed.
 */
async function requireDecider(tx: Tx, caller: Caller, l: Loaded) {
  const denied = l.approvals.find((a) => caller.role !== 'admin' && a.approver_user_id !== caller.userId);
  if (denied)
    throw new DomainError('FORBIDDEN', { detail: `only the designated approver or a workspace admin may decide application ${denied.id}` });
  if (caller.role === 'admin') return;
  if (!(await findApproverByUser(tx, caller.tenant, caller.userId, true))) {
    throw new DomainError('APPROVER_NOT_REGISTERED', { user_id: caller.userId });
  }
}

/** Why an application cannot be decided now, or undefined when it can. */
function refusal(a: Approval, l: Loaded, check: Awaited<ReturnType<typeof referenceCheck>> | undefined): string | undefined {
  if (!decidable(a, l)) return a.approval_status !== 'DEVELOPING' ? REMARKS.PROCESSED : REMARKS.SCHEDULED;
  // The world may have changed since submission: the reference rules apply again, and a resolve they
  // refuse leaves the object pending.
  return check?.refuse(a);
}

/** ConfirmApprovals (docs/API.md §3.3): resolve or reject applications, one result per application. */
export async function confirmApprovals(
  outer: OpenTx | undefined,
  s: Services,
  caller: Caller,
  input: ConfirmApprovalsInput,
): Promise<BatchOutcome> {
  return inTransaction(s.store, outer, async (tx) => {
    const l = await loadApplications(tx, caller, input.ids);
    await requireDecider(tx, caller, l);
    const nowIso = isoUtc(s.clock.now());
    const groupId = s.ids.next();
    const check = input.decision === 'resolve' && caller.enforceReferences ? await referenceCheck(tx, caller, l) : undefined;
    const deciding: Deciding = { decision: input.decision, msg: input.msg, mode: caller.mode, userName: caller.userName, nowIso };
    const items: RecordedItem[] = [];
    for (const a of check ? check.order : l.approvals) {
      // The audit names the application decided, with its status before and after.
      const item = { id: s.ids.next(), biz_id: a.biz_id, biz_name: a.name_en, target: a.id, before: a.approval_status };
      const refused = refusal(a, l, check);
      if (refused) {
        items.push(withFields(item, { after: a.approval_status, operation_status: 'FAILED' as const, remark: refused }));
        continue;
      }
      await applyDecision(tx, deciding, a, l);
      a.approval_status = DECISION_STATUS[input.decision];
      items.push(withFields(item, { after: a.approval_status, operation_status: 'SUCCESS' as const, remark: REMARKS.PASSED }));
    }
    const outcome = await recordBatch(tx, caller, { groupId, type: 'APPROVAL', nowIso, items });
    await notifyDecision(tx, s, caller, outcome, l, { decision: input.decision, msg: input.msg });
    await recordAudit(tx, s, caller, batchAudit('ConfirmApprovals', outcome, { decision: input.decision }));
    return outcome;
  });
}
