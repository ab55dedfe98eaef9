import { DomainError } from '../domain/errors.js';
import { getUser } from '../store/identity.js';
import type { UserRow } from '../store/schema.js';
import type { Services } from '../services.js';
import type { Principal } from './principal.js';

/** Who may manage what in IAM and in archgate's administration: the checks the use cases share. */

export async function requireDomainAdmin(s: Services, p: Principal): Promise<UserRow> {
  const me = await getUser(s.store.db, p.userId);
  if (me?.is_domain_admin !== 1) throw new DomainError('IAM_FORBIDDEN');
  return me;
}

/** A user of the caller's domain, or IAM's 404. */
export async function userInDomain(s: Services, p: Principal, userId: string): Promise<UserRow> {
  const u = await getUser(s.store.db, userId);
  if (!u || u.domain_id !== p.domainId) throw new DomainError('IAM_NOT_FOUND', { target: 'user', id: userId });
  return u;
}

/**
 * A temporary access key does not make credentials that outlive it: a password it set or a user it
 * created would let its holder in after it expires. A token or a permanent key may.
 */
export function requireLastingCredential(p: Principal) {
  if (p.credential.kind === 'temporary-key') throw new DomainError('IAM_FORBIDDEN');
}
