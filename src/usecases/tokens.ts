import { DomainError } from '../domain/errors.js';
import { isoUtc } from '../domain/time.js';
import { iamTime } from '../iam/time-format.js';
import { TOKEN_TTL_MS, newToken, tokenHash } from '../iam/tokens.js';
import type { DomainRow, ProjectRow, UserRow } from '../store/schema.js';
import { findDomainByName, findProjectByName, findUser, getProject } from '../store/identity.js';
import { findTokenWithUser, insertToken } from '../store/tokens.js';
import { transact } from '../store/db.js';
import type { Services } from '../services.js';
import { recordAudit, recordFailedAuthentication } from './audit.js';
import { remembered } from './credential-cache.js';
import { verifyWithLockout } from './password-guard.js';
import type { Principal, RequestOrigin } from './principal.js';

export type { DomainRow, ProjectRow, UserRow };

/** KeystoneCreateUserTokenByPassword's input: IAM's password method, scoped to one project by id or by name. */
export interface PasswordAuthInput {
  identity: {
    methods: readonly string[];
    password: { user: { name: string; password: string; domain: { name: string } } };
  };
  scope: { project: { id?: string; name?: string } };
}

/** A token just issued (it is answered once and kept only as its hash), and what it was issued for. */
export interface IssuedToken {
  token: string;
  issuedAt: string;
  expiresAt: string;
  domain: DomainRow;
  project: ProjectRow;
  user: UserRow;
}

/**
 * A refused password login goes into the audit of the project it asked for (when that exists in the
 * user's domain), with the user name tried and never the password. Recording never changes the answer.
 */
async function auditLoginFailure(
  s: Services,
  auth: PasswordAuthInput,
  origin: RequestOrigin,
  err: DomainError,
  user: UserRow | undefined,
  project: ProjectRow | undefined,
) {
  try {
    await recordFailedAuthentication(s, {
      operation: 'KeystoneCreateUserTokenByPassword',
      projectId: project && user && project.domain_id === user.domain_id ? project.id : undefined,
      userId: user?.id,
      userName: auth.identity.password.user.name,
      method: 'password',
      origin,
      code: err.code,
      reason: err.key,
    });
  } catch {
    // The 401 is answered whether or not it could be recorded.
  }
}

/** POST /v3/auth/tokens: the password method, scoped to one project by id or by name (docs/API.md §8.1). */
export async function keystoneCreateUserTokenByPassword(
  s: Services,
  auth: PasswordAuthInput,
  source: string,
  requestId = '',
): Promise<IssuedToken> {
  const { identity, scope } = auth;
  if (!identity.methods.includes('password')) {
    throw new DomainError('INVALID_PARAMETER', { detail: 'only the password method is supported' });
  }
  const u = identity.password.user;
  const db = s.store.db;
  const domain = await findDomainByName(db, u.domain.name);
  // One read gives the hash and the epoch together: the token carries the epoch of the password it was
  // verified against, so a reset that commits after this read voids it even if it is written later.
  const user = (domain && (await findUser(db, domain.id, u.name))) || undefined;
  const p = scope.project;
  const scoped = async (domainId: string) =>
    p.id ? await getProject(db, p.id) : p.name ? await findProjectByName(db, domainId, p.name) : undefined;
  let ok: boolean;
  try {
    ok = await verifyWithLockout(s, source, user, u.password);
  } catch (err) {
    if (err instanceof DomainError)
      await auditLoginFailure(s, auth, { sourceIp: source, requestId }, err, user, domain && (await scoped(domain.id)));
    throw err;
  }
  if (!ok || !domain || !user) {
    const err = new DomainError('IAM_BAD_CREDENTIALS');
    await auditLoginFailure(s, auth, { sourceIp: source, requestId }, err, user, domain && (await scoped(domain.id)));
    throw err;
  }
  const project = await scoped(domain.id);
  if (!project || project.domain_id !== domain.id) throw new DomainError('IAM_PROJECT_NOT_FOUND');
  const issued = s.clock.now();
  const issuedAt = isoUtc(issued);
  const expiresAt = isoUtc(new Date(issued.getTime() + TOKEN_TTL_MS));
  const token = newToken();
  // A login is a security fact: who signed in, from where, into which project. Its record names the user,
  // never the token, and commits with the token row or not at all.
  await transact(s.store, async (tx) => {
    await insertToken(tx, {
      token_hash: tokenHash(token),
      user_id: user.id,
      project_id: project.id,
      issued_at: issuedAt,
      expires_at: expiresAt,
      credential_epoch: user.credential_epoch,
    });
    await recordAudit(
      tx,
      s,
      { userId: user.id, userName: user.name, origin: { sourceIp: source, requestId }, projectId: project.id, auth: 'password' },
      {
        operation: 'KeystoneCreateUserTokenByPassword',
        targets: [],
        workspaceId: null,
        outcome: { status: 'SUCCESS', expires_at: expiresAt },
      },
    );
  });
  return { token, issuedAt, expiresAt, domain, project, user };
}

/** Verifies an `X-Auth-Token`: known, unexpired, its user still there and its password unchanged since. */
export async function authenticateToken(s: Services, token: string): Promise<Principal> {
  const hash = tokenHash(token);
  // Kept only while it admits; expiry is checked below at every request, against the (test) clock.
  const row = await remembered(
    s.store,
    'token',
    hash,
    () => findTokenWithUser(s.store.db, hash),
    (r) => r.found_user_id !== null && r.credential_epoch === (r.user_epoch ?? 0),
  );
  if (!row) throw new DomainError('TOKEN_INVALID');
  if (row.expires_at <= isoUtc(s.clock.now())) throw new DomainError('TOKEN_EXPIRED', { expires_at: iamTime(row.expires_at) });
  if (!row.found_user_id || row.user_name === null || row.domain_id === null) throw new DomainError('TOKEN_INVALID');
  if (row.credential_epoch !== (row.user_epoch ?? 0)) throw new DomainError('TOKEN_INVALID');
  return {
    userId: row.found_user_id,
    userName: row.user_name,
    domainId: row.domain_id,
    projectId: row.project_id,
    credential: { kind: 'token', id: '', expiresAt: row.expires_at, epoch: row.credential_epoch },
  };
}
