import { DomainError } from '../domain/errors.js';
import { mayCall, type Operation } from '../iam/permissions.js';
import { getWorkspaceWithRole } from '../store/identity.js';
import type { Caller, Services } from '../services.js';
import { remembered } from './credential-cache.js';
import type { Principal } from './principal.js';

/** Where a design request says it acts (its path's project, its `workspace` header) and what it calls. */
export interface CallerRequest {
  principal: Principal;
  operation: Operation;
  projectId: string | undefined;
  workspaceId: string;
}

/**
 * Tenant and permission, in the gateway's order: may the credential reach this project (403), does the
 * workspace exist there (400 DLG.0818), may the role call this (403).
 */
export async function resolveCaller(s: Services, r: CallerRequest): Promise<Caller> {
  const { principal, operation, projectId, workspaceId } = r;
  if (!projectId || projectId !== principal.projectId) throw new DomainError('PROJECT_NOT_SCOPED');
  const { userId } = principal;
  const ws = workspaceId
    ? await remembered(
        s.store,
        'tenant',
        `${projectId}\n${workspaceId}\n${userId}`,
        () => getWorkspaceWithRole(s.store.db, projectId, workspaceId, userId),
        (w) => w.role !== null,
      )
    : undefined;
  if (!ws) throw new DomainError('WORKSPACE_NOT_FOUND', { workspace: workspaceId || '(none)' });
  const role = ws.role ?? undefined;
  if (role === undefined) throw new DomainError('FORBIDDEN', { detail: 'the user is not a member of this workspace' });
  if (!mayCall(role, operation)) throw new DomainError('FORBIDDEN', { detail: `the ${role} role may not call ${operation}` });
  return {
    userId: principal.userId,
    userName: principal.userName,
    role,
    tenant: { projectId, workspaceId: ws.id },
    mode: ws.mode,
    enforceReferences: ws.enforce_references !== 0,
    credential: principal.credential,
    origin: principal.origin,
  };
}
