import { DomainError } from '../domain/errors.js';
import { meetsPasswordPolicy } from '../domain/iam-policy.js';
import { hex32 } from '../domain/ids.js';
import { isoUtc } from '../domain/time.js';
import { hashPassword } from '../iam/passwords.js';
import { revokeCredentials } from '../store/access-keys.js';
import { transact } from '../store/db.js';
import { deleteUser, findUser, insertUser, lockUserCredentials, setPassword, usersOfDomain } from '../store/identity.js';
import { forgetScope } from '../store/login-failures.js';
import type { UserRow } from '../store/schema.js';
import { onUniqueViolation } from '../store/unique.js';
import type { Services } from '../services.js';
import { requireDomainAdmin, requireLastingCredential, userInDomain } from './iam-guards.js';
import { verifyWithLockout } from './password-guard.js';
import type { Principal } from './principal.js';
import { born, changed, gone, recordAudit } from './audit.js';

export type { UserRow };

/** IAM users of a domain. Only the domain's security administrators manage other users. */

export interface CreateUserInput {
  name: string;
  password: string;
}

function checkPassword(pw: string) {
  if (!meetsPasswordPolicy(pw)) throw new DomainError('IAM_BAD_REQUEST', { key: 'password' });
}

/** CreateUser: a user of the caller's domain. */
export async function createUser(s: Services, p: Principal, input: CreateUserInput): Promise<UserRow> {
  const { name, password } = input;
  requireLastingCredential(p);
  await requireDomainAdmin(s, p);
  checkPassword(password);
  // Hashed before the transaction: on SQLite a transaction holds the only connection.
  const row: UserRow = {
    id: hex32(),
    domain_id: p.domainId,
    name,
    password_hash: await hashPassword(password),
    create_time: isoUtc(s.clock.now()),
    is_domain_admin: 0,
    credential_epoch: 0,
  };
  const duplicate = () => new DomainError('IAM_CONFLICT', { details: `duplicate name ${name}` });
  // The unique key (domain_id, name) decides a race that both requests' checks passed.
  return onUniqueViolation(
    () =>
      transact(s.store, async (tx) => {
        if (await findUser(tx, p.domainId, name)) throw duplicate();
        await insertUser(tx, row);
        await recordAudit(tx, s, p, { operation: 'CreateUser', targets: [born(row.id)], workspaceId: null });
        return row;
      }),
    duplicate,
  );
}

/** KeystoneListUsers: the users of the caller's domain, optionally one name. */
export async function keystoneListUsers(s: Services, p: Principal, query: { name?: string }) {
  await requireDomainAdmin(s, p);
  return usersOfDomain(s.store.db, p.domainId, query.name);
}

interface PasswordChange {
  userId: string;
  password: string;
  /** The current password, when the user proves it rather than an administrator setting a new one. */
  original?: string;
  /** The client address, whose failed proofs count towards its lockout. */
  source: string;
}

/**
 * A new password revokes every token and access key of the user, including those whose password check
 * is still under way: it moves the user's credential epoch on, which they carry (see tokens.ts).
 */
async function changePassword(s: Services, p: Principal, c: PasswordChange, operation: string): Promise<UserRow> {
  // Only the user's own current password proves a change; anyone else's change is an administrator's.
  const proof = c.userId === p.userId ? c.original : undefined;
  if (proof === undefined) {
    requireLastingCredential(p);
    await requireDomainAdmin(s, p);
  }
  const user = await userInDomain(s, p, c.userId);
  if (proof !== undefined && !(await verifyWithLockout(s, c.source, user, proof))) {
    throw new DomainError('IAM_BAD_REQUEST', { key: 'original_password' });
  }
  checkPassword(c.password);
  const hash = await hashPassword(c.password);
  await transact(s.store, async (tx) => {
    await setPassword(tx, c.userId, hash);
    await revokeCredentials(tx, c.userId);
    // The target is the user; the password itself is never recorded.
    await recordAudit(tx, s, p, { operation, targets: [changed(c.userId)], workspaceId: null });
  });
  return user;
}

/** UpdateUser: a domain administrator sets a user's password. */
export async function updateUser(s: Services, p: Principal, input: { userId: string; password: string; source: string }) {
  return changePassword(s, p, input, 'UpdateUser');
}

/** KeystoneUpdateUserPassword: one's own password, proven by the current one (or an administrator's say). */
export async function keystoneUpdateUserPassword(s: Services, p: Principal, input: Required<PasswordChange>) {
  await changePassword(s, p, input, 'KeystoneUpdateUserPassword');
}

/** KeystoneDeleteUser: never oneself. */
export async function keystoneDeleteUser(s: Services, p: Principal, userId: string) {
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
    await recordAudit(tx, s, p, { operation: 'KeystoneDeleteUser', targets: [gone(userId)], workspaceId: null });
  });
}
