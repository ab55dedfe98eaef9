import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.js';
import type { Role } from '../domain/enums.js';
import type { WorkspaceMode } from '../domain/environments.js';
import { mayCall, type Operation } from '../iam/permissions.js';
import { getWorkspaceWithRole } from '../store/identity.js';
import { authenticateSignature } from '../usecases/signatures.js';
import { authenticateToken, type Principal } from '../usecases/tokens.js';
import type { Caller, Services } from '../services.js';
import { RateLimiter } from './throttle.js';

declare module 'fastify' {
  interface FastifyRequest { caller?: Caller; principal?: Principal }
  interface FastifyContextConfig {
    /** The permission-matrix operation of a design route: authentication, project, workspace and role. */
    operation?: Operation;
    /** IAM and administration routes: authentication only; the use case checks the rest. */
    authenticated?: boolean;
  }
}

/**
 * One credential scheme: answers the principal when the request carries its kind of credential, null
 * when it does not, and throws when the credential is there but wrong.
 */
export type Authenticator = (s: Services, req: FastifyRequest) => Promise<Principal | null>;

export const tokenAuthenticator: Authenticator = async (s, req) => {
  const token = req.headers['x-auth-token'];
  if (typeof token !== 'string' || token === '') return null;
  return authenticateToken(s, token);
};

export const signatureAuthenticator: Authenticator = async (s, req) => {
  const authorization = req.headers.authorization;
  if (typeof authorization !== 'string' || authorization === '') return null;
  return authenticateSignature(s, {
    authorization, method: req.method, url: req.raw.url ?? req.url, headers: req.headers, body: req.rawBody,
    pathProjectId: (req.params as { project_id?: string }).project_id,
  });
};

export const AUTHENTICATORS: readonly Authenticator[] = [signatureAuthenticator, tokenAuthenticator];

export async function authenticate(s: Services, req: FastifyRequest, authenticators: readonly Authenticator[]): Promise<Principal> {
  for (const a of authenticators) {
    const principal = await a(s, req);
    if (principal) return principal;
  }
  throw new DomainError('TOKEN_MISSING');
}

/**
 * Tenant and permission, in the gateway's order: may the credential reach this project (403), does the
 * workspace exist there (400 DLG.0818), may the role call this (403).
 */
export async function resolveCaller(s: Services, req: FastifyRequest, op: Operation, principal: Principal): Promise<Caller> {
  const projectId = (req.params as { project_id?: string }).project_id;
  if (!projectId || projectId !== principal.projectId) throw new DomainError('PROJECT_NOT_SCOPED');
  const wsHeader = req.headers.workspace;
  const workspaceId = typeof wsHeader === 'string' ? wsHeader : '';
  const ws = workspaceId ? await getWorkspaceWithRole(s.store.db, projectId, workspaceId, principal.userId) : undefined;
  if (!ws) throw new DomainError('WORKSPACE_NOT_FOUND', { workspace: workspaceId || '(none)' });
  const role = (ws.role ?? undefined) as Role | undefined;
  if (!mayCall(role, op)) {
    throw new DomainError('FORBIDDEN', { detail: role ? `the ${role} role may not call ${op}` : 'the user is not a member of this workspace' });
  }
  return {
    userId: principal.userId, userName: principal.userName, role: role!,
    tenant: { projectId, workspaceId: ws.id }, mode: ws.mode as WorkspaceMode, enforceReferences: ws.enforce_references !== 0,
  };
}

/**
 * Runs before schema validation, as the cloud's gateway answers 401, 403 and 429 before the service
 * reads the body.
 */
export function registerAuthentication(app: FastifyInstance, s: Services, authenticators: readonly Authenticator[] = AUTHENTICATORS) {
  const limiter = new RateLimiter(() => s.clock.now().getTime());
  app.addHook('preValidation', async (req) => {
    const { operation, authenticated } = req.routeOptions.config ?? {};
    if (!operation && !authenticated) return;
    const principal = await authenticate(s, req, authenticators);
    req.principal = principal;
    const limit = req.method === 'GET' ? s.config.rateLimitQuery : s.config.rateLimitWrite;
    const wait = limiter.take(`${principal.userId} ${req.method} ${req.routeOptions.url}`, limit);
    if (wait !== null) throw new DomainError('THROTTLED', { limit, retry_after: wait });
    if (operation) req.caller = await resolveCaller(s, req, operation, principal);
  });
}

/** The caller of a design route; the hook guarantees it is there. */
export function callerOf(req: FastifyRequest): Caller {
  if (!req.caller) throw new Error(`route ${req.routeOptions.url} has no operation and so no caller`);
  return req.caller;
}

export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new Error(`route ${req.routeOptions.url} is not authenticated`);
  return req.principal;
}
