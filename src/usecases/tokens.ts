import { DomainError } from '../domain/errors.js';
import { isoUtc } from '../domain/time.js';
import { findDomainByName, findProjectByName, findUser, getProject } from '../store/identity.js';
import { findTokenWithUser, insertToken } from '../store/tokens.js';
import { TOKEN_TTL_MS, newToken, tokenHash } from '../iam/tokens.js';
import type { AccessKeyRow } from '../store/access-keys.js';
import type { Services } from '../services.js';
import type { TokenRequest } from '../api/wire/iam.js';
import { verifyWithLockout } from './password-guard.js';

/**
 * The credential a request was authenticated with. `epoch` is the user's credential epoch it was issued
 * against (a password change moves the epoch on and voids it); `expiresAt` bounds whatever it mints.
 */
export interface Credential {
  kind: 'token' | 'permanent-key' | 'temporary-key';
  /** The access key; empty for a token, which is never named back. */
  id: string;
  expiresAt: string | null;
  epoch: number;
}

/** Who a verified credential belongs to, and the project it is scoped to. */
export interface Principal {
  userId: string;
  userName: string;
  domainId: string;
  projectId: string;
  credential: Credential;
}

export function keyCredential(key: AccessKeyRow): Credential {
  return {
    kind: key.security_token_hash === null ? 'permanent-key' : 'temporary-key', id: key.access,
    expiresAt: key.expires_at, epoch: key.credential_epoch ?? 0,
  };
}

/** The 401 for a credential that was valid when the request came in but has been revoked since. */
export function revoked(c: Credential): DomainError {
  return c.kind === 'token' ? new DomainError('TOKEN_INVALID') : new DomainError('AKSK_UNKNOWN', { ak: c.id });
}

/** IAM's time format: six fractional digits and a Z (`2020-01-04T09:05:22.701000Z`). */
const iamTime = (d: Date) => d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');

/** POST /v3/auth/tokens: the password method, scoped to one project by id or by name (docs/API.md §8.1). */
export async function issueToken(s: Services, req: TokenRequest, source: string) {
  const { identity, scope } = req.auth;
  if (!identity.methods.includes('password')) {
    throw new DomainError('INVALID_PARAMETER', { detail: 'only the password method is supported' });
  }
  const u = identity.password.user;
  const db = s.store.db;
  const domain = await findDomainByName(db, u.domain.name);
  // One read gives the hash and the epoch together: the token carries the epoch of the password it was
  // verified against, so a reset that commits after this read voids it even if it is written later.
  const user = (domain && (await findUser(db, domain.id, u.name))) || undefined;
  const ok = await verifyWithLockout(s, source, user, u.password);
  if (!ok || !domain || !user) throw new DomainError('IAM_BAD_CREDENTIALS');
  const p = scope.project;
  const project = p.id ? await getProject(db, p.id) : p.name ? await findProjectByName(db, domain.id, p.name) : undefined;
  if (!project || project.domain_id !== domain.id) throw new DomainError('IAM_PROJECT_NOT_FOUND');
  const issued = s.clock.now();
  const expires = new Date(issued.getTime() + TOKEN_TTL_MS);
  const token = newToken();
  await insertToken(db, {
    token_hash: tokenHash(token), user_id: user.id, project_id: project.id,
    issued_at: isoUtc(issued), expires_at: isoUtc(expires), credential_epoch: user.credential_epoch ?? 0,
  });
  const domainRef = { id: domain.id, name: domain.name };
  return {
    token,
    body: {
      token: {
        expires_at: iamTime(expires),
        issued_at: iamTime(issued),
        methods: ['password'],
        catalog: [],
        project: { id: project.id, name: project.name, domain: domainRef },
        roles: [{ id: '0', name: 'te_admin' }, { id: '0', name: 'op_service' }],
        user: { id: user.id, name: user.name, domain: domainRef, password_expires_at: '' },
      },
    },
  };
}

/** Verifies an `X-Auth-Token`: known, unexpired, its user still there and its password unchanged since. */
export async function authenticateToken(s: Services, token: string): Promise<Principal> {
  const row = await findTokenWithUser(s.store.db, tokenHash(token));
  if (!row) throw new DomainError('TOKEN_INVALID');
  if (row.expires_at <= isoUtc(s.clock.now())) throw new DomainError('TOKEN_EXPIRED', { expires_at: iamTime(new Date(row.expires_at)) });
  if (!row.found_user_id || row.user_name === null || row.domain_id === null) throw new DomainError('TOKEN_INVALID');
  if ((row.credential_epoch ?? 0) !== (row.user_epoch ?? 0)) throw new DomainError('TOKEN_INVALID');
  return {
    userId: row.found_user_id, userName: row.user_name, domainId: row.domain_id, projectId: row.project_id,
    credential: { kind: 'token', id: '', expiresAt: row.expires_at, epoch: row.credential_epoch ?? 0 },
  };
}
