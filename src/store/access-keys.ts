import type { Tx } from './db.js';
import type { AccessKeyTable } from './schema.js';

export type AccessKeyRow = AccessKeyTable;

/** Access keys (permanent and temporary) with their sealed secret keys, and the AK/SK lockout counters. */
export async function insertAccessKey(tx: Tx, row: AccessKeyRow) { await tx.insertInto('access_keys').values(row).execute(); }

export async function findAccessKey(tx: Tx, access: string) {
  return tx.selectFrom('access_keys').selectAll().where('access', '=', access).executeTakeFirst();
}

export async function permanentKeysOf(tx: Tx, userId: string) {
  return tx.selectFrom('access_keys').selectAll().where('user_id', '=', userId).where('security_token_hash', 'is', null)
    .orderBy('create_time').execute();
}

export async function deleteAccessKey(tx: Tx, access: string) { await tx.deleteFrom('access_keys').where('access', '=', access).execute(); }

/** Revocation: every token and key of a user, when the password changes or the user goes. */
export async function revokeCredentials(tx: Tx, userId: string) {
  await tx.deleteFrom('tokens').where('user_id', '=', userId).execute();
  await tx.deleteFrom('access_keys').where('user_id', '=', userId).execute();
}

export async function failuresOf(tx: Tx, access: string) {
  return tx.selectFrom('aksk_failures').selectAll().where('access', '=', access).executeTakeFirst();
}

export async function setFailures(tx: Tx, access: string, failures: number, lockedUntil: string | null) {
  await tx.insertInto('aksk_failures').values({ access, failures, locked_until: lockedUntil })
    .onConflict((oc) => oc.column('access').doUpdateSet({ failures, locked_until: lockedUntil })).execute();
}

export async function clearFailures(tx: Tx, access: string) { await tx.deleteFrom('aksk_failures').where('access', '=', access).execute(); }
