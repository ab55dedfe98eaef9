import { DomainError } from '../domain/errors.js';
import { meetsPasswordPolicy } from '../domain/iam-policy.js';
import { hex32 } from '../domain/ids.js';
import { isoUtc } from '../domain/time.js';
import { generatePassword, hashPassword } from '../iam/passwords.js';
import { revokeCredentials } from '../store/access-keys.js';
import { transact, type Tx } from '../store/db.js';
import {
  deleteUser,
  findDomainByName,
  findUser,
  firstAdminName,
  firstWorkspace,
  insertUser,
  lockUserCredentials,
  projectsOfDomain,
  setPassword,
  setUserEmail,
  usersOfDomain,
} from '../store/identity.js';
import { forgetScope } from '../store/login-failures.js';
import { forgetPendingPassword } from '../store/sealed.js';
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
  /** Where the user is told of decisions on what they submit (issue 14). */
  email?: string | null;
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
    email: input.email || null,
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
  /** An email address written in the same transaction (UpdateUser). */
  email?: string | null;
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
    await storeNewPassword(tx, c.userId, hash);
    if (c.email !== undefined) await setUserEmail(tx, c.userId, c.email);
    // The target is the user; the password itself is never recorded.
    await recordAudit(tx, s, p, { operation, targets: [changed(c.userId)], workspaceId: null });
  });
  return user;
}

/** The write of a new password: the hash, and the revocation of every token and key issued against the old one. */
async function storeNewPassword(tx: Tx, userId: string, hash: string) {
  await setPassword(tx, userId, hash);
  await revokeCredentials(tx, userId);
}

/** The actor of a password reset run on the server's machine: no user, credential or request. */
export const LOCAL_ADMIN_CLI = 'local:admin-cli';

export interface LocalPasswordReset {
  domain: string;
  userName: string;
  /** The new password; generated (and answered) when absent. */
  password?: string;
  /** Who ran the command, as the machine knows them (its login name and host), for the audit. */
  operator: string;
}

/**
 * `archgate admin reset-password`: the way back for a lost administrator password, by whoever can open
 * the store on the server's machine (that access is the authority; no credential is asked). The same
 * password policy and the same write as a password change, so the user's tokens and keys are revoked
 * alike; the user's lockout is lifted too. Audited in every project of the user's domain, as the actor
 * `local:admin-cli`, without a request id.
 */
export async function resetPasswordLocally(s: Pick<Services, 'store' | 'clock' | 'config'>, r: LocalPasswordReset) {
  const password = r.password ?? generateWithinPolicy();
  checkPassword(password);
  const hash = await hashPassword(password);
  return transact(s.store, async (tx) => {
    const domain = await findDomainByName(tx, r.domain);
    const user = domain && (await findUser(tx, domain.id, r.userName));
    if (!domain || !user) throw new DomainError('IAM_NOT_FOUND', { target: 'user', id: `${r.userName} in domain ${r.domain}` });
    await lockUserCredentials(tx, user.id, true);
    await storeNewPassword(tx, user.id, hash);
    await forgetScope(tx, `user:${user.id}`);
    // A first start's generated password not yet shown would be shown by the next start: it is void now.
    const ws = await firstWorkspace(tx);
    if (user.is_domain_admin === 1 && ws && (await firstAdminName(tx, ws.id)) === user.name) await forgetPendingPassword(tx);
    const projects = (await projectsOfDomain(tx, domain.id)).map((p) => p.id);
    const actor = { userId: LOCAL_ADMIN_CLI, userName: LOCAL_ADMIN_CLI, auth: 'local' };
    for (const projectId of projects) {
      await recordAudit(tx, s, actor, {
        operation: 'ArchgateLocalResetPassword',
        targets: [changed(user.id)],
        projectId,
        workspaceId: null,
        outcome: { status: 'SUCCESS', operator: r.operator },
      });
    }
    return { user, projects, generated: r.password === undefined ? password : undefined };
  });
}

function generateWithinPolicy(): string {
  for (;;) {
    const pw = generatePassword();
    if (meetsPasswordPolicy(pw)) return pw;
  }
}

export interface UserUpdate {
  userId: string;
  /** A new password, which revokes the user's tokens and keys. */
  password?: string;
  /** A new email address, or null (or empty) for none. */
  email?: string | null;
  source: string;
}

/** UpdateUser: a domain administrator sets a user's password, email, or both, in one write. */
export async function updateUser(s: Services, p: Principal, u: UserUpdate): Promise<UserRow> {
  if (u.password === undefined) {
    requireLastingCredential(p);
    await requireDomainAdmin(s, p);
    const user = await userInDomain(s, p, u.userId);
    if (u.email === undefined) return user;
    await saveEmail(s, p, u.userId, u.email || null, 'UpdateUser');
    return { ...user, email: u.email || null };
  }
  const email = u.email === undefined ? undefined : u.email || null;
  const user = await changePassword(s, p, { userId: u.userId, password: u.password, source: u.source, email }, 'UpdateUser');
  return email === undefined ? user : { ...user, email };
}

/** UpdateUserInformation: a user sets their own email address (`mobile` is not kept: archgate sends no SMS). */
export async function updateOwnInformation(s: Services, p: Principal, userId: string, email: string | null | undefined) {
  if (userId !== p.userId) throw new DomainError('IAM_FORBIDDEN');
  // A temporary key must not leave a lasting change behind: where the user's mail goes outlives it.
  requireLastingCredential(p);
  await userInDomain(s, p, userId);
  if (email !== undefined) await saveEmail(s, p, userId, email || null, 'UpdateUserInformation');
}

async function saveEmail(s: Services, p: Principal, userId: string, email: string | null, operation: string) {
  await transact(s.store, async (tx) => {
    await setUserEmail(tx, userId, email);
    await recordAudit(tx, s, p, { operation, targets: [changed(userId)], workspaceId: null });
  });
}

/** KeystoneUpdateUserPassword: one's own password, proven by the current one (or an administrator's say). */
export async function keystoneUpdateUserPassword(s: Services, p: Principal, input: Required<Omit<PasswordChange, 'email'>>) {
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
