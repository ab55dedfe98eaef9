import { DomainError } from '../domain/errors.js';
import type { AccessKeyRow } from '../store/access-keys.js';

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

/** Where a request came from, for the audit: filled in by the HTTP layer once the credential is verified. */
export interface RequestOrigin {
  requestId: string;
  sourceIp: string;
}

/** Who a verified credential belongs to, and the project it is scoped to. */
export interface Principal {
  userId: string;
  userName: string;
  domainId: string;
  projectId: string;
  credential: Credential;
  origin?: RequestOrigin;
}

export function keyCredential(key: AccessKeyRow): Credential {
  return {
    kind: key.security_token_hash === null ? 'permanent-key' : 'temporary-key',
    id: key.access,
    expiresAt: key.expires_at,
    epoch: key.credential_epoch,
  };
}

/** The 401 for a credential that was valid when the request came in but has been revoked since. */
export function revoked(c: Credential): DomainError {
  return c.kind === 'token' ? new DomainError('TOKEN_INVALID') : new DomainError('AKSK_UNKNOWN', { ak: c.id });
}
