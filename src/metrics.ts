import { stat } from 'node:fs/promises';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { LeaseState } from './jobs/worker-lease.js';
import type { SchedulerObserver } from './jobs/scheduler.js';
import type { ScheduledRun } from './usecases/run-scheduled-batch.js';
import { pendingPerWorkspace } from './store/approvals.js';
import { outboxBacklog } from './store/outbox.js';
import type { Store } from './store/db.js';
import { credentialCacheOf, type CacheStats } from './usecases/credential-cache.js';

/** An item's final status, as the metric's label: a scheduled item is counted again once it runs. */
const OUTCOMES: Record<string, string> = { SUCCESS: 'success', FAILED: 'failed', RUNNING: 'scheduled' };

/**
 * One node's Prometheus metrics (GET /metrics), in a registry of its own: tests start several apps in one
 * process, and each must count only its own. Figures that live elsewhere (the pending applications, the
 * lease, the WAL, the pool) are read when scraped; the rest are counted as they happen.
 */
/** What the notification worker tells the metrics: each delivery attempt, by channel and outcome. */
export interface NotifierObserver {
  attempted(channel: string, ok: boolean): void;
}

export class Metrics implements SchedulerObserver, NotifierObserver {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'status'>;
  private readonly duration: Histogram<'operation'>;
  private readonly batchSize: Histogram<'operation'>;
  private readonly batchItems: Counter<'operation' | 'outcome'>;
  private readonly schedulerLag: Histogram;
  private readonly attempts: Counter<'channel' | 'outcome'>;
  private readonly detach: () => void = () => {};
  private pending: ReturnType<typeof pendingPerWorkspace> | undefined;

  constructor(
    private readonly store: Store,
    lease: LeaseState | undefined,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'archgate_http_requests_total',
      help: 'Requests answered, by OpenAPI operation id ("unmatched" when no route matched) and HTTP status',
      labelNames: ['operation', 'status'],
      registers,
    });
    this.duration = new Histogram({
      name: 'archgate_http_request_duration_seconds',
      help: 'Time from the request to its answer, by OpenAPI operation id',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.batchSize = new Histogram({
      name: 'archgate_batch_size',
      help: 'Items per batch answered (publish, offline, approval)',
      labelNames: ['operation'],
      buckets: [1, 10, 100, 1000, 5000, 10000],
      registers,
    });
    this.batchItems = new Counter({
      name: 'archgate_batch_items_total',
      help: 'Batch items by outcome: success, failed, or scheduled (counted again as success or failed when it runs)',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.schedulerLag = new Histogram({
      name: 'archgate_scheduler_lag_seconds',
      help: 'How late due scheduled batches start: the time they run minus the time they were due',
      buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 300],
      registers,
    });
    this.attempts = new Counter({
      name: 'archgate_notification_attempts_total',
      help: 'Notification delivery attempts made by this node, by channel (webhook, email) and outcome (ok, failed)',
      labelNames: ['channel', 'outcome'],
      registers,
    });
    const self = this;
    new Gauge({
      name: 'archgate_outbox_deliveries',
      help: 'Notification deliveries in the outbox by channel and state (ready: waiting to be sent or retried; running: being sent; dead: given up after 24 h), counted when scraped',
      labelNames: ['channel', 'state'],
      registers,
      async collect() {
        this.reset();
        for (const r of await outboxBacklog(store.db).catch(() => [])) this.set({ channel: r.channel, state: r.state }, r.n);
      },
    });
    new Gauge({
      name: 'archgate_pending_applications',
      help: 'Applications under review (DEVELOPING), per workspace, counted when scraped',
      labelNames: ['project_id', 'workspace_id'],
      registers,
      async collect() {
        this.reset();
        for (const r of await self.pendingRows()) this.set({ project_id: r.project_id, workspace_id: r.workspace_id }, r.pending);
      },
    });
    new Gauge({
      name: 'archgate_worker_lease_held',
      help: "1 while this node holds its snowflake worker id's lease, else 0",
      registers,
      collect() {
        this.set(lease && lease.expiresAt > Date.now() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'archgate_worker_id',
      help: "This node's snowflake worker id (-1 when it holds no lease)",
      registers,
      collect() {
        this.set(lease && lease.expiresAt > Date.now() ? lease.workerId : -1);
      },
    });
    new Gauge({
      name: 'archgate_worker_lease_remaining_seconds',
      help: 'Time left on the worker id lease unless renewed (renewed every 10 s, for 30 s)',
      registers,
      collect() {
        this.set(lease ? Math.max(0, lease.expiresAt - Date.now()) / 1000 : 0);
      },
    });
    /** A counter whose value is read, at each scrape, from a running total kept elsewhere. */
    const readCounter = (name: string, help: string, read: () => number) =>
      new Counter({
        name,
        help,
        registers,
        collect() {
          this.reset();
          this.inc(read());
        },
      });
    const cacheCounter = (name: string, help: string, stat: keyof CacheStats) =>
      readCounter(name, help, () => credentialCacheOf(store)?.stats[stat] ?? 0);
    cacheCounter('archgate_auth_cache_hits_total', 'Credential, workspace and role lookups answered from memory', 'hits');
    cacheCounter('archgate_auth_cache_misses_total', 'Credential, workspace and role lookups that read the store', 'misses');
    cacheCounter('archgate_auth_cache_drops_total', 'Times the credential cache was emptied (the revocation epoch moved)', 'drops');
    const { wal, pool, commits } = store;
    if (commits) {
      readCounter('archgate_sqlite_commits_total', 'Commits of SQLite write transactions (a commit group is one)', () => commits.groups);
      readCounter(
        'archgate_sqlite_committed_transactions_total',
        "Write transactions those commits carried (the commit groups' mean size is this over the commits)",
        () => commits.members,
      );
    }
    if (wal) {
      new Gauge({
        name: 'archgate_sqlite_wal_bytes',
        help: "Size of the SQLite write-ahead log (the database's -wal file)",
        registers,
        async collect() {
          this.set(
            await stat(wal.path).then(
              (st) => st.size,
              () => 0,
            ),
          );
        },
      });
      const fsync = new Histogram({
        name: 'archgate_sqlite_fsync_seconds',
        help: 'Time of each fsync of the WAL (group commit: one fsync covers every write that committed before it)',
        buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
        registers,
      });
      const tell = (seconds: number) => fsync.observe(seconds);
      wal.timings.add(tell);
      this.detach = () => wal.timings.delete(tell);
    }
    if (pool) {
      const poolGauge = (name: string, help: string, read: () => number) =>
        new Gauge({
          name,
          help,
          registers,
          collect() {
            this.set(read());
          },
        });
      poolGauge('archgate_pg_pool_connections', 'PostgreSQL connections open in the pool', () => pool.totalCount);
      poolGauge('archgate_pg_pool_in_use', 'PostgreSQL connections running a query or transaction', () => pool.totalCount - pool.idleCount);
      poolGauge('archgate_pg_pool_idle', 'PostgreSQL connections idle in the pool', () => pool.idleCount);
      poolGauge('archgate_pg_pool_waiting', 'Queries waiting for a PostgreSQL connection', () => pool.waitingCount);
    }
  }

  /** One answered request. */
  request(operation: string, status: number, seconds: number) {
    this.requests.inc({ operation, status: String(status) });
    this.duration.observe({ operation }, seconds);
  }

  /** One batch answered: its operation (PUBLISH, OFFLINE, APPROVAL) and each item's status. */
  batch(operationType: string, itemStatuses: readonly string[]) {
    const operation = operationType.toLowerCase();
    this.batchSize.observe({ operation }, itemStatuses.length);
    this.countItems(operation, itemStatuses);
  }

  jobStarted(lateSeconds: number) {
    this.schedulerLag.observe(lateSeconds);
  }

  attempted(channel: string, ok: boolean) {
    this.attempts.inc({ channel, outcome: ok ? 'ok' : 'failed' });
  }

  batchRan(run: ScheduledRun) {
    this.countItems(run.type.toLowerCase(), run.outcomes);
  }

  /** The text a scrape answers, and its content type. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  close() {
    this.detach();
  }

  private countItems(operation: string, statuses: readonly string[]) {
    // One increment per outcome, not per item: each increment builds and hashes its labels.
    const counts = new Map<string, number>();
    for (const s of statuses) {
      const outcome = OUTCOMES[s] ?? s.toLowerCase();
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    }
    for (const [outcome, n] of counts) this.batchItems.inc({ operation, outcome }, n);
  }

  /**
   * The pending counts, one query shared by the scrapes under way at once (each count is an index range, so
   * no longer cache is needed); a store that does not answer leaves the gauge empty.
   */
  private pendingRows() {
    this.pending ??= pendingPerWorkspace(this.store.db)
      .catch(() => [])
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }
}
