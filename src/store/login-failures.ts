import { sql } from 'kysely';
import type { Tx } from './db.js';

/**
 * Failed password verifications per scope (`user:<id>`, `source:<address>`), shared by every node. Each
 * change is one statement, so that parallel attempts cannot read the same count and all pass: an
 * attempt takes a place (`pending`) before the password is verified, and gets one only while the
 * failures so far plus the attempts under way stay below the limit.
 */

export interface Window {
  nowIso: string;
  windowStartIso: string;
}

/** A row whose lock has run out, or whose window has passed without a lock, counts from zero again. */
const stale = (w: Window) => sql<boolean>`((login_failures.locked_until is not null and login_failures.locked_until <= ${w.nowIso})
  or (login_failures.locked_until is null and login_failures.window_start <= ${w.windowStartIso}))`;

/**
 * Takes a place for one verification. Answers false, changing nothing, when the scope is locked or
 * `max` attempts (failed or under way) already fill its window. A stale row starts over, dropping the
 * places of attempts that never settled (a node that died mid-verification).
 */
export async function reserveAttempt(tx: Tx, scope: string, max: number, w: Window): Promise<boolean> {
  const fresh = stale(w);
  const row = await tx
    .insertInto('login_failures')
    .values({ scope, failures: 0, pending: 1, window_start: w.nowIso, locked_until: null })
    .onConflict((oc) =>
      oc
        .column('scope')
        .doUpdateSet({
          failures: sql<number>`case when ${fresh} then 0 else login_failures.failures end`,
          pending: sql<number>`case when ${fresh} then 1 else login_failures.pending + 1 end`,
          window_start: sql<string>`case when ${fresh} then ${w.nowIso} else login_failures.window_start end`,
          locked_until: sql<string | null>`case when ${fresh} then null else login_failures.locked_until end`,
        })
        .where(
          sql<boolean>`${fresh} or (login_failures.locked_until is null and login_failures.failures + login_failures.pending < ${max})`,
        ),
    )
    .returning('pending')
    .executeTakeFirst();
  return row !== undefined;
}

/** Settles a place as a failure; the failure that reaches `max` locks the scope until `lockedUntilIso`. */
export async function recordLoginFailure(tx: Tx, scope: string, max: number, lockedUntilIso: string) {
  await tx
    .updateTable('login_failures')
    .set({
      failures: sql<number>`failures + 1`,
      pending: sql<number>`case when pending > 0 then pending - 1 else 0 end`,
      locked_until: sql<
        string | null
      >`case when locked_until is null and failures + 1 >= ${max} then ${lockedUntilIso} else locked_until end`,
    })
    .where('scope', '=', scope)
    .execute();
}

/** Settles a place without a failure; `reset` also forgets the failures so far (a user who got in). */
export async function releaseAttempt(tx: Tx, scope: string, reset: boolean) {
  await tx
    .updateTable('login_failures')
    .set({
      pending: sql<number>`case when pending > 0 then pending - 1 else 0 end`,
      ...(reset ? { failures: 0, locked_until: null } : {}),
    })
    .where('scope', '=', scope)
    .execute();
}

export async function lockedUntil(tx: Tx, scope: string, nowIso: string): Promise<string | null> {
  const row = await tx
    .selectFrom('login_failures')
    .select('locked_until')
    .where('scope', '=', scope)
    .where('locked_until', '>', nowIso)
    .executeTakeFirst();
  return row?.locked_until ?? null;
}

export async function forgetScope(tx: Tx, scope: string) {
  await tx.deleteFrom('login_failures').where('scope', '=', scope).execute();
}
