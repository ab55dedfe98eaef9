import { DomainError } from '../domain/errors.js';
import { isoUtc } from '../domain/time.js';
import {
  deleteApprovers, findApproverByUser, getApproversByIds, insertApprover, listApprovers, membershipForReview, type ApproverRow,
} from '../store/approvers.js';
import { nextCounter } from '../store/counters.js';
import { getUser } from '../store/identity.js';
import { onUniqueViolation } from '../store/unique.js';
import type { Caller, Services } from '../services.js';
import type { ApproverParam } from '../api/wire/approvers.js';
import { roundOffset } from '../domain/paging.js';
import { parseIdList } from './decide-approvals.js';
import { transact } from '../store/db.js';

/** Roles that may review (docs/API.md R6: a reviewer is an admin or developer of the workspace). */
const REVIEWER_ROLES = new Set(['admin', 'developer']);

/**
 * CreateApprover (docs/API.md §3.6): registers a workspace member as a reviewer.
 * The membership is read FOR SHARE (PostgreSQL): a concurrent demotion or removal, which writes that row
 * and then deletes the user's registrations, either commits first (and the user is refused here) or
 * waits and then deletes the registration made here. Two registrations of one user at once meet the
 * unique key (workspace_id, user_id); the loser answers as a sequential duplicate does.
 */
export async function createApprover(s: Services, caller: Caller, p: ApproverParam): Promise<ApproverRow> {
  const duplicate = () => new DomainError('APPROVER_EXISTS', { user_id: p.user_id });
  return onUniqueViolation(() => transact(s.store, async (tx) => {
    const user = await getUser(tx, p.user_id);
    const member = user && (await membershipForReview(tx, caller.tenant.workspaceId, user.id, true));
    if (!user || !member || !REVIEWER_ROLES.has(member.role)) throw new DomainError('APPROVER_NOT_MEMBER', { user_id: p.user_id });
    if (await findApproverByUser(tx, caller.tenant, user.id)) throw duplicate();
    const row: ApproverRow = {
      id: String(await nextCounter(tx, 'approver')),
      project_id: caller.tenant.projectId,
      workspace_id: caller.tenant.workspaceId,
      approver_name: p.approver_name,
      user_id: user.id,
      user_name: user.name,
      email: p.email ?? null,
      phone_number: p.phone_number ?? null,
      // The cloud's default is true for both; the Terraform provider sends them explicitly.
      email_notify: p.email_notify === false ? 0 : 1,
      sms_notify: p.sms_notify === false ? 0 : 1,
      app_name: p.app_name ?? null,
      topic_urn: null,
      user_type: 'APPROVER',
      create_by: caller.userName,
      create_time: isoUtc(s.clock.now()),
    };
    await insertApprover(tx, row);
    return row;
  }), duplicate);
}

export async function searchApprovers(s: Services, caller: Caller, q: { approver_name?: string; limit?: number; offset?: number }) {
  const limit = q.limit ?? 50;
  return listApprovers(s.store.db, caller.tenant, { approverName: q.approver_name, limit, offset: roundOffset(q.offset ?? 0, limit) });
}

/**
 * DeleteApprover (docs/API.md §3.8): every named approver must exist in the tenant, or nothing is deleted.
 * Applications that name a deleted approver stay under review: only a workspace admin may decide them
 * until they are reassigned (usecases/orphaned-approvals.ts).
 */
export async function removeApprovers(s: Services, caller: Caller, raw: string): Promise<number> {
  const ids = parseIdList(raw, 'approver_ids');
  return transact(s.store, async (tx) => {
    // Locked (PostgreSQL) so that two deletes of one approver at once answer as two in a row do.
    const found = new Set((await getApproversByIds(tx, caller.tenant, ids, true)).map((a) => a.id));
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw new DomainError('APPROVER_NOT_FOUND', { id: missing });
    return deleteApprovers(tx, ids);
  });
}
