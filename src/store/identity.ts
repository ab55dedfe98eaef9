import { sql } from 'kysely';
import { chunks } from './chunks.js';
import type { Engine, Tx } from './db.js';
import type { Role } from '../domain/enums.js';
import type { NewDomain, NewMember, NewProject, NewUser, NewWorkspace } from './schema.js';

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

/** A workspace of the project and the user's role in it (null when not a member), in one query. */
export async function getWorkspaceWithRole(tx: Tx, projectId: string, id: string, userId: string) {
  return tx
    .selectFrom('workspaces')
    .leftJoin('members', (j) => j.onRef('members.workspace_id', '=', 'workspaces.id').on('members.user_id', '=', userId))
    .selectAll('workspaces')
    .select('members.role')
    .where('workspaces.project_id', '=', projectId)
    .where('workspaces.id', '=', id)
    .executeTakeFirst();
}

/** A workspace by its id alone: ids are unique across projects. */
export async function getWorkspaceById(tx: Tx, id: string) {
  return tx.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setEnforceReferences(tx: Tx, workspaceId: string, enforce: boolean) {
  await tx
    .updateTable('workspaces')
    .set({ enforce_references: enforce ? 1 : 0 })
    .where('id', '=', workspaceId)
    .execute();
}

/** The workspaces the user is a member of, whatever the role. */
export async function workspaceIdsOfMember(tx: Tx, userId: string): Promise<string[]> {
  const rows = await tx.selectFrom('members').select('workspace_id').where('user_id', '=', userId).execute();
  return rows.map((m) => m.workspace_id);
}

export async function getMembership(tx: Tx, workspaceId: string, userId: string) {
  return tx.selectFrom('members').selectAll().where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
}

export async function countDomains(tx: Tx): Promise<number> {
  const r = await tx
    .selectFrom('domains')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertDomain(tx: Tx, row: NewDomain) {
  await tx.insertInto('domains').values(row).execute();
}
export async function insertUser(tx: Tx, row: NewUser) {
  await tx.insertInto('users').values(row).execute();
}
/** A user's email address (null: none), to which their notifications go. */
export async function setUserEmail(tx: Tx, userId: string, email: string | null) {
  await tx.updateTable('users').set({ email }).where('id', '=', userId).execute();
}
export async function insertProject(tx: Tx, row: NewProject) {
  await tx.insertInto('projects').values(row).execute();
}
export async function insertWorkspace(tx: Tx, row: NewWorkspace) {
  await tx.insertInto('workspaces').values(row).execute();
}
export async function insertMember(tx: Tx, row: NewMember) {
  await tx.insertInto('members').values(row).execute();
}

/** The first project and workspace, which the start-up banner prints. */
export async function firstWorkspace(tx: Tx) {
  return tx.selectFrom('workspaces').selectAll().orderBy('create_time').orderBy('id').limit(1).executeTakeFirst();
}

/** The name of the workspace's first admin, which the start-up banner prints. */
export async function firstAdminName(tx: Tx, workspaceId: string): Promise<string | undefined> {
  const admin = await tx
    .selectFrom('members')
    .innerJoin('users', 'users.id', 'members.user_id')
    .select('users.name')
    .where('members.workspace_id', '=', workspaceId)
    .where('members.role', '=', 'admin')
    .orderBy('users.create_time')
    .executeTakeFirst();
  return admin?.name;
}

/**
 * Holds the first start until the transaction ends: nodes starting together on an empty PostgreSQL
 * bootstrap one at a time (SQLite's write lock does the same there).
 */
export async function lockFirstStart(tx: Tx, engine: Engine) {
  if (engine === 'postgres') await sql`select pg_advisory_xact_lock(7715361)`.execute(tx);
}

export async function usersOfDomain(tx: Tx, domainId: string, name?: string) {
  let q = tx.selectFrom('users').selectAll().where('domain_id', '=', domainId);
  if (name) q = q.where('name', '=', name);
  return q.orderBy('create_time').orderBy('id').execute();
}

/** A new password moves the credential epoch on: every token and key issued against the old one is void. */
export async function setPassword(tx: Tx, userId: string, passwordHash: string) {
  await tx
    .updateTable('users')
    .set({ password_hash: passwordHash, credential_epoch: sql<number>`credential_epoch + 1` })
    .where('id', '=', userId)
    .execute();
}

/**
 * The user's current credential epoch, holding the row until the transaction ends (PostgreSQL; SQLite's
 * single writer already serialises): a credential made in this transaction cannot slip between a password
 * change's update and its revocation. Undefined when the user is gone.
 */
export async function lockUserCredentials(tx: Tx, userId: string, lock: boolean): Promise<number | undefined> {
  const row = await tx
    .selectFrom('users')
    .select('credential_epoch')
    .where('id', '=', userId)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
  return row === undefined ? undefined : (row.credential_epoch ?? 0);
}

/** A user leaves with their memberships and approver registrations. */
export async function deleteUser(tx: Tx, userId: string) {
  await tx.deleteFrom('members').where('user_id', '=', userId).execute();
  await tx.deleteFrom('approvers').where('user_id', '=', userId).execute();
  await tx.deleteFrom('users').where('id', '=', userId).execute();
}

export async function projectsOfDomain(tx: Tx, domainId: string) {
  // The id breaks ties, so that paging never shows one project twice and another never.
  return tx.selectFrom('projects').selectAll().where('domain_id', '=', domainId).orderBy('create_time').orderBy('id').execute();
}

export async function workspacesOfProject(tx: Tx, projectId: string) {
  return tx.selectFrom('workspaces').selectAll().where('project_id', '=', projectId).orderBy('create_time').execute();
}

export async function membersOfWorkspace(tx: Tx, workspaceId: string) {
  return tx
    .selectFrom('members')
    .innerJoin('users', 'users.id', 'members.user_id')
    .select(['members.user_id', 'users.name as user_name', 'members.role'])
    .where('members.workspace_id', '=', workspaceId)
    .orderBy('users.name')
    .execute();
}

export async function setMember(tx: Tx, workspaceId: string, userId: string, role: Role) {
  await tx
    .insertInto('members')
    .values({ workspace_id: workspaceId, user_id: userId, role })
    .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doUpdateSet({ role }))
    .execute();
}

/** Locks a membership row (PostgreSQL; SQLite's one writer already excludes the others). */
export async function lockMembership(tx: Tx, workspaceId: string, userId: string) {
  await tx
    .selectFrom('members')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .forUpdate()
    .execute();
}

export async function removeMember(tx: Tx, workspaceId: string, userId: string): Promise<number> {
  await tx.deleteFrom('approvers').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
  const r = await tx.deleteFrom('members').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** The email addresses of these users, those that have one (the notifications' fan-out addresses by user). */
export async function emailsOfUsers(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of chunks(ids, 1000))
    for (const r of await tx.selectFrom('users').select(['id', 'email']).where('id', 'in', part).execute())
      if (r.email) found.set(r.id, r.email);
  return found;
}
