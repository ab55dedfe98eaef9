import type { Tx } from './db.js';
import type { IdempotencyKeyTable } from './schema.js';

type KeyId = Pick<IdempotencyKeyTable, 'project_id' | 'workspace_id' | 'user_id' | 'key'>;

/**
 * Claims a key for this request: inserts it, or takes over an expired one. On PostgreSQL a concurrent
 * claim of the same key waits for the first transaction and then finds the key taken.
 */
export async function claimKey(tx: Tx, id: KeyId, requestHash: string, nowIso: string, expiresIso: string): Promise<boolean> {
  const r = await tx.insertInto('idempotency_keys')
    .values({ ...id, request_hash: requestHash, status_code: 0, response: '', expires_at: expiresIso })
    .onConflict((oc) => oc.columns(['project_id', 'workspace_id', 'user_id', 'key'])
      .doUpdateSet({ request_hash: requestHash, status_code: 0, response: '', expires_at: expiresIso })
      .where('idempotency_keys.expires_at', '<', nowIso))
    .returning('key').executeTakeFirst();
  return r !== undefined;
}

export async function findKey(tx: Tx, id: KeyId) {
  return tx.selectFrom('idempotency_keys').selectAll()
    .where('project_id', '=', id.project_id).where('workspace_id', '=', id.workspace_id)
    .where('user_id', '=', id.user_id).where('key', '=', id.key).executeTakeFirst();
}

export async function storeResponse(tx: Tx, id: KeyId, statusCode: number, response: string) {
  await tx.updateTable('idempotency_keys').set({ status_code: statusCode, response })
    .where('project_id', '=', id.project_id).where('workspace_id', '=', id.workspace_id)
    .where('user_id', '=', id.user_id).where('key', '=', id.key).execute();
}
