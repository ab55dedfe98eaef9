import type { Tx } from './db.js';
import type { ApproverRow, NewApprover } from './schema.js';
import type { Tenant } from './tenant.js';
import { runShaped } from './shaped.js';

export type { ApproverRow };

export async function insertApprover(tx: Tx, row: NewApprover) {
  await tx.insertInto('approvers').values(row).execute();
}

/**
 * The user's registration in the tenant. `share` locks it FOR SHARE (on PostgreSQL) until the caller's
 * transaction ends: a decision or submission that relies on the registration commits before a
 * concurrent DeleteApprover (or demotion) removes it, or sees it gone.
 */
export async function findApproverByUser(tx: Tx, t: Tenant, userId: string, share = false): Promise<ApproverRow | undefined> {
  const rows = await runShaped(tx, `approver by user share ${share}`, [t.workspaceId, t.projectId, userId], () =>
    tx
      .selectFrom('approvers')
      .selectAll()
      .where('workspace_id', '=', t.workspaceId)
      .where('project_id', '=', t.projectId)
      .where('user_id', '=', userId)
      .$if(share, (q) => q.forShare()),
  );
  return rows[0];
}

/** `lock`: FOR UPDATE (on PostgreSQL; SQLite's one writer needs none), in id order. */
export async function getApproversByIds(tx: Tx, t: Tenant, ids: readonly string[], lock = false) {
  if (ids.length === 0) return [];
  return tx
    .selectFrom('approvers')
    .selectAll()
    .where('workspace_id', '=', t.workspaceId)
    .where('project_id', '=', t.projectId)
    .where('id', 'in', [...ids])
    .orderBy('id')
    .$if(lock, (q) => q.forUpdate())
    .execute();
}

/**
 * The user's membership of the workspace, read to register them as a reviewer. `share` (on PostgreSQL)
 * locks it FOR SHARE: a role change or removal, which writes the row before deleting the user's
 * registrations, then waits for the registration to commit and deletes it too.
 */
export async function membershipForReview(tx: Tx, workspaceId: string, userId: string, share: boolean) {
  return tx
    .selectFrom('members')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .$if(share, (q) => q.forShare())
    .executeTakeFirst();
}

/** A member who can no longer review loses their registration in the workspace. */
export async function deregisterMember(tx: Tx, workspaceId: string, userId: string) {
  await tx.deleteFrom('approvers').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
}

export async function deleteApprovers(tx: Tx, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const r = await tx
    .deleteFrom('approvers')
    .where('id', 'in', [...ids])
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function approversOfTenant(tx: Tx, t: Tenant, f: { approverName?: string; limit: number; offset: number }) {
  let q = tx.selectFrom('approvers').where('workspace_id', '=', t.workspaceId).where('project_id', '=', t.projectId);
  // The Terraform provider reads its reviewer back with this filter and takes records[0]: exact match.
  if (f.approverName) q = q.where('approver_name', '=', f.approverName);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const records = await q.selectAll().orderBy('create_time').orderBy('id').limit(f.limit).offset(f.offset).execute();
  return { total: Number(total.n), records };
}
