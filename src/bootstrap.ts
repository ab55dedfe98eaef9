import { CI_DEFAULTS, type Config } from './config.js';
import { hex32 } from './domain/ids.js';
import { isoUtc, type Clock } from './domain/time.js';
import { generatePassword, hashPassword } from './iam/passwords.js';
import { insertApprover } from './store/approvers.js';
import { nextCounter } from './store/counters.js';
import { transact, type OpenTx, type Store } from './store/db.js';
import type { SecretBox } from './iam/secrets.js';
import { forgetPendingPassword, pendingPassword, putPendingPassword } from './store/sealed.js';
import {
  countDomains,
  firstAdminName,
  firstWorkspace,
  getProject,
  insertDomain,
  insertMember,
  insertProject,
  insertUser,
  insertWorkspace,
  lockFirstStart,
} from './store/identity.js';

export interface BootstrapResult {
  /**
   * The admin password generated on the first start, until a start has shown it: a first start that fails
   * after bootstrap (its port taken, say) would otherwise lock the admin out of a fresh install.
   */
  generatedPassword?: string;
  projectId: string;
  projectName: string;
  workspaceId: string;
  userName: string;
  created: boolean;
}

/** What a start needs besides the transaction: what to create, the time, and the box to seal a password in. */
interface StartContext {
  store: Store;
  config: Config;
  clock: Clock;
  secrets: SecretBox;
}

/**
 * First start against an empty store: a domain, an admin user, one project and one workspace, the user
 * an admin of the workspace and a registered approver. Later starts only read what is there. A generated
 * password is kept sealed in the store until `generatedPasswordShown` says a banner has printed it.
 */
export async function bootstrap(store: Store, config: Config, clock: Clock, secrets: SecretBox): Promise<BootstrapResult> {
  return transact(store, async (tx) => {
    await lockFirstStart(tx, store.engine);
    const ctx = { store, config, clock, secrets };
    return (await countDomains(tx)) > 0 ? laterStart(tx, ctx) : firstStart(tx, ctx);
  });
}

/** A store archgate has already set up: what the banner prints, and a generated password not yet shown. */
async function laterStart(tx: OpenTx, { config, secrets }: StartContext): Promise<BootstrapResult> {
  const ws = await firstWorkspace(tx);
  if (!ws) throw new Error('the store has a domain but no workspace; it was not created by archgate');
  const project = await getProject(tx, ws.project_id);
  const admin = await firstAdminName(tx, ws.id);
  const pending = await pendingPassword(tx);
  return {
    generatedPassword: pending === undefined ? undefined : secrets.open(pending),
    projectId: ws.project_id,
    projectName: project?.name ?? '',
    workspaceId: ws.id,
    userName: admin ?? config.adminUser,
    created: false,
  };
}

/**
 * POST /archgate/v1/reset (ci mode), in the transaction that emptied the store: the first start again,
 * with the same ids and password. `passwordHash` spares the scrypt run of hashing the same password again.
 */
export async function bootstrapAgain(
  tx: OpenTx,
  ctx: { config: Config; clock: Clock; secrets: SecretBox },
  passwordHash?: string,
): Promise<BootstrapResult> {
  return firstStart(tx, ctx, passwordHash);
}

async function firstStart(
  tx: OpenTx,
  { config, clock, secrets }: Omit<StartContext, 'store'>,
  passwordHash?: string,
): Promise<BootstrapResult> {
  const now = isoUtc(clock.now());
  // A CI stand-in's admin keeps its ids across resets, and with them its tokens.
  const ci = config.mode === 'ci';
  const domainId = ci ? CI_DEFAULTS.domainId : hex32();
  const userId = ci ? CI_DEFAULTS.adminUserId : hex32();
  const projectId = config.projectId ?? hex32();
  const workspaceId = config.workspaceId ?? hex32();
  const password = config.adminPassword ?? generatePassword();
  const generatedPassword = config.adminPassword === undefined ? password : undefined;
  await insertDomain(tx, { id: domainId, name: config.domain, create_time: now });
  await insertUser(tx, {
    id: userId,
    domain_id: domainId,
    name: config.adminUser,
    password_hash: passwordHash ?? (await hashPassword(password)),
    create_time: now,
    is_domain_admin: 1,
  });
  await insertProject(tx, { id: projectId, domain_id: domainId, name: config.projectName, create_time: now });
  await insertWorkspace(tx, {
    id: workspaceId,
    project_id: projectId,
    name: config.workspaceName,
    mode: config.workspaceMode,
    create_time: now,
  });
  await insertMember(tx, { workspace_id: workspaceId, user_id: userId, role: 'admin' });
  if (generatedPassword) await putPendingPassword(tx, secrets.seal(generatedPassword));
  await insertApprover(tx, {
    id: String(await nextCounter(tx, 'approver')),
    project_id: projectId,
    workspace_id: workspaceId,
    approver_name: config.adminUser,
    user_id: userId,
    user_name: config.adminUser,
    email: null,
    phone_number: null,
    email_notify: 0,
    sms_notify: 0,
    app_name: null,
    topic_urn: null,
    user_type: 'APPROVER',
    create_by: config.adminUser,
    create_time: now,
  });
  return { generatedPassword, projectId, projectName: config.projectName, workspaceId, userName: config.adminUser, created: true };
}

/** The banner has printed the generated password: later starts show it no more. */
export async function generatedPasswordShown(store: Store): Promise<void> {
  await forgetPendingPassword(store.db);
}
