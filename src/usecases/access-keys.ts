import { randomBytes } from 'node:crypto';
import { DomainError } from '../domain/errors.js';
import { MAX_PERMANENT_KEYS, TEMPORARY_KEY_SECONDS } from '../domain/iam-policy.js';
import { isoUtc } from '../domain/time.js';
import { tokenHash } from '../iam/tokens.js';
import { deleteAccessKey, findAccessKey, insertAccessKey, permanentKeysOf, type AccessKeyRow } from '../store/access-keys.js';
import { transact, type Tx } from '../store/db.js';
import { lockUserCredentials } from '../store/identity.js';
import type { Services } from '../services.js';
import { requireDomainAdmin, requireLastingCredential, userInDomain } from './iam-guards.js';
import { revoked, type Principal } from './principal.js';
import { born, gone, recordAudit } from './audit.js';

export type { AccessKeyRow };

/** CreatePermanentAccessKey's input: whose key, and what it is for. */
export interface CreatePermanentKeyInput {
  user_id: string;
  description?: string | null;
}

/** An access key just made: its secret key (and security token, for a temporary one) are answered once, here. */
export interface NewKey {
  row: AccessKeyRow;
  secret: string;
}
export interface NewTemporaryKey extends NewKey {
  securityToken: string;
  expiresAt: string;
}

const newAccess = () =>
  randomBytes(15)
    .toString('base64')
    .replace(/[^A-Z0-9]/gi, '')
    .toUpperCase()
    .padEnd(20, 'X')
    .slice(0, 20);
const newSecret = () =>
  randomBytes(30)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .padEnd(40, '0')
    .slice(0, 40);

/** Users manage their own keys; a domain administrator manages anyone's. */
async function mayManage(s: Services, p: Principal, userId: string) {
  if (userId !== p.userId) await requireDomainAdmin(s, p);
  await userInDomain(s, p, userId);
}

/**
 * The user's credential epoch under a row lock, for a key about to be made for them. When the caller is
 * that user, its own credential must still be of this epoch: a password change that committed since
 * the caller was authenticated has revoked it, and a key made now would survive the revocation.
 */
async function ownerEpoch(tx: Tx, p: Principal, userId: string): Promise<number> {
  const epoch = await lockUserCredentials(tx, userId, true);
  if (epoch === undefined) {
    if (userId === p.userId) throw revoked(p.credential);
    throw new DomainError('IAM_NOT_FOUND', { target: 'user', id: userId });
  }
  if (userId === p.userId && epoch !== p.credential.epoch) throw revoked(p.credential);
  return epoch;
}

/**
 * CreatePermanentAccessKey. The secret key is answered once, here, and kept only sealed. The count and
 * the insert run under the user's row lock, so parallel requests cannot all see room for one more key.
 */
export async function createPermanentAccessKey(s: Services, p: Principal, input: CreatePermanentKeyInput): Promise<NewKey> {
  const userId = input.user_id;
  requireLastingCredential(p);
  await mayManage(s, p, userId);
  const secret = newSecret();
  const sealed = s.secrets.seal(secret);
  return transact(s.store, async (tx) => {
    const epoch = await ownerEpoch(tx, p, userId);
    if ((await permanentKeysOf(tx, userId)).length >= MAX_PERMANENT_KEYS) throw new DomainError('IAM_KEY_LIMIT');
    const row: AccessKeyRow = {
      access: newAccess(),
      user_id: userId,
      secret_sealed: sealed,
      description: input.description ?? null,
      status: 'active',
      create_time: isoUtc(s.clock.now()),
      last_use_time: null,
      project_id: null,
      security_token_hash: null,
      expires_at: null,
      credential_epoch: epoch,
    };
    await insertAccessKey(tx, row);
    await recordAudit(tx, s, p, { operation: 'CreatePermanentAccessKey', targets: [born(row.access, 'active')], workspaceId: null });
    return { row, secret };
  });
}

export async function listPermanentAccessKeys(s: Services, p: Principal, userId: string) {
  await mayManage(s, p, userId);
  return permanentKeysOf(s.store.db, userId);
}

export async function deletePermanentAccessKey(s: Services, p: Principal, access: string) {
  const key = await findAccessKey(s.store.db, access);
  if (!key || key.security_token_hash !== null) throw new DomainError('IAM_NOT_FOUND', { target: 'credential', id: access });
  await mayManage(s, p, key.user_id);
  await transact(s.store, async (tx) => {
    await deleteAccessKey(tx, access);
    await recordAudit(tx, s, p, { operation: 'DeletePermanentAccessKey', targets: [gone(access, key.status)], workspaceId: null });
  });
}

/**
 * CreateTemporaryAccessKeyByToken. Temporary keys act in the project of the credential that asked for
 * them, until they expire: at the requested duration, but never after the asking credential does (a
 * token, or another temporary key). The answer's expires_at says when.
 */
export async function createTemporaryAccessKeyByToken(
  s: Services,
  p: Principal,
  input: { durationSeconds?: number },
): Promise<NewTemporaryKey> {
  const seconds = input.durationSeconds ?? TEMPORARY_KEY_SECONDS.default;
  if (!Number.isInteger(seconds) || seconds < TEMPORARY_KEY_SECONDS.min || seconds > TEMPORARY_KEY_SECONDS.max) {
    throw new DomainError('IAM_BAD_REQUEST', { key: 'duration_seconds' });
  }
  const secret = newSecret();
  const securityToken = `gQ${randomBytes(96).toString('base64url')}`;
  const now = s.clock.now();
  const asked = isoUtc(new Date(now.getTime() + seconds * 1000));
  const limit = p.credential.expiresAt;
  const expiresAt = limit !== null && limit < asked ? limit : asked;
  const row = await transact(s.store, async (tx): Promise<AccessKeyRow> => {
    const key: AccessKeyRow = {
      access: newAccess(),
      user_id: p.userId,
      secret_sealed: s.secrets.seal(secret),
      description: null,
      status: 'active',
      create_time: isoUtc(now),
      last_use_time: null,
      project_id: p.projectId,
      security_token_hash: tokenHash(securityToken),
      expires_at: expiresAt,
      credential_epoch: await ownerEpoch(tx, p, p.userId),
    };
    await insertAccessKey(tx, key);
    await recordAudit(tx, s, p, { operation: 'CreateTemporaryAccessKeyByToken', targets: [born(key.access, 'active')], workspaceId: null });
    return key;
  });
  return { row, secret, securityToken, expiresAt };
}
