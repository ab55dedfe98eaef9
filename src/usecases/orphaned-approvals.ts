import { DomainError } from '../domain/errors.js';
import { getApprovals, listOrphaned, reassign } from '../store/approvals.js';
import { findApproverByUser } from '../store/approvers.js';
import type { Caller, Services } from '../services.js';
import { pageOf } from '../domain/paging.js';
import { parseIdList } from '../domain/id-list.js';
import { transact } from '../store/db.js';
import { changed, recordAudit } from './audit.js';
import { notifyReassignment } from './notify.js';

/**
 * archgate extension: applications whose designated approver is no longer registered (DeleteApprover,
 * a demotion to operator or viewer, leaving the workspace). They stay under review; that user may no
 * longer decide them, a workspace admin still may, and an admin reassigns them to a registered approver.
 */
export async function listOrphanedApprovals(s: Services, caller: Caller, q: { limit?: number; offset?: number }) {
  return listOrphaned(s.store.db, caller.tenant, pageOf(q));
}

/**
 * Names a registered approver on pending applications, all or none, in one transaction. Any pending
 * application may be reassigned, orphaned or not: an admin may decide any of them anyway. The
 * applications are locked before the registration (as a decision locks them), and the registration is
 * read FOR SHARE (PostgreSQL), so a concurrent DeleteApprover of the new approver cannot slip in between.
 */
export async function reassignApprovals(s: Services, caller: Caller, rawIds: readonly string[], approverUserId: string): Promise<number> {
  const ids = parseIdList(rawIds.join(','), 'ids');
  return transact(s.store, async (tx) => {
    const found = await getApprovals(tx, caller.tenant, ids, true);
    for (const id of ids) {
      const a = found.get(id);
      if (!a) throw new DomainError('APPROVAL_NOT_FOUND', { id });
      if (a.approval_status !== 'DEVELOPING') throw new DomainError('APPLICATION_NOT_PENDING', { id });
    }
    const approver = await findApproverByUser(tx, caller.tenant, approverUserId, true);
    if (!approver) throw new DomainError('APPROVER_NOT_REGISTERED', { user_id: approverUserId });
    await reassign(tx, ids, { approver: approver.user_name, approver_user_id: approver.user_id, email: approver.email });
    await notifyReassignment(tx, s, caller, [...found.values()], approver);
    await recordAudit(tx, s, caller, {
      operation: 'ArchgateReassignApprovals',
      targets: ids.map((id) => changed(id, 'DEVELOPING')),
      outcome: { status: 'SUCCESS', approver_user_id: approver.user_id },
    });
    return ids.length;
  });
}
