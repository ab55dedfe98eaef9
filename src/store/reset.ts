import type { OpenTx } from './db.js';
import type { DB } from './schema.js';

/**
 * The tables POST /archgate/v1/reset (ci mode) empties: all of them but the worker-id leases, which the
 * live nodes hold (Kysely's migration tables are not in DB). A table added to DB and not named here, or
 * named as kept, fails the type check below, so that no new table is forgotten.
 */
const EMPTIED = [
  'domains',
  'users',
  'projects',
  'workspaces',
  'members',
  'tokens',
  'approvers',
  'objects',
  'pending_edits',
  'approvals',
  'batches',
  'batch_items',
  'counters',
  'access_keys',
  'aksk_failures',
  'login_failures',
  'jobs',
  'idempotency_keys',
  'settings',
  'object_edges',
  'audit_records',
  'audit_heads',
  'webhooks',
  // Events before their deliveries: a fan-out committing meanwhile leaves no delivery behind.
  'outbox_events',
  'outbox',
  'delivery_attempts',
] as const satisfies readonly (keyof DB)[];
type Kept = 'worker_leases';
const everyTable: Exclude<keyof DB, (typeof EMPTIED)[number] | Kept> extends never ? true : never = true;

/**
 * The counters as migration 001 seeds them (a frozen migration: these never change). A migration that
 * seeds another counter adds it here too, or a reset leaves it missing.
 */
const COUNTER_SEEDS = [{ name: 'approver', value: 10000 }];

/** What survives a reset besides the leases: the admin's tokens, and the test clock (time never runs backwards). */
export interface ResetKeep {
  tokensOfUser: string;
  settings: readonly string[];
}

/** Empties the store in the caller's transaction, as a first start finds it, but for what `keep` names. */
export async function emptyStore(tx: OpenTx, keep: ResetKeep): Promise<void> {
  void everyTable;
  for (const table of EMPTIED) {
    if (table === 'counters') {
      await tx.deleteFrom('counters').execute();
      await tx.insertInto('counters').values(COUNTER_SEEDS).execute();
    } else if (table === 'tokens') await tx.deleteFrom('tokens').where('user_id', '<>', keep.tokensOfUser).execute();
    else if (table === 'settings') {
      const q = tx.deleteFrom('settings');
      await (keep.settings.length > 0 ? q.where('name', 'not in', keep.settings) : q).execute();
    } else await tx.deleteFrom(table).execute();
  }
}
