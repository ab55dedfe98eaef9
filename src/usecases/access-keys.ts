import { randomBytes } from 'node:crypto';
import { DomainError } from '../domain/errors.js';
import { isoUtc } from '../domain/time.js';
import { tokenHash } from '../iam/tokens.js';
import { deleteAccessKey, findAccessKey, insertAccessKey, permanentKeysOf, type AccessKeyRow } from '../store/access-keys.js';
import type { Services } from '../services.js';
import { requireDomainAdmin, userInDomain } from './iam-users.js';
import type { Principal } from './tokens.js';

/** IAM allows two permanent access keys per user. */
export const MAX_PERMANENT_KEYS = 2;

const newAccess = () => randomBytes(15).toString('base64').replace(/[^A-Z0-9]/gi, '').toUpperCase().padEnd(20, 'X').slice(0, 20);
const newSecret = () => randomBytes(30).toString('base64').replace(/[^A-Za-z0-9]/g, '').padEnd(40, '0').slice(0, 40);

/** Users manage their own keys; a domain administrator manages anyone's. */
async function mayManage(s: Services, p: Principal, userId: string) {
  if (userId !== p.userId) await requireDomainAdmin(s, p);
  await userInDomain(s, p, userId);
}

/** The secret key is answered once, here, and kept only sealed. */
export async function createPermanentKey(s: Services, p: Principal, userId: string, description: string | null) {
  await mayManage(s, p, userId);
  return s.store.db.transaction().execute(async (tx) => {
    if ((await permanentKeysOf(tx, userId)).length >= MAX_PERMANENT_KEYS) throw new DomainError('IAM_KEY_LIMIT');
    const secret = newSecret();
    const row: AccessKeyRow = {
      access: newAccess(), user_id: userId, secret_sealed: s.secrets.seal(secret), description, status: 'active',
      create_time: isoUtc(s.clock.now()), last_use_time: null, project_id: null, security_token_hash: null, expires_at: null,
    };
    await insertAccessKey(tx, row);
    return { row, secret };
  });
}

export async function listPermanentKeys(s: Services, p: Principal, userId: string) {
  await mayManage(s, p, userId);
  return permanentKeysOf(s.store.db, userId);
}

export async function removePermanentKey(s: Services, p: Principal, access: string) {
  const key = await findAccessKey(s.store.db, access);
  if (!key || key.security_token_hash !== null) throw new DomainError('IAM_NOT_FOUND', { target: 'credential', id: access });
  await mayManage(s, p, key.user_id);
  await deleteAccessKey(s.store.db, access);
}

/** Temporary keys act in the project of the token that asked for them, until they expire. */
export async function createTemporaryKey(s: Services, p: Principal, durationSeconds: number) {
  if (!Number.isInteger(durationSeconds) || durationSeconds < 900 || durationSeconds > 86400) {
    throw new DomainError('IAM_BAD_REQUEST', { key: 'duration_seconds' });
  }
  const secret = newSecret();
  const securityToken = `gQ${randomBytes(96).toString('base64url')}`;
  const now = s.clock.now();
  const row: AccessKeyRow = {
    access: newAccess(), user_id: p.userId, secret_sealed: s.secrets.seal(secret), description: null, status: 'active',
    create_time: isoUtc(now), last_use_time: null, project_id: p.projectId, security_token_hash: tokenHash(securityToken),
    expires_at: isoUtc(new Date(now.getTime() + durationSeconds * 1000)),
  };
  await insertAccessKey(s.store.db, row);
  return { row, secret, securityToken };
}
