import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.js';
import type { Role } from '../domain/enums.js';
import type { WorkspaceMode } from '../domain/environments.js';
import { mayCall, type Operation } from '../iam/permissions.js';
import { getMembership, getWorkspace } from '../store/identity.js';
import { authenticateToken, type Principal } from '../usecases/tokens.js';
import type { Caller, Services } from '../services.js';

declare module 'fastify' {
  interface FastifyRequest { caller?: Caller }
  interface FastifyContextConfig {
    /** The permission-matrix operation of the route; routes without one are public (IAM, docs). */
    operation?: Operation;
  }
}

/**
 * One credential scheme: answers the principal when the request carries its kind of credential, null
 * when it does not, and throws when the credential is there but wrong. AK/SK slots in as a second one.
 */
export type Authenticator = (s: Services, req: FastifyRequest) => Promise<Principal | null>;

export const tokenAuthenticator: Authenticator = async (s, req) => {
  const token = req.headers['x-auth-token'];
  if (typeof token !== 'string' || token === '') return null;
  return authenticateToken(s, token);
};

/**
 * Authentication, tenant and permission, in the gateway's order: who is calling (401), may the token
 * reach this project (403), does the workspace exist there (400 DLG.0818), may the role call this (403).
 * It runs before schema validation, as the cloud's gateway answers 401 before the service sees the body.
 */
export async function resolveCaller(s: Services, req: FastifyRequest, op: Operation, authenticators: readonly Authenticator[]): Promise<Caller> {
  let principal: Principal | null = null;
  for (const a of authenticators) {
    principal = await a(s, req);
    if (principal) break;
  }
  if (!principal) throw new DomainError('TOKEN_MISSING');
  const projectId = (req.params as { project_id?: string }).project_id;
  if (projectId !== principal.projectId) throw new DomainError('PROJECT_NOT_SCOPED');
  const wsHeader = req.headers.workspace;
  const workspaceId = typeof wsHeader === 'string' ? wsHeader : '';
  const ws = workspaceId ? await getWorkspace(s.store.db, projectId, workspaceId) : undefined;
  if (!ws) throw new DomainError('WORKSPACE_NOT_FOUND', { workspace: workspaceId || '(none)' });
  const member = await getMembership(s.store.db, ws.id, principal.userId);
  const role = member?.role as Role | undefined;
  if (!mayCall(role, op)) {
    throw new DomainError('FORBIDDEN', { detail: role ? `the ${role} role may not call ${op}` : 'the user is not a member of this workspace' });
  }
  return {
    userId: principal.userId, userName: principal.userName, role: role!,
    tenant: { projectId, workspaceId: ws.id }, mode: ws.mode as WorkspaceMode,
  };
}

export function registerAuthentication(app: FastifyInstance, s: Services, authenticators: readonly Authenticator[] = [tokenAuthenticator]) {
  app.addHook('preValidation', async (req) => {
    const op = req.routeOptions.config?.operation;
    if (op) req.caller = await resolveCaller(s, req, op, authenticators);
  });
}

/** The caller of an authenticated route; the hook guarantees it is there. */
export function callerOf(req: FastifyRequest): Caller {
  if (!req.caller) throw new Error(`route ${req.routeOptions.url} has no operation and so no caller`);
  return req.caller;
}
