import { DomainError } from '../domain/errors.js';
import { OPERATIONS, mayCall, type Operation } from '../iam/permissions.js';
import type { Services } from '../services.js';
import { getProject, getUser } from '../store/identity.js';
import { getDomain, projectsOfUser, workspacesWithRole } from '../store/my-workspaces.js';
import type { Principal } from './principal.js';

/**
 * ArchgateShowMe: who the caller is and, in the project their credential is scoped to, the workspaces
 * they belong to with their role and the operations it allows, so a client can hide what would be refused;
 * and the other projects they can work in, so a client can offer to sign in to one of them.
 */
export async function showMe(s: Services, p: Principal, input: { project_id: string }) {
  if (input.project_id !== p.projectId) throw new DomainError('PROJECT_NOT_SCOPED');
  const [user, project, domain, rows] = await Promise.all([
    getUser(s.store.db, p.userId),
    getProject(s.store.db, p.projectId),
    getDomain(s.store.db, p.domainId),
    workspacesWithRole(s.store.db, p.projectId, p.userId),
  ]);
  if (!user || !project || !domain) throw new DomainError('TOKEN_INVALID');
  const projects = await projectsOfUser(s.store.db, domain.id, user.id, user.is_domain_admin === 1);
  const operations = Object.keys(OPERATIONS) as Operation[];
  return {
    user: { id: user.id, name: user.name, domain_id: domain.id, domain_name: domain.name, is_domain_admin: user.is_domain_admin === 1 },
    project: { id: project.id, name: project.name },
    // The project the credential is scoped to is always one of them, member or not.
    projects: projects.some((x) => x.id === project.id) ? projects : [{ id: project.id, name: project.name }, ...projects],
    workspaces: rows.map((w) => ({
      id: w.id,
      name: w.name,
      mode: w.mode,
      role: w.role,
      operations: operations.filter((op) => mayCall(w.role, op)),
    })),
  };
}
