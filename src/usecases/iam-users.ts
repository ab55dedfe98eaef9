import { DomainError } from '../domain/errors.js';
import { hex32 } from '../domain/ids.js';
import { isoUtc } from '../domain/time.js';
import { hashPassword } from '../iam/passwords.js';
import { revokeCredentials } from '../store/access-keys.js';
import { deleteUser, findUser, getUser, insertUser, listUsers, lockUserCredentials, setPassword } from '../store/identity.js';
import { forgetScope } from '../store/login-failures.js';
import type { UserRow } from '../store/schema.js';
import { onUniqueViolation } from '../store/unique.js';
import type { Services } from '../services.js';
import { verifyWithLockout } from './password-guard.js';
import type { Principal } from './tokens.js';
import { transact } from '../store/db.js';

/** IAM users of a domain. Only the domain's security administrators manage other users. */

export async function requireDomainAdmin(s: Services, p: Principal): Promise<UserRow> {
  const me = await getUser(s.store.db, p.userId);
  if (!me || me.is_domain_admin !== 1) throw new DomainError('IAM_FORBIDDEN');
  return me;
}

/** A user of the caller's domain, or IAM's 404. */
async function userInDomain(s: Services, p: Principal, userId: string): Promise<UserRow> {
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

function checkPassword(pw: string) {
  // IAM's default policy: 8 to 32 characters, at least two kinds of character.
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((r) => r.test(pw)).length;
  if (pw.length < 8 || pw.length > 32 || kinds < 2) throw new DomainError('IAM_BAD_REQUEST', { key: 'password' });
}

export async function createUser(s: Services, p: Principal, name: string, password: string): Promise<UserRow> {
  requireLastingCredential(p);
  await requireDomainAdmin(s, p);
  checkPassword(password);
  // Hashed before the transaction: on SQLite a transaction holds the only connection.
  const row: UserRow = {
    id: hex32(), domain_id: p.domainId, name, password_hash: await hashPassword(password),
    create_time: isoUtc(s.clock.now()), is_domain_admin: 0, credential_epoch: 0,
  };
  const duplicate = () => new DomainError('IAM_CONFLICT', { details: `duplicate name ${name}` });
  // The unique key (domain_id, name) decides a race that both requests' checks passed.
  return onUniqueViolation(() => transact(s.store, async (tx) => {
    if (await findUser(tx, p.domainId, name)) throw duplicate();
    await insertUser(tx, row);
    return row;
  }), duplicate);
}

export async function searchUsers(s: Services, p: Principal, name?: string) {
  await requireDomainAdmin(s, p);
  return listUsers(s.store.db, p.domainId, name);
}

/**
 * A new password revokes every token and access key of the user, including those whose password check
 * is still under way: it moves the user's credential epoch on, which they carry (see issueToken).
 */
export async function changePassword(s: Services, p: Principal, userId: string, password: string, original: string | undefined, source: string) {
  const self = userId === p.userId;
  const proven = self && original !== undefined;
  if (!proven) {
    requireLastingCredential(p);
    await requireDomainAdmin(s, p);
  }
  const user = await userInDomain(s, p, userId);
  if (proven && !(await verifyWithLockout(s, source, user, original))) {
    throw new DomainError('IAM_BAD_REQUEST', { key: 'original_password' });
  }
  checkPassword(password);
  const hash = await hashPassword(password);
  await transact(s.store, async (tx) => {
    await setPassword(tx, userId, hash);
    await revokeCredentials(tx, userId);
  });
  return user;
}

export async function removeUser(s: Services, p: Principal, userId: string) {
  await requireDomainAdmin(s, p);
  const user = await userInDomain(s, p, userId);
  if (user.id === p.userId) throw new DomainError('IAM_BAD_REQUEST', { key: 'user_id (a user cannot delete itself)' });
  // Tokens join their user, so a token written after this commits finds none; keys are made under the
  // user's row lock (access-keys.ts), taken here first, so none is written after the revocation.
  await transact(s.store, async (tx) => {
    await lockUserCredentials(tx, userId, true);
    await revokeCredentials(tx, userId);
    await deleteUser(tx, userId);
    await forgetScope(tx, `user:${userId}`);
  });
}

export { userInDomain };
