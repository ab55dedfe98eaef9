import { createHash } from 'node:crypto';
import { Transform, pipeline } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.js';
import { EMPTY_SHA256 } from '../iam/aksk.js';
import type { Operation } from '../iam/permissions.js';
import { recordFailedAuthentication } from '../usecases/audit.js';
import { startCredentialCache, stopCredentialCache } from '../usecases/credential-cache.js';
import type { Principal } from '../usecases/principal.js';
import { resolveCaller } from '../usecases/resolve-caller.js';
import { checkSignatureBody, checkSignatureHead } from '../usecases/signatures.js';
import { authenticateToken } from '../usecases/tokens.js';
import type { Caller, Services } from '../services.js';
import { RateLimiter } from './throttle.js';
import { withFields } from '../domain/with-fields.js';

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Caller;
    principal?: Principal;
  }
  interface FastifyContextConfig {
    /** The permission-matrix operation of a design route: authentication, project, workspace and role. */
    operation?: Operation;
    /** IAM and administration routes: authentication only; the use case checks the rest. */
    authenticated?: boolean;
  }
}

/**
 * What a credential scheme makes of a request's headers: who it is, or the check that remains once the
 * body's bytes are in (an AK/SK signature covers their SHA-256).
 */
export type Admission = { principal: Principal } | { afterBody: (req: FastifyRequest, bodySha256: string) => Promise<Principal> };

/**
 * One credential scheme: answers an admission when the request carries its kind of credential, null
 * when it does not, and throws when the credential is there but wrong. It sees headers only: it runs
 * before the body is read.
 */
export type Authenticator = (s: Services, req: FastifyRequest) => Promise<Admission | null>;

export const tokenAuthenticator: Authenticator = async (s, req) => {
  const token = req.headers['x-auth-token'];
  if (typeof token !== 'string' || token === '') return null;
  return { principal: await authenticateToken(s, token) };
};

export const signatureAuthenticator: Authenticator = async (s, req) => {
  const authorization = req.headers.authorization;
  if (typeof authorization !== 'string' || authorization === '') return null;
  const url = req.raw.url ?? req.url;
  const pending = await checkSignatureHead(s, { authorization, method: req.method, url, headers: req.headers });
  return {
    afterBody: (r, bodySha256) =>
      checkSignatureBody(s, pending, {
        method: r.method,
        url,
        headers: r.headers,
        body: undefined,
        bodySha256,
        pathProjectId: pathProjectId(r),
      }),
  };
};

export const AUTHENTICATORS: readonly Authenticator[] = [signatureAuthenticator, tokenAuthenticator];

export async function authenticate(s: Services, req: FastifyRequest, authenticators: readonly Authenticator[]): Promise<Admission> {
  for (const a of authenticators) {
    const admission = await a(s, req);
    if (admission) return admission;
  }
  throw new DomainError('TOKEN_MISSING');
}

/** The `:project_id` of the route's path, when it has one. */
function pathProjectId(req: FastifyRequest): string | undefined {
  const params = req.params;
  if (typeof params !== 'object' || params === null || !('project_id' in params)) return undefined;
  return typeof params.project_id === 'string' ? params.project_id : undefined;
}

/** The tenant (the path's project, the `workspace` header) and the role's permission for `operation`. */
function tenantCaller(s: Services, req: FastifyRequest, operation: Operation, principal: Principal): Promise<Caller> {
  const wsHeader = req.headers.workspace;
  const workspaceId = typeof wsHeader === 'string' ? wsHeader : '';
  return resolveCaller(s, { principal, operation, projectId: pathProjectId(req), workspaceId });
}

/**
 * A credential that was there and wrong (401; not a missing one, which is no attempt) is recorded in the
 * audit, with the access key it named but never the token, password or signature. Recording must not
 * change the answer: a failure to record is logged, and the 401 goes out regardless.
 */
async function auditFailure(s: Services, req: FastifyRequest, err: unknown): Promise<void> {
  if (!(err instanceof DomainError) || err.status !== 401 || err.key === 'TOKEN_MISSING') return;
  const authorization = req.headers.authorization;
  const aksk = typeof authorization === 'string' && authorization !== '';
  const accessKey = aksk ? /Access=([^,\s]+)/.exec(authorization)?.[1] : undefined;
  try {
    await recordFailedAuthentication(s, {
      operation: req.routeOptions.schema?.operationId ?? `${req.method} ${req.routeOptions.url ?? req.url}`,
      projectId: pathProjectId(req),
      method: aksk ? 'aksk' : 'token',
      accessKey,
      origin: { requestId: req.id, sourceIp: req.ip },
      code: err.code,
      reason: err.key,
    });
  } catch (e) {
    req.log.error({ err: e }, 'could not record a failed authentication in the audit');
  }
}

const afterBody = Symbol('afterBody');
const verdict = Symbol('verdict');
type Pending = FastifyRequest & {
  [afterBody]?: Check;
  /** The one signature check of this request: a failure must be counted once, not per hook. */
  [verdict]?: Promise<Principal>;
};

type Check = (req: FastifyRequest, bodySha256: string) => Promise<Principal>;

/** The request's one signature check: started by whichever hook needs it first, then shared. */
function verdictOf(s: Services, req: Pending, check: Check, bodySha256: string): Promise<Principal> {
  const started =
    req[verdict] ??
    check(req, bodySha256).catch(async (err: unknown) => {
      await auditFailure(s, req, err);
      throw err;
    });
  req[verdict] = started;
  return started;
}

/**
 * Hashes the body as it streams in and checks the signature when its last byte has arrived, before the
 * parser sees any of it: a body that was not signed is never parsed.
 */
function verifyingStream(s: Services, req: Pending, check: Check) {
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      verdictOf(s, req, check, hash.digest('hex')).then(() => done(), done);
    },
  });
}

/**
 * Authentication comes before the body is read, as the cloud's gateway answers 401, 403 and 429 before
 * the service reads a byte of it: an anonymous caller cannot make archgate buffer or parse anything. A
 * token is settled in onRequest. An AK/SK request has everything but its signature checked there; the
 * signature is checked over the received bytes as they end (preParsing), or over no body at all when
 * none is read (preValidation).
 */
export function registerAuthentication(app: FastifyInstance, s: Services, authenticators: readonly Authenticator[] = AUTHENTICATORS) {
  const limiter = new RateLimiter(() => s.clock.now().getTime());
  const cache = startCredentialCache(s.store);
  app.addHook('onClose', async () => stopCredentialCache(s.store));
  // A write outside the design routes (IAM, tenancy, reset: where revocations happen) has committed by
  // now: this node reads the epoch before answering, so its own next request already sees the change.
  // Other nodes see it at their next poll.
  app.addHook('onSend', async (req, _reply, payload) => {
    const { url, config } = req.routeOptions;
    if (req.method !== 'GET' && req.method !== 'HEAD' && url !== undefined && !config?.operation) await cache.check();
    return payload;
  });
  const admit = async (req: FastifyRequest, verified: Principal) => {
    const principal = withFields(verified, { origin: { requestId: req.id, sourceIp: req.ip } });
    req.principal = principal;
    const { operation } = req.routeOptions.config;
    const limit = req.method === 'GET' ? s.config.rateLimitQuery : s.config.rateLimitWrite;
    const wait = limiter.take(`${principal.userId} ${req.method} ${req.routeOptions.url}`, limit);
    if (wait !== null) throw new DomainError('THROTTLED', { limit, retry_after: wait });
    if (operation) req.caller = await tenantCaller(s, req, operation, principal);
  };
  app.addHook('onRequest', async (req: Pending) => {
    const { operation, authenticated } = req.routeOptions.config ?? {};
    if (!operation && !authenticated) return;
    const admission = await authenticate(s, req, authenticators).catch(async (err: unknown) => {
      await auditFailure(s, req, err);
      throw err;
    });
    if ('principal' in admission) await admit(req, admission.principal);
    else req[afterBody] = admission.afterBody;
  });
  app.addHook('preParsing', async (req: Pending, _reply, payload) => {
    const check = req[afterBody];
    // The router never reads a GET or HEAD body: what executes has none.
    if (!check || req.method === 'GET' || req.method === 'HEAD') return payload;
    // pipeline passes a client's abort on to the stream the parser reads, which then fails with it.
    return pipeline(payload, verifyingStream(s, req, check), () => {});
  });
  app.addHook('preValidation', async (req: Pending) => {
    const check = req[afterBody];
    if (check) await admit(req, await verdictOf(s, req, check, EMPTY_SHA256));
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
