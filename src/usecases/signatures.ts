import { DomainError } from '../domain/errors.js';
import { isoUtc } from '../domain/time.js';
import { parseAuthorization, verify, type SignableRequest } from '../iam/aksk.js';
import { tokenHash } from '../iam/tokens.js';
import { clearFailures, failuresOf, findAccessKey, setFailures } from '../store/access-keys.js';
import { getProject, getUser } from '../store/identity.js';
import type { Services } from '../services.js';
import type { Principal } from './tokens.js';

/** The cloud gateway locks an AK for 5 minutes after 5 consecutive signature failures (spec §7.4). */
export const LOCKOUT_AFTER = 5;
export const LOCKOUT_MS = 5 * 60 * 1000;

/**
 * Verifies an SDK-HMAC-SHA256 request: a known, unexpired, unlocked access key, its security token when
 * temporary, and a signature over the headers the request declares signed. Answers who signed it and the
 * project it acts in (X-Project-Id for a permanent key, the key's own for a temporary one).
 */
export async function authenticateSignature(s: Services, req: SignableRequest & { authorization: string; pathProjectId?: string }): Promise<Principal> {
  const auth = parseAuthorization(req.authorization);
  if (!auth) throw new DomainError('AKSK_SIGNATURE_FAILED');
  const db = s.store.db;
  const now = s.clock.now();
  const nowIso = isoUtc(now);
  const key = await findAccessKey(db, auth.access);
  if (!key || key.status !== 'active' || (key.expires_at !== null && key.expires_at <= nowIso)) {
    throw new DomainError('AKSK_UNKNOWN', { ak: auth.access });
  }
  const failures = await failuresOf(db, auth.access);
  if (failures?.locked_until && failures.locked_until > nowIso) throw new DomainError('AKSK_LOCKED');

  let failed = verify(req, auth, s.secrets.open(key.secret_sealed), now) !== null;
  if (!failed && key.security_token_hash !== null) {
    const st = req.headers['x-security-token'];
    failed = typeof st !== 'string' || !auth.signedHeaders.includes('x-security-token') || tokenHash(st) !== key.security_token_hash;
  }
  if (failed) {
    const count = (failures?.locked_until ? 0 : failures?.failures ?? 0) + 1;
    await setFailures(db, auth.access, count >= LOCKOUT_AFTER ? 0 : count, count >= LOCKOUT_AFTER ? isoUtc(new Date(now.getTime() + LOCKOUT_MS)) : null);
    throw new DomainError('AKSK_SIGNATURE_FAILED');
  }
  if (failures) await clearFailures(db, auth.access);

  const user = await getUser(db, key.user_id);
  if (!user) throw new DomainError('AKSK_UNKNOWN', { ak: auth.access });
  const xProject = req.headers['x-project-id'];
  const projectId = key.project_id ?? (typeof xProject === 'string' && xProject !== '' ? xProject : req.pathProjectId ?? '');
  const project = await getProject(db, projectId);
  // A permanent key acts in any project of its user's domain; elsewhere it is not scoped at all.
  const scoped = project && project.domain_id === user.domain_id ? project.id : '';
  return { userId: user.id, userName: user.name, domainId: user.domain_id, projectId: scoped };
}
