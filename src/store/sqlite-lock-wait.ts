import { setTimeout as sleep } from 'node:timers/promises';

/** How long a statement waits for another connection's lock before SQLITE_BUSY is its answer (503). */
export const LOCK_WAIT_MS = 5000;

/** The pauses of SQLite's own busy handler (sqliteDefaultBusyCallback), in ms; the last one repeats. */
const PAUSES = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100];

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_RECOVERY, …): another connection holds a lock. */
function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

/**
 * Waits for another connection's lock without blocking the event loop. SQLite's busy timeout waits by
 * sleeping in the calling thread: when the lock's holder is a connection of this same process (a commit
 * group, which commits on a later turn of the event loop, or a second store opened on the same file), it
 * can never let go meanwhile, and the wait ends in SQLITE_BUSY. So the driver's connection runs with no
 * busy timeout, and a statement that met a lock runs again after a pause on a timer, for LOCK_WAIT_MS at
 * most. Only statements that took no effect may run again: BEGIN, or a statement outside a transaction.
 */
export class LockWait {
  readonly #started = performance.now();
  #tries = 0;

  /** Pauses before the next try; rethrows `err` when it is not a lock, or when the time is spent. */
  async pause(err: unknown): Promise<void> {
    if (!isBusy(err)) throw err;
    const left = LOCK_WAIT_MS - (performance.now() - this.#started);
    if (left <= 0) throw err;
    await sleep(Math.min(PAUSES[Math.min(this.#tries++, PAUSES.length - 1)]!, left));
  }
}

/** Runs `attempt` until it does not meet a lock (see LockWait). */
export async function whenUnlocked<T>(attempt: () => T): Promise<T> {
  const wait = new LockWait();
  for (;;) {
    try {
      return attempt();
    } catch (err) {
      await wait.pause(err);
    }
  }
}
