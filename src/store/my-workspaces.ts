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

/**
 * The projects of a domain a user can work in: those where they are a member of a workspace, or every one
 * of the domain for its administrator. In creation order.
 */
export async function projectsOfUser(tx: Tx, domainId: string, userId: string, domainAdmin: boolean) {
  return tx
    .selectFrom('projects')
    .select(['projects.id', 'projects.name'])
    .where('projects.domain_id', '=', domainId)
    .$if(!domainAdmin, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('workspaces')
            .innerJoin('members', 'members.workspace_id', 'workspaces.id')
            .select('workspaces.id')
            .whereRef('workspaces.project_id', '=', 'projects.id')
            .where('members.user_id', '=', userId),
        ),
      ),
    )
    .orderBy('projects.create_time')
    .orderBy('projects.id')
    .execute();
}
