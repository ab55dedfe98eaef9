import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../../src/store/db.js';

/**
 * Tables that change on their own or on a refusal by design, so a refusal that changes them wrote
 * nothing it should not have:
 * - aksk_failures: a refused AK/SK signature counts toward the key's lockout; counting it is the point.
 * - worker_leases: the node renews its worker-id lease on a timer, whatever the requests do.
 * - jobs: the scheduler claims and finishes due jobs on its own timer. It is read as a witness instead:
 *   when it changed, the scheduler ran a scheduled batch between the two digests (that writes objects,
 *   applications and batches), and the comparison says nothing about the request.
 * - any table whose name speaks of failures or lockouts (login-failure counters that IAM hardening adds):
 *   a wrong password is refused and must still be counted.
 * - audit_records, audit_heads: a failed authentication is recorded in the audit by design (test/audit.test.ts
 *   checks that other refusals record nothing).
 * Idempotency keys are compared: a request refused with an error stores no key, so that a retry runs.
 */
const SELF_CHANGING = new Set(['aksk_failures', 'worker_leases', 'jobs', 'audit_records', 'audit_heads']);
const COUNTS_REFUSALS = /fail|lockout/i;
export const WITNESS = 'jobs';

export type Digest = Map<string, string>;

const hash = (rows: unknown[]) => {
  const lines = rows.map((r) => JSON.stringify(r)).sort();
  return `${lines.length}:${createHash('sha256').update(lines.join('\n')).digest('hex')}`;
};

/** Row count and content hash of every table, read in one snapshot so that a concurrent commit is all in or all out. */
export async function digestStore(store: Store): Promise<Digest> {
  const tables = (await store.db.introspection.getTables()).map((t) => t.name).sort();
  const read = async (tx: typeof store.db) => {
    const out: Digest = new Map();
    for (const name of tables) {
      if (COUNTS_REFUSALS.test(name) || (SELF_CHANGING.has(name) && name !== WITNESS)) continue;
      const rows = await sql`select * from ${sql.table(name)}`.execute(tx);
      out.set(name, hash(rows.rows));
    }
    return out;
  };
  if (store.engine === 'postgres') {
    return store.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute((tx) => read(tx as unknown as typeof store.db));
  }
  return store.db.transaction().execute((tx) => read(tx as unknown as typeof store.db));
}

/** The tables whose content differs, or null when the scheduler's witness moved and the difference proves nothing. */
export function changedTables(before: Digest, after: Digest): string[] | null {
  if (before.get(WITNESS) !== after.get(WITNESS)) return null;
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}
