import { DomainError } from '../domain/errors.js';
import { AKSK_LOCKOUT_AFTER, AKSK_LOCKOUT_MS } from '../domain/iam-policy.js';
import { isoUtc } from '../domain/time.js';
import {
  parseAuthorization,
  verifyBody,
  verifyHead,
  type ParsedAuthorization,
  type SignableHead,
  type SignableRequest,
} from '../iam/aksk.js';
import { tokenHash } from '../iam/tokens.js';
import { clearFailures, failuresOf, findAccessKey, recordFailure, type AccessKeyRow } from '../store/access-keys.js';
import { getProject, getUser } from '../store/identity.js';
import type { Services } from '../services.js';
import { remembered } from './credential-cache.js';
import { keyCredential, type Principal } from './principal.js';

/** A request whose headers passed; its signature is checked once the body is in. */
export interface PendingSignature {
  auth: ParsedAuthorization;
  key: AccessKeyRow;
  /** Whether failures were on record when the headers were checked (a success then clears them). */
  hadFailures: boolean;
}

/**
 * Unsealing (AES-GCM) at every request is work repeated for nothing: a sealed secret always opens to the
 * same key. Bounded by dropping all when full; the revocation of a key is the key row's business, not this.
 */
const openedBy = new WeakMap<Services['secrets'], Map<string, string>>();
function secretOf(s: Services, sealed: string): string {
  let opened = openedBy.get(s.secrets);
  if (!opened) {
    opened = new Map();
    openedBy.set(s.secrets, opened);
  }
  let secret = opened.get(sealed);
  if (secret === undefined) {
    secret = s.secrets.open(sealed);
    if (opened.size >= 10_000) opened.clear();
    opened.set(sealed, secret);
  }
  return secret;
}

async function fail(s: Services, access: string, now: Date): Promise<never> {
  await recordFailure(s.store.db, access, {
    nowIso: isoUtc(now),
    lockAfter: AKSK_LOCKOUT_AFTER,
    lockUntilIso: isoUtc(new Date(now.getTime() + AKSK_LOCKOUT_MS)),
  });
  throw new DomainError('AKSK_SIGNATURE_FAILED');
}

/**
 * Everything an SDK-HMAC-SHA256 request can be refused for without reading its body: a malformed
 * Authorization, an unknown, expired or locked key, a missing or unsigned header, a stale date, a wrong
 * security token. A failure after the key is known counts towards its lockout.
 */
export async function checkSignatureHead(s: Services, req: SignableHead & { authorization: string }): Promise<PendingSignature> {
  const auth = parseAuthorization(req.authorization);
  if (!auth) throw new DomainError('AKSK_SIGNATURE_FAILED');
  const db = s.store.db;
  const now = s.clock.now();
  const nowIso = isoUtc(now);
  // Status and expiry are checked below at every request; the lockout counters are always read afresh.
  const key = await remembered(
    s.store,
    'key',
    auth.access,
    () => findAccessKey(db, auth.access),
    (k) => k.status === 'active',
  );
  if (key?.status !== 'active' || (key.expires_at !== null && key.expires_at <= nowIso)) {
    throw new DomainError('AKSK_UNKNOWN', { ak: auth.access });
  }
  const failures = await failuresOf(db, auth.access);
  if (failures?.locked_until && failures.locked_until > nowIso) throw new DomainError('AKSK_LOCKED');
  if (verifyHead(req, auth, now) !== null) return fail(s, auth.access, now);
  if (key.security_token_hash !== null) {
    const st = req.headers['x-security-token'];
    if (typeof st !== 'string' || !auth.signedHeaders.includes('x-security-token') || tokenHash(st) !== key.security_token_hash) {
      return fail(s, auth.access, now);
    }
  }
  return { auth, key, hadFailures: failures !== undefined };
}

/**
 * The signature over the request as received, body included, then who signed it and the project it acts
 * in (X-Project-Id for a permanent key, the key's own for a temporary one).
 */
export async function checkSignatureBody(
  s: Services,
  pending: PendingSignature,
  req: SignableRequest & { pathProjectId?: string },
): Promise<Principal> {
  const { auth, key } = pending;
  const db = s.store.db;
  const now = s.clock.now();
  if (verifyBody(req, auth, secretOf(s, key.secret_sealed)) !== null) return fail(s, auth.access, now);
  if (pending.hadFailures) {
    await clearFailures(db, auth.access, isoUtc(now));
    // Failures that arrived while this body was read may have locked the key since its headers passed.
    const still = await failuresOf(db, auth.access);
    if (still?.locked_until && still.locked_until > isoUtc(now)) throw new DomainError('AKSK_LOCKED');
  }

  const user = await remembered(s.store, 'user', key.user_id, () => getUser(db, key.user_id));
  if (!user) throw new DomainError('AKSK_UNKNOWN', { ak: auth.access });
  const xProject = req.headers['x-project-id'];
  const projectId = key.project_id ?? (typeof xProject === 'string' && xProject !== '' ? xProject : (req.pathProjectId ?? ''));
  const project = projectId === '' ? undefined : await remembered(s.store, 'project', projectId, () => getProject(db, projectId));
  // A permanent key acts in any project of its user's domain; elsewhere it is not scoped at all.
  const scoped = project && project.domain_id === user.domain_id ? project.id : '';
  return { userId: user.id, userName: user.name, domainId: user.domain_id, projectId: scoped, credential: keyCredential(key) };
}
