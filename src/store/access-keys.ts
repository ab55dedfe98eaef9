import { sql } from 'kysely';
import type { Tx } from './db.js';
import type { AccessKeyRow, NewAccessKey } from './schema.js';

export type { AccessKeyRow };

/** Access keys (permanent and temporary) with their sealed secret keys, and the AK/SK lockout counters. */
export async function insertAccessKey(tx: Tx, row: NewAccessKey) {
  await tx.insertInto('access_keys').values(row).execute();
}

export async function findAccessKey(tx: Tx, access: string) {
  return tx.selectFrom('access_keys').selectAll().where('access', '=', access).executeTakeFirst();
}

export async function permanentKeysOf(tx: Tx, userId: string) {
  return tx
    .selectFrom('access_keys')
    .selectAll()
    .where('user_id', '=', userId)
    .where('security_token_hash', 'is', null)
    .orderBy('create_time')
    .execute();
}

export async function deleteAccessKey(tx: Tx, access: string) {
  await tx.deleteFrom('access_keys').where('access', '=', access).execute();
}

/** Revocation: every token and key of a user, when the password changes or the user goes. */
export async function revokeCredentials(tx: Tx, userId: string) {
  await tx.deleteFrom('tokens').where('user_id', '=', userId).execute();
  await tx.deleteFrom('access_keys').where('user_id', '=', userId).execute();
}

export async function failuresOf(tx: Tx, access: string) {
  return tx.selectFrom('aksk_failures').selectAll().where('access', '=', access).executeTakeFirst();
}

/**
 * Counts one signature failure in a single statement, so that parallel failures cannot overwrite one
 * another's count (a read-then-write lets 100 parallel failures all write 1). The lock starts at exactly
 * the `lockAfter`th failure; failures during a lock are counted but do not extend it; the first failure
 * after a lock has run out starts a new count. Answers the row as it now stands.
 */
export interface FailurePolicy {
  nowIso: string;
  lockAfter: number;
  lockUntilIso: string;
}

export async function recordFailure(tx: Tx, access: string, { nowIso, lockAfter, lockUntilIso }: FailurePolicy) {
  const expired = sql<boolean>`aksk_failures.locked_until is not null and aksk_failures.locked_until <= ${nowIso}`;
  const count = sql<number>`case when ${expired} then 1 else aksk_failures.failures + 1 end`;
  return tx
    .insertInto('aksk_failures')
    .values({ access, failures: 1, locked_until: lockAfter <= 1 ? lockUntilIso : null })
    .onConflict((oc) =>
      oc.column('access').doUpdateSet({
        failures: count,
        locked_until: sql<string | null>`case when aksk_failures.locked_until > ${nowIso} then aksk_failures.locked_until
        when ${count} >= ${lockAfter} then ${lockUntilIso} else null end`,
      }),
    )
    .returning(['failures', 'locked_until'])
    .executeTakeFirstOrThrow();
}

/** A good signature ends the count of consecutive failures, but never a lock that is still running. */
export async function clearFailures(tx: Tx, access: string, nowIso: string) {
  await tx
    .deleteFrom('aksk_failures')
    .where('access', '=', access)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', nowIso)]))
    .execute();
}
