import { isoUtc } from '../domain/time.js';
import { deleteExpiredKeys } from '../store/idempotency.js';
import { claimDueJobs, finishJob, releaseJobs } from '../store/jobs.js';
import type { Services } from '../services.js';
import { runScheduledBatch } from '../usecases/run-scheduled-batch.js';
import type { TestClock } from './test-clock.js';
import { transact } from '../store/db.js';

/** How long a node holds a claimed job before another node may take it over. */
const CLAIM_MS = 5 * 60_000;

class LostClaim extends Error {}

/**
 * Polls the job table and runs due scheduled batches. Each batch runs in one transaction together with
 * marking its job done, so a node that dies mid-run leaves nothing half-applied, and its claim expires
 * for another node (or its own next start) to run the batch once.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly s: Services,
    private readonly nodeId: string,
    private readonly testClock: TestClock | undefined,
    private readonly log: { error(obj: object, msg: string): void },
  ) {}

  start() {
    this.timer = setInterval(() => void this.tick(), this.s.config.schedulerPollMs);
    this.timer.unref();
    void this.tick();
  }

  /** Runs one pass now (after the test clock moved, say); passes never overlap. */
  tick(): Promise<void> {
    this.running = this.running.then(() => this.pass()).catch((err: unknown) => this.log.error({ err }, 'scheduler pass failed'));
    return this.running;
  }

  private async pass() {
    if (this.stopped) return;
    await this.testClock?.refresh();
    const now = this.s.clock.now();
    const db = this.s.store.db;
    const jobs = await db.transaction().execute((tx) =>
      claimDueJobs(tx, {
        nodeId: this.nodeId,
        nowIso: isoUtc(now),
        leaseUntilIso: isoUtc(new Date(now.getTime() + CLAIM_MS)),
        limit: 10,
      }),
    );
    for (const job of jobs) {
      if (this.stopped) break;
      try {
        await transact(this.s.store, async (tx) => {
          if (job.kind === 'batch') await runScheduledBatch(tx, this.s, job.ref);
          if (!(await finishJob(tx, job.id, this.nodeId))) throw new LostClaim(`job ${job.id} was taken over by another node`);
        });
      } catch (err) {
        this.log.error({ err, job: job.id }, 'scheduled job failed; it will be retried when its claim expires');
      }
    }
    await deleteExpiredKeys(db, isoUtc(now));
  }

  /** Finishes the pass under way, then gives back whatever this node still holds. */
  async stop() {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await releaseJobs(this.s.store.db, this.nodeId);
  }
}
