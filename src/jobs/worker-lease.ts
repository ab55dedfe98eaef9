import { randomBytes } from 'node:crypto';
import type { Store } from '../store/db.js';
import { leasedIds, releaseLease, renewLease, tryLease } from '../store/worker-leases.js';

export const LEASE_MS = 30_000;
const RENEW_MS = 10_000;

export class WorkerLeaseError extends Error {}

/** What readiness and the metrics see of a lease: the id, and until when it is known to be held. */
export interface LeaseState {
  /** Which node holds it: the store's lease row names it too. */
  readonly nodeId: string;
  readonly workerId: number;
  /** When the lease runs out unless renewed (ms since the epoch); 0 when not held (never taken, lost or released). */
  readonly expiresAt: number;
}

/**
 * Holds this node's snowflake worker id: leased at start, renewed every 10 s, released at stop. A node
 * that dies frees its id when the lease runs out (30 s). Leases use the real clock, never the test clock.
 */
export class WorkerLease implements LeaseState {
  readonly nodeId = randomBytes(8).toString('hex');
  private timer: NodeJS.Timeout | undefined;
  workerId = -1;
  expiresAt = 0;

  constructor(
    private readonly store: Store,
    private readonly onLost: (err: Error) => void,
  ) {}

  async acquire(preferred?: number): Promise<number> {
    const now = Date.now();
    const nowIso = new Date(now).toISOString();
    const terms = { nodeId: this.nodeId, nowIso, expiresIso: new Date(now + LEASE_MS).toISOString() };
    if (preferred !== undefined) {
      if (!(await tryLease(this.store.db, preferred, terms))) {
        throw new WorkerLeaseError(
          `worker id ${preferred} is leased by another live node: set ARCHGATE_WORKER_ID to a free id, or unset it to lease one`,
        );
      }
      this.workerId = preferred;
    } else {
      const taken = new Set((await leasedIds(this.store.db)).filter((l) => l.expires_at >= nowIso).map((l) => l.worker_id));
      const start = randomBytes(2).readUInt16BE() % 1024;
      for (let i = 0; i < 1024 && this.workerId < 0; i++) {
        const id = (start + i) % 1024;
        if (!taken.has(id) && (await tryLease(this.store.db, id, terms))) this.workerId = id;
      }
      if (this.workerId < 0) throw new WorkerLeaseError('all 1024 worker ids are leased by live nodes');
    }
    this.expiresAt = now + LEASE_MS;
    this.timer = setInterval(() => void this.renew(), RENEW_MS);
    this.timer.unref();
    return this.workerId;
  }

  private async renew() {
    try {
      const until = Date.now() + LEASE_MS;
      const ok = await renewLease(this.store.db, this.workerId, this.nodeId, new Date(until).toISOString());
      if (!ok) throw new WorkerLeaseError(`lost the lease on worker id ${this.workerId}`);
      this.expiresAt = until;
    } catch (err) {
      this.expiresAt = 0;
      this.onLost(err instanceof Error ? err : new Error(String(err)));
    }
  }

  async release() {
    if (this.timer) clearInterval(this.timer);
    this.expiresAt = 0;
    if (this.workerId >= 0) await releaseLease(this.store.db, this.workerId, this.nodeId);
  }
}
