import { isoUtc } from '../domain/time.js';
import { deleteExpiredKeys } from '../store/idempotency.js';
import { claimDueJobs, finishJob, releaseJobs } from '../store/jobs.js';
import type { Services } from '../services.js';
import { runScheduledBatch, type ScheduledRun } from '../usecases/run-scheduled-batch.js';
import type { TestClock } from './test-clock.js';
import { transact } from '../store/db.js';
import { pruneAuditTrails } from '../usecases/audit-read.js';

/** How long a node holds a claimed job before another node may take it over. */
const CLAIM_MS = 5 * 60_000;

/** How often the audit's retention is applied, on the clock archgate runs on. */
const PRUNE_EVERY_MS = 10 * 60_000;

class LostClaim extends Error {}

/** Told of each due job as it starts (how late it runs) and of each scheduled batch once it committed. */
export interface SchedulerObserver {
  jobStarted(lateSeconds: number): void;
  batchRan(run: ScheduledRun): void;
}

/**
 * Polls the job table and runs due scheduled batches. Each batch runs in one transaction together with
 * marking its job done, so a node that dies mid-run leaves nothing half-applied, and its claim expires
 * for another node (or its own next start) to run the batch once.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  /** When the next pass prunes the audit (ARCHGATE_AUDIT_RETENTION_DAYS): at the first, then every PRUNE_EVERY_MS. */
  private nextPrune = 0;

  constructor(
    private readonly s: Services,
    private readonly nodeId: string,
    private readonly testClock: TestClock | undefined,
    private readonly log: { error(obj: object, msg: string): void },
    private readonly observer?: SchedulerObserver,
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
      // How late: the time it starts minus the time it was due (the poll interval, a busy node, a pass
      // that waited on a long batch, or a node that was down).
      this.observer?.jobStarted(Math.max(0, this.s.clock.now().getTime() - Date.parse(job.run_at)) / 1000);
      try {
        const ran = await transact(this.s.store, async (tx) => {
          const r = job.kind === 'batch' ? await runScheduledBatch(tx, this.s, job.ref) : null;
          if (!(await finishJob(tx, job.id, this.nodeId))) throw new LostClaim(`job ${job.id} was taken over by another node`);
          return r;
        });
        if (ran) this.observer?.batchRan(ran);
      } catch (err) {
        this.log.error({ err, job: job.id }, 'scheduled job failed; it will be retried when its claim expires');
      }
    }
    await deleteExpiredKeys(db, isoUtc(now));
    if (now.getTime() >= this.nextPrune) {
      this.nextPrune = now.getTime() + PRUNE_EVERY_MS;
      await pruneAuditTrails(this.s);
    }
  }

  /** Finishes the pass under way, then gives back whatever this node still holds. */
  async stop() {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await releaseJobs(this.s.store.db, this.nodeId);
  }
}
