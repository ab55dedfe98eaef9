import type { Tx } from './db.js';

/** The workspaces of a project that a user is a member of, with the role, in creation order. */
export async function workspacesWithRole(tx: Tx, projectId: string, userId: string) {
  return tx
    .selectFrom('workspaces')
    .innerJoin('members', 'members.workspace_id', 'workspaces.id')
    .select(['workspaces.id', 'workspaces.name', 'workspaces.mode', 'members.role'])
    .where('workspaces.project_id', '=', projectId)
    .where('members.user_id', '=', userId)
    .orderBy('workspaces.create_time')
    .orderBy('workspaces.id')
    .execute();
}

export async function getDomain(tx: Tx, id: string) {
  return tx.selectFrom('domains').selectAll().where('id', '=', id).executeTakeFirst();
}
