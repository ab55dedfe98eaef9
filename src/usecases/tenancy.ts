import { DomainError } from '../domain/errors.js';
import type { Role } from '../domain/enums.js';
import { hex32 } from '../domain/ids.js';
import { isoUtc } from '../domain/time.js';
import {
  getMembership, getProject, getWorkspace, insertMember, insertProject, insertWorkspace, listMembers, listProjects, listWorkspaces, lockMembership, removeMember, setMember,
} from '../store/identity.js';
import type { Services } from '../services.js';
import { onUniqueViolation } from '../store/unique.js';
import { requireDomainAdmin, userInDomain } from './iam-users.js';
import type { Principal } from './tokens.js';
import { transact } from '../store/db.js';

/** archgate extension: projects, workspaces and memberships, managed by administrators. */

const REVIEWER_ROLES: readonly Role[] = ['admin', 'developer'];

export async function createProject(s: Services, p: Principal, name: string, id?: string) {
  await requireDomainAdmin(s, p);
  const row = { id: id ?? hex32(), domain_id: p.domainId, name, create_time: isoUtc(s.clock.now()) };
  const exists = () => new DomainError('INVALID_PARAMETER', { detail: `project ${row.id} already exists` });
  // Two creations of one id at once both pass the check; the primary key refuses the second, which then
  // answers as a sequential duplicate does.
  return onUniqueViolation(() => transact(s.store, async (tx) => {
    if (await getProject(tx, row.id)) throw exists();
    await insertProject(tx, row);
    return row;
  }), exists);
}

export async function projectsOf(s: Services, p: Principal) {
  await requireDomainAdmin(s, p);
  return listProjects(s.store.db, p.domainId);
}

/** A project of the caller's domain that the caller's credential is scoped to. */
async function ownProject(s: Services, p: Principal, projectId: string) {
  if (projectId !== p.projectId) throw new DomainError('PROJECT_NOT_SCOPED');
  const project = await getProject(s.store.db, projectId);
  if (!project || project.domain_id !== p.domainId) throw new DomainError('PROJECT_NOT_SCOPED');
  return project;
}

/** The creator, a domain administrator, becomes the new workspace's admin. */
export async function createWorkspace(s: Services, p: Principal, projectId: string, name: string, mode: 'simple' | 'enterprise', id?: string) {
  await requireDomainAdmin(s, p);
  await ownProject(s, p, projectId);
  const row = { id: id ?? hex32(), project_id: projectId, name, mode, create_time: isoUtc(s.clock.now()) };
  const exists = () => new DomainError('INVALID_PARAMETER', { detail: `workspace ${row.id} already exists` });
  // As for projects: the primary key settles a race, and the loser answers as a sequential duplicate.
  return onUniqueViolation(() => transact(s.store, async (tx) => {
    if (await tx.selectFrom('workspaces').select('id').where('id', '=', row.id).executeTakeFirst()) throw exists();
    await insertWorkspace(tx, row);
    await insertMember(tx, { workspace_id: row.id, user_id: p.userId, role: 'admin' });
    return row;
  }), exists);
}

export async function workspacesOf(s: Services, p: Principal, projectId: string) {
  await ownProject(s, p, projectId);
  const all = await listWorkspaces(s.store.db, projectId);
  const me = await s.store.db.selectFrom('users').select('is_domain_admin').where('id', '=', p.userId).executeTakeFirst();
  if (me?.is_domain_admin === 1) return all;
  const mine = new Set((await s.store.db.selectFrom('members').select('workspace_id').where('user_id', '=', p.userId).execute()).map((m) => m.workspace_id));
  return all.filter((w) => mine.has(w.id));
}

/** Memberships are managed by the workspace's admins and by domain administrators. */
async function manageable(s: Services, p: Principal, projectId: string, workspaceId: string) {
  await ownProject(s, p, projectId);
  const ws = await getWorkspace(s.store.db, projectId, workspaceId);
  if (!ws) throw new DomainError('WORKSPACE_NOT_FOUND', { workspace: workspaceId });
  const mine = await getMembership(s.store.db, workspaceId, p.userId);
  if (mine?.role !== 'admin') {
    try {
      await requireDomainAdmin(s, p);
    } catch {
      throw new DomainError('FORBIDDEN', { detail: 'only a workspace admin manages its members' });
    }
  }
  return ws;
}

export async function membersOf(s: Services, p: Principal, projectId: string, workspaceId: string) {
  await manageable(s, p, projectId, workspaceId);
  return listMembers(s.store.db, workspaceId);
}

/**
 * A member who can no longer review (operator, viewer) loses their approver registration. The membership
 * is written before the registrations are deleted: a CreateApprover that read the old role FOR SHARE
 * commits first, and its registration is then deleted here.
 */
export async function putMember(s: Services, p: Principal, projectId: string, workspaceId: string, userId: string, role: Role) {
  await manageable(s, p, projectId, workspaceId);
  await userInDomain(s, p, userId);
  await transact(s.store, async (tx) => {
    await setMember(tx, workspaceId, userId, role);
    if (!REVIEWER_ROLES.includes(role)) {
      await tx.deleteFrom('approvers').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
    }
  });
  return { user_id: userId, role };
}

export async function deleteMember(s: Services, p: Principal, projectId: string, workspaceId: string, userId: string) {
  await manageable(s, p, projectId, workspaceId);
  const n = await transact(s.store, async (tx) => {
    // The membership is locked before the registrations go (see putMember): a CreateApprover racing this
    // removal either commits first, and its registration is deleted below, or finds no membership.
    await lockMembership(tx, workspaceId, userId);
    return removeMember(tx, workspaceId, userId);
  });
  if (n === 0) throw new DomainError('RESOURCE_NOT_FOUND', { detail: `user ${userId} is not a member of workspace ${workspaceId}` });
  return n;
}

/** Workspace settings: whether the reference rules apply (on by default). Its admins change them. */
export async function workspaceSettings(s: Services, p: Principal, projectId: string, workspaceId: string, change?: { enforce_references?: boolean }) {
  const ws = await manageable(s, p, projectId, workspaceId);
  let enforce = ws.enforce_references !== 0;
  if (change?.enforce_references !== undefined) {
    enforce = change.enforce_references;
    await s.store.db.updateTable('workspaces').set({ enforce_references: enforce ? 1 : 0 }).where('id', '=', workspaceId).execute();
  }
  return { workspace_id: ws.id, mode: ws.mode, enforce_references: enforce };
}
