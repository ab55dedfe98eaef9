import type { LeaseState } from '../jobs/worker-lease.js';
import type { Store } from '../store/db.js';
import { pendingMigrations } from '../store/migrations.js';
import { leaseOf } from '../store/worker-leases.js';

/** A probe must answer even when the store hangs (a PostgreSQL that no longer answers, a pool exhausted). */
const STORE_TIMEOUT_MS = 2_000;

/**
 * Why this node should not take traffic now, or null when it may: it is not shutting down, the store
 * answers a query, every migration has run and the worker id is leased.
 */
export async function notReadyReason(store: Store, lease: LeaseState | undefined, stopping: () => boolean): Promise<string | null> {
  if (stopping()) return 'shutting down';
  let timer: NodeJS.Timeout | undefined;
  let leased: boolean;
  try {
    const [pending, held] = await Promise.race([
      Promise.all([pendingMigrations(store.db), lease ? heldInStore(store, lease) : false]),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${STORE_TIMEOUT_MS} ms`)), STORE_TIMEOUT_MS);
      }),
    ]);
    if (pending.length > 0) return `migrations not run: ${pending.join(', ')}`;
    leased = held;
  } catch (err) {
    const e = err as { code?: unknown; message?: unknown };
    return `the store does not answer (${typeof e.code === 'string' ? e.code : String(e.message ?? err)})`;
  } finally {
    clearTimeout(timer);
  }
  if (!lease || !leased || lease.expiresAt <= Date.now()) return 'the worker id is not leased';
  // Checked again: the node may have begun stopping while the store answered.
  return stopping() ? 'shutting down' : null;
}

/**
 * Whether the store still shows this node's lease, unexpired. The node renews it only every 10 s: a lease
 * taken over or deleted meanwhile would otherwise read as held until the next renewal notices.
 */
async function heldInStore(store: Store, lease: LeaseState): Promise<boolean> {
  const now = new Date().toISOString();
  const row = await leaseOf(store.db, lease.workerId);
  return row !== undefined && row.expires_at > now && row.node_id === lease.nodeId;
}
