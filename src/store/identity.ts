import type { Tx } from './db.js';
import type { DomainTable, MemberTable, ProjectTable, UserTable, WorkspaceTable } from './schema.js';

/** Domains, users, projects, workspaces and memberships: who exists and where. */

export async function findDomainByName(tx: Tx, name: string) {
  return tx.selectFrom('domains').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function findUser(tx: Tx, domainId: string, name: string) {
  return tx.selectFrom('users').selectAll().where('domain_id', '=', domainId).where('name', '=', name).executeTakeFirst();
}

export async function getUser(tx: Tx, id: string) {
  return tx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getProject(tx: Tx, id: string) {
  return tx.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findProjectByName(tx: Tx, domainId: string, name: string) {
  return tx.selectFrom('projects').selectAll().where('domain_id', '=', domainId).where('name', '=', name).executeTakeFirst();
}

export async function getWorkspace(tx: Tx, projectId: string, id: string) {
  return tx.selectFrom('workspaces').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

export async function getMembership(tx: Tx, workspaceId: string, userId: string) {
  return tx.selectFrom('members').selectAll().where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
}

export async function countDomains(tx: Tx): Promise<number> {
  const r = await tx.selectFrom('domains').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertDomain(tx: Tx, row: DomainTable) { await tx.insertInto('domains').values(row).execute(); }
export async function insertUser(tx: Tx, row: UserTable) { await tx.insertInto('users').values(row).execute(); }
export async function insertProject(tx: Tx, row: ProjectTable) { await tx.insertInto('projects').values(row).execute(); }
export async function insertWorkspace(tx: Tx, row: WorkspaceTable) { await tx.insertInto('workspaces').values(row).execute(); }
export async function insertMember(tx: Tx, row: MemberTable) { await tx.insertInto('members').values(row).execute(); }

/** The first project and workspace, which the start-up banner prints. */
export async function firstWorkspace(tx: Tx) {
  return tx.selectFrom('workspaces').selectAll().orderBy('create_time').orderBy('id').limit(1).executeTakeFirst();
}
