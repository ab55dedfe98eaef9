import { mayReview } from '../domain/approvers.js';
import { DomainError } from '../domain/errors.js';
import type { Role } from '../domain/enums.js';
import type { WorkspaceMode } from '../domain/environments.js';
import { hex32 } from '../domain/ids.js';
import { isoUtc } from '../domain/time.js';
import { deregisterMember } from '../store/approvers.js';
import { transact } from '../store/db.js';
import {
  getMembership,
  getProject,
  getUser,
  getWorkspace,
  getWorkspaceById,
  insertMember,
  insertProject,
  insertWorkspace,
  lockMembership,
  membersOfWorkspace,
  projectsOfDomain,
  removeMember,
  setEnforceReferences,
  setMember,
  workspaceIdsOfMember,
  workspacesOfProject,
} from '../store/identity.js';
import type { NewProject, NewWorkspace, ProjectRow, WorkspaceRow } from '../store/schema.js';
import { onUniqueViolation } from '../store/unique.js';
import type { Services } from '../services.js';
import { requireDomainAdmin, userInDomain } from './iam-guards.js';
import type { Principal } from './principal.js';
import { born, changed, gone, recordAudit } from './audit.js';

export type { NewProject, NewWorkspace, ProjectRow, WorkspaceRow };

/** archgate extension: projects, workspaces and memberships, managed by administrators. */

export interface CreateProjectInput {
  name: string;
  id?: string;
}
export interface CreateWorkspaceInput {
  project_id: string;
  name: string;
  mode?: WorkspaceMode;
  id?: string;
}
export interface WorkspaceRef {
  project_id: string;
  workspace_id: string;
}
export interface MemberRef extends WorkspaceRef {
  user_id: string;
}
export interface PutMemberInput extends MemberRef {
  role: Role;
}
export interface UpdateWorkspaceSettingsInput extends WorkspaceRef {
  enforce_references?: boolean;
}

export interface WorkspaceSettings {
  workspaceId: string;
  mode: WorkspaceMode;
  enforceReferences: boolean;
}

/** ArchgateCreateProject (domain administrators). */
export async function createProject(s: Services, p: Principal, input: CreateProjectInput): Promise<NewProject> {
  await requireDomainAdmin(s, p);
  const row = { id: input.id ?? hex32(), domain_id: p.domainId, name: input.name, create_time: isoUtc(s.clock.now()) };
  const exists = () => new DomainError('INVALID_PARAMETER', { detail: `project ${row.id} already exists` });
  // Two creations of one id at once both pass the check; the primary key refuses the second, which then
  // answers as a sequential duplicate does.
  return onUniqueViolation(
    () =>
      transact(s.store, async (tx) => {
        if (await getProject(tx, row.id)) throw exists();
        await insertProject(tx, row);
        // Recorded in the new project's own chain: its first record.
        await recordAudit(tx, s, p, { operation: 'ArchgateCreateProject', targets: [born(row.id)], projectId: row.id, workspaceId: null });
        return row;
      }),
    exists,
  );
}

/** ArchgateListProjects: the projects of the caller's domain (domain administrators). */
export async function listProjects(s: Services, p: Principal): Promise<ProjectRow[]> {
  await requireDomainAdmin(s, p);
  return projectsOfDomain(s.store.db, p.domainId);
}

/** A project of the caller's domain that the caller's credential is scoped to. */
async function ownProject(s: Services, p: Principal, projectId: string) {
  if (projectId !== p.projectId) throw new DomainError('PROJECT_NOT_SCOPED');
  const project = await getProject(s.store.db, projectId);
  if (!project || project.domain_id !== p.domainId) throw new DomainError('PROJECT_NOT_SCOPED');
  return project;
}

/** ArchgateCreateWorkspace: the creator, a domain administrator, becomes the new workspace's admin. */
export async function createWorkspace(s: Services, p: Principal, input: CreateWorkspaceInput): Promise<NewWorkspace> {
  await requireDomainAdmin(s, p);
  await ownProject(s, p, input.project_id);
  const row = {
    id: input.id ?? hex32(),
    project_id: input.project_id,
    name: input.name,
    mode: input.mode ?? 'simple',
    create_time: isoUtc(s.clock.now()),
  };
  const exists = () => new DomainError('INVALID_PARAMETER', { detail: `workspace ${row.id} already exists` });
  // As for projects: the primary key settles a race, and the loser answers as a sequential duplicate.
  return onUniqueViolation(
    () =>
      transact(s.store, async (tx) => {
        if (await getWorkspaceById(tx, row.id)) throw exists();
        await insertWorkspace(tx, row);
        await insertMember(tx, { workspace_id: row.id, user_id: p.userId, role: 'admin' });
        await recordAudit(tx, s, p, {
          operation: 'ArchgateCreateWorkspace',
          targets: [born(row.id)],
          projectId: row.project_id,
          workspaceId: row.id,
        });
        return row;
      }),
    exists,
  );
}

/** ArchgateListWorkspaces: every workspace of the project for a domain administrator, else one's own. */
export async function listWorkspaces(s: Services, p: Principal, input: { project_id: string }): Promise<WorkspaceRow[]> {
  await ownProject(s, p, input.project_id);
  const all = await workspacesOfProject(s.store.db, input.project_id);
  const me = await getUser(s.store.db, p.userId);
  if (me?.is_domain_admin === 1) return all;
  const mine = new Set(await workspaceIdsOfMember(s.store.db, p.userId));
  return all.filter((w) => mine.has(w.id));
}

/** Memberships are managed by the workspace's admins and by domain administrators. */
async function manageable(s: Services, p: Principal, ref: WorkspaceRef): Promise<WorkspaceRow> {
  await ownProject(s, p, ref.project_id);
  const ws = await getWorkspace(s.store.db, ref.project_id, ref.workspace_id);
  if (!ws) throw new DomainError('WORKSPACE_NOT_FOUND', { workspace: ref.workspace_id });
  const mine = await getMembership(s.store.db, ref.workspace_id, p.userId);
  if (mine?.role !== 'admin') {
    try {
      await requireDomainAdmin(s, p);
    } catch {
      throw new DomainError('FORBIDDEN', { detail: 'only a workspace admin manages its members' });
    }
  }
  return ws;
}

/** ArchgateListMembers. */
export async function listMembers(s: Services, p: Principal, ref: WorkspaceRef) {
  await manageable(s, p, ref);
  return membersOfWorkspace(s.store.db, ref.workspace_id);
}

/**
 * ArchgatePutMember. A member who can no longer review (operator, viewer) loses their approver
 * registration. The membership is written before the registrations are deleted: a CreateApprover that
 * read the old role FOR SHARE commits first, and its registration is then deleted here.
 */
export async function putMember(s: Services, p: Principal, input: PutMemberInput) {
  const { workspace_id: workspaceId, user_id: userId, role } = input;
  await manageable(s, p, input);
  await userInDomain(s, p, userId);
  await transact(s.store, async (tx) => {
    const before = (await getMembership(tx, workspaceId, userId))?.role ?? null;
    await setMember(tx, workspaceId, userId, role);
    if (!mayReview(role)) await deregisterMember(tx, workspaceId, userId);
    const targets = [{ id: userId, before, after: role }];
    await recordAudit(tx, s, p, { operation: 'ArchgatePutMember', targets, projectId: input.project_id, workspaceId });
  });
  return { user_id: userId, role };
}

/** ArchgateDeleteMember: answers the number of memberships removed (1). */
export async function deleteMember(s: Services, p: Principal, ref: MemberRef): Promise<number> {
  const { workspace_id: workspaceId, user_id: userId } = ref;
  await manageable(s, p, ref);
  const n = await transact(s.store, async (tx) => {
    // The membership is locked before the registrations go (see putMember): a CreateApprover racing this
    // removal either commits first, and its registration is deleted below, or finds no membership.
    await lockMembership(tx, workspaceId, userId);
    const before = await getMembership(tx, workspaceId, userId);
    const removed = await removeMember(tx, workspaceId, userId);
    const targets = [gone(userId, before?.role)];
    if (removed > 0) await recordAudit(tx, s, p, { operation: 'ArchgateDeleteMember', targets, projectId: ref.project_id, workspaceId });
    return removed;
  });
  if (n === 0) throw new DomainError('RESOURCE_NOT_FOUND', { detail: `user ${userId} is not a member of workspace ${workspaceId}` });
  return n;
}

/** ArchgateShowWorkspaceSettings: whether the reference rules apply (on by default). */
export async function showWorkspaceSettings(s: Services, p: Principal, ref: WorkspaceRef): Promise<WorkspaceSettings> {
  const ws = await manageable(s, p, ref);
  return { workspaceId: ws.id, mode: ws.mode, enforceReferences: ws.enforce_references !== 0 };
}

/** ArchgateUpdateWorkspaceSettings: the workspace's admins turn the reference rules off or on. */
export async function updateWorkspaceSettings(s: Services, p: Principal, input: UpdateWorkspaceSettingsInput): Promise<WorkspaceSettings> {
  const settings = await showWorkspaceSettings(s, p, input);
  if (input.enforce_references === undefined) return settings;
  await transact(s.store, async (tx) => {
    await setEnforceReferences(tx, input.workspace_id, input.enforce_references!);
    const flag = (on: boolean) => `enforce_references=${on}`;
    await recordAudit(tx, s, p, {
      operation: 'ArchgateUpdateWorkspaceSettings',
      targets: [changed(input.workspace_id, flag(settings.enforceReferences), flag(input.enforce_references!))],
      projectId: input.project_id,
      workspaceId: input.workspace_id,
    });
  });
  return { ...settings, enforceReferences: input.enforce_references };
}
