import type { Tx } from './db.js';
import type { ApproverTable } from './schema.js';
import type { Tenant } from './tenant.js';

export type ApproverRow = ApproverTable;

export async function insertApprover(tx: Tx, row: ApproverRow) {
  await tx.insertInto('approvers').values(row).execute();
}

export async function findApproverByUser(tx: Tx, t: Tenant, userId: string) {
  return tx.selectFrom('approvers').selectAll()
    .where('workspace_id', '=', t.workspaceId).where('project_id', '=', t.projectId).where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function getApproversByIds(tx: Tx, t: Tenant, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return tx.selectFrom('approvers').selectAll()
    .where('workspace_id', '=', t.workspaceId).where('project_id', '=', t.projectId).where('id', 'in', [...ids])
    .execute();
}

export async function deleteApprovers(tx: Tx, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const r = await tx.deleteFrom('approvers').where('id', 'in', [...ids]).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function listApprovers(tx: Tx, t: Tenant, f: { approverName?: string; limit: number; offset: number }) {
  let q = tx.selectFrom('approvers').where('workspace_id', '=', t.workspaceId).where('project_id', '=', t.projectId);
  // The Terraform provider reads its reviewer back with this filter and takes records[0]: exact match.
  if (f.approverName) q = q.where('approver_name', '=', f.approverName);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const records = await q.selectAll().orderBy('create_time').orderBy('id').limit(f.limit).offset(f.offset).execute();
  return { total: Number(total.n), records };
}
