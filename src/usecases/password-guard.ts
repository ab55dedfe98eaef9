import { setTimeout as sleep } from 'node:timers/promises';
import { DomainError } from '../domain/errors.js';
import { isoUtc } from '../domain/time.js';
import { verifyPassword } from '../iam/passwords.js';
import { lockedUntil, recordLoginFailure, releaseAttempt, reserveAttempt, type Window } from '../store/login-failures.js';
import type { Services } from '../services.js';

/**
 * Every password verification goes through here: the cloud's "Account Lockout" per user (5 failures
 * within 15 minutes lock it for 15 minutes, by default) and the same bound per client address, across
 * users. A place is taken in both counts before scrypt runs, so a locked user or address costs no
 * verification and parallel guesses get no more verifications than the limit.
 */

/** While only attempts under way fill a window, a new one waits for them to settle rather than fail. */
const CONTENDED_WAIT_MS = 25;
const CONTENDED_TRIES = 120;

interface Scope {
  key: string;
  max: number;
  locked: (retryAfterSeconds: number) => DomainError;
}

function scopesOf(s: Services, source: string, userId: string | undefined): Scope[] {
  const c = s.config;
  const scopes: Scope[] = [];
  if (c.loginSourceMaxFailures > 0) {
    scopes.push({
      key: `source:${source}`,
      max: c.loginSourceMaxFailures,
      locked: (retry_after) =>
        new DomainError('LOGIN_SOURCE_LOCKED', { limit: c.loginSourceMaxFailures, minutes: c.loginLockoutMin, retry_after }),
    });
  }
  if (userId !== undefined && c.loginMaxFailures > 0) {
    scopes.push({ key: `user:${userId}`, max: c.loginMaxFailures, locked: () => new DomainError('IAM_ACCOUNT_LOCKED') });
  }
  return scopes;
}

function windowOf(s: Services): Window {
  const now = s.clock.now();
  return { nowIso: isoUtc(now), windowStartIso: isoUtc(new Date(now.getTime() - s.config.loginFailureWindowMin * 60_000)) };
}

async function reserve(s: Services, scope: Scope): Promise<void> {
  const db = s.store.db;
  for (let i = 0; ; i++) {
    const w = windowOf(s);
    if (await reserveAttempt(db, scope.key, scope.max, w)) return;
    const until = await lockedUntil(db, scope.key, w.nowIso);
    if (until !== null || i >= CONTENDED_TRIES) {
      const left = until === null ? s.config.loginLockoutMin * 60 : (Date.parse(until) - Date.parse(w.nowIso)) / 1000;
      throw scope.locked(Math.max(1, Math.ceil(left)));
    }
    await sleep(CONTENDED_WAIT_MS);
  }
}

/**
 * Verifies `password` against `user` (undefined: no such user, which fails without a verification but
 * still counts against the address). Answers whether it matched; throws the lock error instead of
 * verifying when the user or the address is locked.
 */
export async function verifyWithLockout(
  s: Services,
  source: string,
  user: { id: string; password_hash: string } | undefined,
  password: string,
): Promise<boolean> {
  const db = s.store.db;
  const scopes = scopesOf(s, source, user?.id);
  const taken: Scope[] = [];
  try {
    for (const scope of scopes) {
      await reserve(s, scope);
      taken.push(scope);
    }
  } catch (err) {
    // A refused attempt verified nothing: the places it took are given back, not counted as failures.
    for (const scope of taken) await releaseAttempt(db, scope.key, false);
    throw err;
  }
  let ok: boolean;
  try {
    ok = user !== undefined && (await verifyPassword(password, user.password_hash));
  } catch (err) {
    for (const scope of taken) await releaseAttempt(db, scope.key, false);
    throw err;
  }
  const lockedUntilIso = isoUtc(new Date(s.clock.now().getTime() + s.config.loginLockoutMin * 60_000));
  for (const scope of taken) {
    // Success forgets a user's failures (as the cloud does), never an address's: one account of one's
    // own must not buy more guesses at others.
    if (ok) await releaseAttempt(db, scope.key, scope.key.startsWith('user:'));
    else await recordLoginFailure(db, scope.key, scope.max, lockedUntilIso);
  }
  return ok;
}
