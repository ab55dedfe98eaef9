import { summarize } from '../domain/batch-result.js';
import type { Decision } from '../domain/lifecycle.js';
import { capped } from '../domain/notifications.js';
import type { Approval } from '../store/approvals.js';
import { findApproverByUser, type ApproverRow } from '../store/approvers.js';
import type { BatchItem, ScheduledRequest } from '../store/batches.js';
import type { Tx } from '../store/db.js';
import type { ObjectRow } from '../store/objects.js';
import type { Caller, Services } from '../services.js';
import { batchEndMail, decisionMail, reassignMail, reviewMail } from './notify-mail.js';
import type { PendingMail } from '../store/outbox-events.js';
import { channelsOf, enqueue, type Channels, type Notice, type Tenant } from './outbox-write.js';
import type { BatchOutcome, RecordedItem } from './record-batch.js';

/**
 * Where the use cases tell of what they did (issue 14): one call beside each recordAudit, in the same
 * transaction. Each answers at once when the workspace has no webhook and no SMTP is set.
 */

type Person = { id: string; name: string };
interface Change {
  id: string;
  biz_type?: string | null;
  name_en?: string | null;
  before: string | null;
  after: string | null;
}

const changedObjects = (operation: string, changes: readonly Change[]): Notice | undefined => {
  const moved = changes.filter((c) => c.before !== c.after);
  if (moved.length === 0) return undefined;
  const { count, truncated, items } = capped(moved);
  return { event: 'object.status_changed', data: { operation, count, truncated, objects: items } };
};

const approverMail = (ch: Channels, a: ApproverRow | undefined) => (ch.email && a?.email_notify === 1 && a.email ? a.email : undefined);

interface Submitted {
  groupId: string;
  type: string;
  submitter: Person;
  approver: ApproverRow | undefined;
  fast: boolean;
  passed: readonly { biz_id: string | null; biz_type?: string | null; biz_name: string | null }[];
}

/** Applications that went under review (with the approver's one email), or were approved at once (fast). */
function underReview(s: Services, ch: Channels, m: Submitted): Notice | undefined {
  if (m.passed.length === 0) return undefined;
  const { count, truncated, items } = capped(
    m.passed.map((p) => ({ biz_id: p.biz_id, biz_type: p.biz_type ?? null, name_en: p.biz_name })),
  );
  const data = { group_id: m.groupId, approval_type: m.type, submitter: m.submitter, count, truncated, objects: items };
  if (m.fast) return { event: 'application.resolved', data: { ...data, decided_by: m.submitter, fast_approval: true } };
  const to = approverMail(ch, m.approver);
  const approver = m.approver ? { id: m.approver.user_id, name: m.approver.user_name } : null;
  const bizTypes = [...new Set(m.passed.map((p) => p.biz_type ?? '').filter(Boolean))];
  const names = m.passed.map((p) => p.biz_name ?? p.biz_id ?? '');
  return {
    event: 'application.submitted',
    data: { ...data, approver },
    emails: to ? [{ to, ...reviewMail(s, { submitter: m.submitter.name, type: m.type, count, bizTypes, names, groupId: m.groupId }) }] : [],
  };
}

interface Ended {
  groupId: string;
  type: string;
  createBy: Person;
  items: readonly Pick<RecordedItem, 'biz_id' | 'biz_name' | 'operation_status' | 'remark'>[];
  scheduled: boolean;
}

/** A batch that ended: the event, and the submitter's email (failed items named), addressed when sent. */
function batchEnded(s: Services, ch: Channels, b: Ended): Notice {
  const sum = summarize(b.items);
  const failures = b.items.filter((i) => i.operation_status === 'FAILED');
  const listed = capped(failures.map((f) => ({ biz_id: f.biz_id, biz_name: f.biz_name, remark: f.remark })));
  return {
    event: 'batch.completed',
    data: {
      group_id: b.groupId,
      operation_type: b.type,
      operation_status: sum.operation_status,
      total: sum.total,
      success: sum.success,
      failed: sum.failed,
      create_by: b.createBy.name,
      failed_items: listed.items,
    },
    emails: ch.email
      ? [
          {
            toUser: b.createBy.id,
            ...batchEndMail(s, {
              groupId: b.groupId,
              type: b.type,
              status: sum.operation_status,
              success: sum.success,
              failed: sum.failed,
              failures: failures.map((f) => `${f.biz_name ?? f.biz_id}: ${f.remark}`),
              scheduled: b.scheduled,
            }),
          },
        ]
      : [],
  };
}

/** BatchPublish and BatchOffline. A scheduled batch tells nothing yet: it notifies when it runs. */
export async function notifySubmission(
  tx: Tx,
  s: Services,
  caller: Caller,
  outcome: BatchOutcome,
  sub: { approver: ApproverRow; fast: boolean; runAt: Date | null },
): Promise<void> {
  if (sub.runAt) return;
  const ch = await channelsOf(tx, s, caller.tenant);
  if (!ch) return;
  const submitter = { id: caller.userId, name: caller.userName };
  const type = outcome.operationType;
  const passed = outcome.items.filter((i) => i.operation_status === 'SUCCESS');
  await enqueue(tx, s, ch, [
    underReview(s, ch, { groupId: outcome.groupId, type, submitter, approver: sub.approver, fast: sub.fast, passed }),
    changedObjects(
      type === 'PUBLISH' ? 'BatchPublish' : 'BatchOffline',
      outcome.items.map((i) => ({
        id: i.biz_id ?? i.id,
        biz_type: i.biz_type,
        name_en: i.biz_name,
        before: i.before ?? null,
        after: i.after ?? null,
      })),
    ),
    batchEnded(s, ch, { groupId: outcome.groupId, type, createBy: submitter, items: outcome.items, scheduled: false }),
  ]);
}

type Decided = { approvals: readonly Approval[]; objects: ReadonlyMap<string, ObjectRow> };

const applicationsOf = (list: readonly Approval[]) =>
  list.map((a) => ({
    id: a.id,
    biz_id: a.biz_id,
    biz_type: a.biz_type,
    name_en: a.name_en,
    approval_type: a.approval_type,
    submitter: { id: a.create_by_id, name: a.create_by },
  }));

/** Objects whose decided applications moved them: from the status they were submitted in to the one they have now. */
const movedBy = (list: readonly Approval[], l: Decided): Change[] =>
  list.map((a) => ({
    id: a.biz_id,
    biz_type: a.biz_type,
    name_en: a.name_en,
    before: a.biz_status,
    after: l.objects.get(a.biz_id)?.status ?? null,
  }));

/** ConfirmApprovals: the decision's event, the objects it moved, and one email per submitter. */
export async function notifyDecision(
  tx: Tx,
  s: Services,
  caller: Caller,
  outcome: BatchOutcome,
  l: Decided,
  d: { decision: Decision; msg: string | null },
): Promise<void> {
  const ch = await channelsOf(tx, s, caller.tenant);
  if (!ch) return;
  const done = new Set(outcome.items.filter((i) => i.operation_status === 'SUCCESS').map((i) => i.target));
  const decided = l.approvals.filter((a) => done.has(a.id));
  if (decided.length === 0) return;
  const resolved = d.decision === 'resolve';
  const emails: PendingMail[] = [];
  if (ch.email) {
    const bySubmitter = new Map<string, Approval[]>();
    for (const a of decided) bySubmitter.set(a.create_by_id, [...(bySubmitter.get(a.create_by_id) ?? []), a]);
    for (const [userId, mine] of bySubmitter)
      emails.push({
        toUser: userId,
        ...decisionMail(s, {
          decider: caller.userName,
          verdict: resolved ? 'approved' : 'rejected',
          names: mine.map((a) => a.name_en),
          msg: d.msg,
        }),
      });
  }
  const { count, truncated, items } = capped(applicationsOf(decided));
  await enqueue(tx, s, ch, [
    {
      event: resolved ? 'application.resolved' : 'application.rejected',
      data: {
        group_id: outcome.groupId,
        decided_by: { id: caller.userId, name: caller.userName },
        msg: d.msg,
        count,
        truncated,
        applications: items,
      },
      emails,
    },
    changedObjects('ConfirmApprovals', movedBy(decided, l)),
  ]);
}

/** RollbackApproval: the withdrawn applications, and the objects they give back. */
export async function notifyWithdrawal(tx: Tx, s: Services, caller: Caller, l: Decided): Promise<void> {
  const ch = await channelsOf(tx, s, caller.tenant);
  if (!ch) return;
  const { count, truncated, items } = capped(applicationsOf(l.approvals));
  await enqueue(tx, s, ch, [
    {
      event: 'application.withdrawn',
      data: { withdrawn_by: { id: caller.userId, name: caller.userName }, count, truncated, applications: items },
    },
    changedObjects('RollbackApproval', movedBy(l.approvals, l)),
  ]);
}

/** What run-scheduled-batch.ts knows of a run when it ends. */
/**
 * ArchgateReassignApprovals: the applications land in another approver's queue, as at a submission: the
 * event application.submitted (marked reassigned) and one email to that approver.
 */
export async function notifyReassignment(
  tx: Tx,
  s: Services,
  caller: Caller,
  approvals: readonly Approval[],
  to: ApproverRow,
): Promise<void> {
  if (approvals.length === 0) return;
  const ch = await channelsOf(tx, s, caller.tenant);
  if (!ch) return;
  const { count, truncated, items } = capped(applicationsOf(approvals));
  const email = approverMail(ch, to);
  await enqueue(tx, s, ch, [
    {
      event: 'application.submitted',
      data: {
        reassigned: true,
        reassigned_by: { id: caller.userId, name: caller.userName },
        approver: { id: to.user_id, name: to.user_name },
        count,
        truncated,
        applications: items,
      },
      emails: email ? [{ to: email, ...reassignMail(s, { by: caller.userName, names: approvals.map((a) => a.name_en ?? a.biz_id) }) }] : [],
    },
  ]);
}

export interface RunFacts {
  type: string;
  request: ScheduledRequest;
  ctx: { tenant: Tenant };
  items: readonly BatchItem[];
  due: ReadonlyMap<string, BatchItem>;
  applications: ReadonlyMap<string, Approval>;
  objects: ReadonlyMap<string, ObjectRow>;
  after: ReadonlyMap<string, string>;
}

/** A scheduled batch at its time: it ran, it ended, and what it put under review (or approved) now. */
export async function notifyScheduledRun(tx: Tx, s: Services, groupId: string, run: RunFacts): Promise<void> {
  const ch = await channelsOf(tx, s, run.ctx.tenant);
  if (!ch) return;
  const createBy = { id: run.request.callerId, name: run.request.callerName };
  const ran = [...run.due.values()];
  const passed = ran.filter((i) => i.operation_status === 'SUCCESS');
  const approverId = [...run.applications.values()][0]?.approver_user_id;
  const approver = approverId && !run.request.fast ? await findApproverByUser(tx, run.ctx.tenant, approverId) : undefined;
  const sum = summarize(run.items);
  await enqueue(tx, s, ch, [
    {
      event: 'batch.scheduled_run',
      data: {
        group_id: groupId,
        operation_type: run.type,
        operation_status: sum.operation_status,
        success: sum.success,
        failed: sum.failed,
        create_by: createBy.name,
      },
    },
    underReview(s, ch, { groupId, type: run.type, submitter: createBy, approver, fast: run.request.fast, passed }),
    changedObjects(
      'ArchgateRunScheduledBatch',
      ran.map((i) => {
        const o = run.objects.get(i.biz_id ?? '');
        return {
          id: i.biz_id ?? i.id,
          biz_type: i.biz_type,
          name_en: i.biz_name,
          before: o?.status ?? null,
          after: run.after.get(i.biz_id ?? '') ?? o?.status ?? null,
        };
      }),
    ),
    batchEnded(s, ch, { groupId, type: run.type, createBy, items: run.items, scheduled: true }),
  ]);
}
