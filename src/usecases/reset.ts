import { bootstrapAgain } from '../bootstrap.js';
import { CI_DEFAULTS, type Config } from '../config.js';
import { DomainError } from '../domain/errors.js';
import { hashPassword } from '../iam/passwords.js';
import { TEST_CLOCK_SETTING } from '../jobs/test-clock.js';
import type { Services } from '../services.js';
import { transact } from '../store/db.js';
import { emptyStore } from '../store/reset.js';
import { requireDomainAdmin } from './iam-guards.js';
import type { Principal } from './principal.js';

export interface ResetResult {
  projectId: string;
  workspaceId: string;
  userName: string;
  elapsedMs: number;
}

/** The configured password's hash, computed once per process: scrypt would be most of a reset's time. */
const hashes = new WeakMap<Config, Promise<string>>();

/**
 * ArchgateReset (ci mode only): an administrator empties the store and bootstraps it again, in one
 * transaction, with the same project, workspace, admin and password; the admin's tokens stay valid.
 * Refused outside ci mode, whatever the caller.
 */
export async function resetStore(s: Services, p: Principal): Promise<ResetResult> {
  if (s.config.mode !== 'ci') throw new DomainError('CI_MODE_OFF');
  await requireDomainAdmin(s, p).catch(() => {
    throw new DomainError('FORBIDDEN', { detail: 'only an administrator resets the store' });
  });
  const started = performance.now();
  const password = s.config.adminPassword ?? CI_DEFAULTS.adminPassword;
  let hash = hashes.get(s.config);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(s.config, hash);
  }
  const passwordHash = await hash;
  const boot = await transact(s.store, async (tx) => {
    await emptyStore(tx, { tokensOfUser: CI_DEFAULTS.adminUserId, settings: [TEST_CLOCK_SETTING] });
    return bootstrapAgain(tx, { config: s.config, clock: s.clock, secrets: s.secrets }, passwordHash);
  });
  return {
    projectId: boot.projectId,
    workspaceId: boot.workspaceId,
    userName: boot.userName,
    elapsedMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
