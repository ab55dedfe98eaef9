import type { Tx } from './db.js';
import type { IdempotencyKeyTable } from './schema.js';

/** `Idempotency-Key` records: the first answer to a keyed request, kept for its replays. */

export type KeyId = Pick<IdempotencyKeyTable, 'project_id' | 'workspace_id' | 'user_id' | 'key'>;

/** A claimed key: the request it was claimed by, and the answer stored for it (parsed here). */
export interface StoredAnswer {
  request_hash: string;
  status_code: number;
  response: unknown;
}

/**
 * Claims a key for this request: inserts it, or takes over an expired one. On PostgreSQL a concurrent
 * claim of the same key waits for the first transaction and then finds the key taken.
 */
export async function claimKey(tx: Tx, id: KeyId, claim: { requestHash: string; nowIso: string; expiresIso: string }): Promise<boolean> {
  const { requestHash, nowIso, expiresIso } = claim;
  const r = await tx
    .insertInto('idempotency_keys')
    .values({ ...id, request_hash: requestHash, status_code: 0, response: '', expires_at: expiresIso })
    .onConflict((oc) =>
      oc
        .columns(['project_id', 'workspace_id', 'user_id', 'key'])
        .doUpdateSet({ request_hash: requestHash, status_code: 0, response: '', expires_at: expiresIso })
        .where('idempotency_keys.expires_at', '<', nowIso),
    )
    .returning('key')
    .executeTakeFirst();
  return r !== undefined;
}

export async function findKey(tx: Tx, id: KeyId): Promise<StoredAnswer | undefined> {
  const row = await tx
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status_code', 'response'])
    .where('project_id', '=', id.project_id)
    .where('workspace_id', '=', id.workspace_id)
    .where('user_id', '=', id.user_id)
    .where('key', '=', id.key)
    .executeTakeFirst();
  // The answer is stored in the transaction that claimed the key, so a claimed key always holds one.
  return row && { request_hash: row.request_hash, status_code: row.status_code, response: JSON.parse(row.response) };
}

export async function storeResponse(tx: Tx, id: KeyId, statusCode: number, response: unknown) {
  await tx
    .updateTable('idempotency_keys')
    .set({ status_code: statusCode, response: JSON.stringify(response) })
    .where('project_id', '=', id.project_id)
    .where('workspace_id', '=', id.workspace_id)
    .where('user_id', '=', id.user_id)
    .where('key', '=', id.key)
    .execute();
}

/** Forgets the keys whose 24 hours are over. */
export async function deleteExpiredKeys(tx: Tx, nowIso: string) {
  await tx.deleteFrom('idempotency_keys').where('expires_at', '<', nowIso).execute();
}
