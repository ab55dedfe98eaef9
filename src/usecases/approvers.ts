import { mayReview } from '../domain/approvers.js';
import { DomainError } from '../domain/errors.js';
import { pageOf } from '../domain/paging.js';
import { isoUtc } from '../domain/time.js';
import {
  approversOfTenant,
  deleteApprovers,
  findApproverByUser,
  getApproversByIds,
  insertApprover,
  membershipForReview,
  type ApproverRow,
} from '../store/approvers.js';
import { nextCounter } from '../store/counters.js';
import { transact } from '../store/db.js';
import { getUser } from '../store/identity.js';
import { onUniqueViolation } from '../store/unique.js';
import type { Caller, Services } from '../services.js';
import { parseIdList } from '../domain/id-list.js';
import { born, gone, recordAudit } from './audit.js';

export type { ApproverRow };

/** CreateApprover's input: the cloud's ApproverParam (docs/API.md §3.6). */
export interface CreateApproverInput {
  approver_name: string;
  user_id: string;
  email?: string | null;
  phone_number?: string | null;
  email_notify?: boolean | null;
  sms_notify?: boolean | null;
  app_name?: string | null;
}

/** ListApprovers' input: an exact approver name, and the page. */
export interface ListApproversInput {
  approver_name?: string;
  limit?: number;
  offset?: number;
}

/** DeleteApprover's input: approver ids, comma-separated, as the query string carries them. */
export interface DeleteApproverInput {
  approver_ids: string;
}

/**
 * CreateApprover (docs/API.md §3.6): registers a workspace member as a reviewer.
 * The membership is read FOR SHARE (PostgreSQL): a concurrent demotion or removal, which writes that row
 * and then deletes the user's registrations, either commits first (and the user is refused here) or
 * waits and then deletes the registration made here. Two registrations of one user at once meet the
 * unique key (workspace_id, user_id); the loser answers as a sequential duplicate does.
 */
export async function createApprover(s: Services, caller: Caller, input: CreateApproverInput): Promise<ApproverRow> {
  const duplicate = () => new DomainError('APPROVER_EXISTS', { user_id: input.user_id });
  return onUniqueViolation(
    () =>
      transact(s.store, async (tx) => {
        const user = await getUser(tx, input.user_id);
        const member = user && (await membershipForReview(tx, caller.tenant.workspaceId, user.id, true));
        if (!user || !member || !mayReview(member.role)) throw new DomainError('APPROVER_NOT_MEMBER', { user_id: input.user_id });
        if (await findApproverByUser(tx, caller.tenant, user.id)) throw duplicate();
        const row: ApproverRow = {
          id: String(await nextCounter(tx, 'approver')),
          project_id: caller.tenant.projectId,
          workspace_id: caller.tenant.workspaceId,
          approver_name: input.approver_name,
          user_id: user.id,
          user_name: user.name,
          email: input.email ?? null,
          phone_number: input.phone_number ?? null,
          // The cloud's default is true for both; the Terraform provider sends them explicitly.
          email_notify: input.email_notify === false ? 0 : 1,
          sms_notify: input.sms_notify === false ? 0 : 1,
          app_name: input.app_name ?? null,
          topic_urn: null,
          user_type: 'APPROVER',
          create_by: caller.userName,
          create_time: isoUtc(s.clock.now()),
        };
        await insertApprover(tx, row);
        await recordAudit(tx, s, caller, { operation: 'CreateApprover', targets: [born(row.id, 'REGISTERED')] });
        return row;
      }),
    duplicate,
  );
}

/** ListApprovers (docs/API.md §3.7). */
export async function listApprovers(s: Services, caller: Caller, input: ListApproversInput) {
  const { limit, offset } = pageOf(input);
  return approversOfTenant(s.store.db, caller.tenant, {
    approverName: input.approver_name,
    limit,
    offset,
  });
}

/**
 * DeleteApprover (docs/API.md §3.8): every named approver must exist in the tenant, or nothing is deleted.
 * Applications that name a deleted approver stay under review: only a workspace admin may decide them
 * until they are reassigned (usecases/orphaned-approvals.ts).
 */
export async function deleteApprover(s: Services, caller: Caller, input: DeleteApproverInput): Promise<number> {
  const ids = parseIdList(input.approver_ids, 'approver_ids');
  return transact(s.store, async (tx) => {
    // Locked (PostgreSQL) so that two deletes of one approver at once answer as two in a row do.
    const found = new Set((await getApproversByIds(tx, caller.tenant, ids, true)).map((a) => a.id));
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw new DomainError('APPROVER_NOT_FOUND', { id: missing });
    const n = await deleteApprovers(tx, ids);
    await recordAudit(tx, s, caller, { operation: 'DeleteApprover', targets: ids.map((id) => gone(id, 'REGISTERED')) });
    return n;
  });
}
