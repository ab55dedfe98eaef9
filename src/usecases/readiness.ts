import type { LeaseState } from '../jobs/worker-lease.js';
import type { Store } from '../store/db.js';
import { pendingMigrations } from '../store/migrations.js';

/** A probe must answer even when the store hangs (a PostgreSQL that no longer answers, a pool exhausted). */
const STORE_TIMEOUT_MS = 2_000;

/**
 * Why this node should not take traffic now, or null when it may: it is not shutting down, the store
 * answers a query, every migration has run and the worker id is leased.
 */
export async function notReadyReason(store: Store, lease: LeaseState | undefined, stopping: () => boolean): Promise<string | null> {
  if (stopping()) return 'shutting down';
  let timer: NodeJS.Timeout | undefined;
  try {
    const pending = await Promise.race([
      pendingMigrations(store.db),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${STORE_TIMEOUT_MS} ms`)), STORE_TIMEOUT_MS);
      }),
    ]);
    if (pending.length > 0) return `migrations not run: ${pending.join(', ')}`;
  } catch (err) {
    const e = err as { code?: unknown; message?: unknown };
    return `the store does not answer (${typeof e.code === 'string' ? e.code : String(e.message ?? err)})`;
  } finally {
    clearTimeout(timer);
  }
  if (!lease || lease.expiresAt <= Date.now()) return 'the worker id is not leased';
  // Checked again: the node may have begun stopping while the store answered.
  return stopping() ? 'shutting down' : null;
}
