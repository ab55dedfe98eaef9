import { DomainError } from '../domain/errors.js';
import { hex32 } from '../domain/ids.js';
import { isoUtc } from '../domain/time.js';
import { hashPassword, verifyPassword } from '../iam/passwords.js';
import { revokeCredentials } from '../store/access-keys.js';
import { deleteUser, findUser, getUser, insertUser, listUsers, setPassword } from '../store/identity.js';
import type { UserTable } from '../store/schema.js';
import type { Services } from '../services.js';
import type { Principal } from './tokens.js';

/** IAM users of a domain. Only the domain's security administrators manage other users. */

export async function requireDomainAdmin(s: Services, p: Principal): Promise<UserTable> {
  const me = await getUser(s.store.db, p.userId);
  if (!me || me.is_domain_admin !== 1) throw new DomainError('IAM_FORBIDDEN');
  return me;
}

/** A user of the caller's domain, or IAM's 404. */
async function userInDomain(s: Services, p: Principal, userId: string): Promise<UserTable> {
  const u = await getUser(s.store.db, userId);
  if (!u || u.domain_id !== p.domainId) throw new DomainError('IAM_NOT_FOUND', { target: 'user', id: userId });
  return u;
}

function checkPassword(pw: string) {
  // IAM's default policy: 8 to 32 characters, at least two kinds of character.
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((r) => r.test(pw)).length;
  if (pw.length < 8 || pw.length > 32 || kinds < 2) throw new DomainError('IAM_BAD_REQUEST', { key: 'password' });
}

export async function createUser(s: Services, p: Principal, name: string, password: string): Promise<UserTable> {
  await requireDomainAdmin(s, p);
  checkPassword(password);
  return s.store.db.transaction().execute(async (tx) => {
    if (await findUser(tx, p.domainId, name)) throw new DomainError('IAM_CONFLICT', { details: `duplicate name ${name}` });
    const row: UserTable = {
      id: hex32(), domain_id: p.domainId, name, password_hash: await hashPassword(password),
      create_time: isoUtc(s.clock.now()), is_domain_admin: 0,
    };
    await insertUser(tx, row);
    return row;
  });
}

export async function searchUsers(s: Services, p: Principal, name?: string) {
  await requireDomainAdmin(s, p);
  return listUsers(s.store.db, p.domainId, name);
}

/** A new password revokes every token and access key of the user. */
export async function changePassword(s: Services, p: Principal, userId: string, password: string, original?: string) {
  const self = userId === p.userId;
  if (!self || original === undefined) await requireDomainAdmin(s, p);
  const user = await userInDomain(s, p, userId);
  if (self && original !== undefined && !(await verifyPassword(original, user.password_hash))) {
    throw new DomainError('IAM_BAD_REQUEST', { key: 'original_password' });
  }
  checkPassword(password);
  const hash = await hashPassword(password);
  await s.store.db.transaction().execute(async (tx) => {
    await setPassword(tx, userId, hash);
    await revokeCredentials(tx, userId);
  });
  return user;
}

export async function removeUser(s: Services, p: Principal, userId: string) {
  await requireDomainAdmin(s, p);
  const user = await userInDomain(s, p, userId);
  if (user.id === p.userId) throw new DomainError('IAM_BAD_REQUEST', { key: 'user_id (a user cannot delete itself)' });
  await s.store.db.transaction().execute(async (tx) => {
    await revokeCredentials(tx, userId);
    await deleteUser(tx, userId);
  });
}

export { userInDomain };
