import { performance as perf } from 'node:perf_hooks';
import { render } from '../domain/chat-formats.js';
import { retryDelayMs, type EventEnvelope, type WebhookFormat } from '../domain/notifications.js';
import { isoUtc } from '../domain/time.js';
import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  EVENT_ID_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  signBody,
} from '../domain/webhook-signature.js';
import { transact, type Tx } from '../store/db.js';
import { claimDue, pruneFinished, recordAttempts, releaseClaims, type AttemptOutcome, type OutboxRow } from '../store/outbox.js';
import { webhookById, type WebhookRow } from '../store/webhooks.js';
import type { NotifierObserver } from '../metrics.js';
import type { Services } from '../services.js';
import { consoleLink, pendingReviewLink } from '../usecases/notify-mail.js';
import { Mailer, type Mail } from './mail-send.js';
import { fanOutEvents } from './outbox-fanout.js';
import { anyOutboxEvent } from '../store/outbox-events.js';
import type { TestClock } from './test-clock.js';
import { postWebhook, WEBHOOK_TIMEOUT_MS, type PostResult } from './webhook-post.js';

/** A claim outlives the slowest attempt (10 s) many times over; a node that died leaves it to expire. */
const CLAIM_MS = 60_000;
const PER_PASS = 64;
/**
 * Events (one row per change) fanned out into deliveries by a pass, before it claims: about a pass's worth of
 * deliveries (a request's change causes about four), so that under load the fan-out, which holds the write
 * lock, goes no faster than the sending it feeds.
 */
const EVENTS_PER_PASS = 16;
/** Deliveries sent at once by one node. */
const PARALLEL = 8;
/** Sent and dead deliveries are kept this long, for the deliveries list. */
const KEEP_MS = 30 * 24 * 3600_000;
const PRUNE_EVERY_MS = 3600_000;
/**
 * Deliveries are background work: between passes the worker watches the event loop for PROBE_MS while it
 * does nothing, and takes only the share of the time the node's requests leave idle, but never less than
 * MIN_SHARE, so that a backlog still moves on a saturated node. Under full load notifications thus cost the
 * requests at most about MIN_SHARE, and catch up once the load eases; on an idle node they go at full speed.
 */
const MIN_SHARE = 0.05;
const PROBE_MS = 10;
const SLICE_MS = 50;
/**
 * A pass's time includes waiting on receivers (up to 10 s each): a wait made from it is capped, or a node
 * busy with requests would send nothing for minutes after one pass to a receiver that times out.
 */
const MAX_WAIT_MS = 5000;
/** An email gets this long in all (a pooled connection may first have to be waited for, then made). */
const MAIL_DEADLINE_MS = 2 * WEBHOOK_TIMEOUT_MS;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

type Hook = WebhookRow & { secret: string };

interface Attempt {
  row: OutboxRow;
  result: PostResult;
  at: Date;
  ms: number;
}

/**
 * The outbox worker (issue 14): claims due deliveries in the store, as the scheduler claims jobs, so that
 * any node sends them and a node killed mid-delivery leaves them to be claimed again once the claim
 * expires: at least once, with the event id each receiver dedupes by. Times are on archgate's clock (the
 * test clock in tests), so that retries can be brought due by advancing it.
 */
export class Notifier {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private passing = false;
  private nextPrune = 0;
  private readonly mailer: Mailer | undefined;

  constructor(
    private readonly s: Services,
    private readonly nodeId: string,
    private readonly testClock: TestClock | undefined,
    private readonly log: { error(obj: object, msg: string): void; warn(obj: object, msg: string): void },
    private readonly observer?: NotifierObserver,
  ) {
    this.mailer = s.config.smtpUrl ? new Mailer(s.config.smtpUrl, s.config.mailFrom) : undefined;
  }

  start() {
    // A timer's pass is skipped while one is under way: a long drain must not queue up a pass per second.
    this.timer = setInterval(() => {
      if (!this.passing) void this.tick();
    }, this.s.config.schedulerPollMs);
    this.timer.unref();
    void this.tick();
  }

  /** Sends everything due now (after the test clock moved, say); passes never overlap. */
  tick(): Promise<void> {
    this.running = this.running.then(() => this.drain()).catch((err: unknown) => this.log.error({ err }, 'notification pass failed'));
    return this.running;
  }

  /** Passes until one claims less than a full pass, yielding to the node's requests in between. */
  private async drain() {
    this.passing = true;
    try {
      for (;;) {
        const started = performance.now();
        const claimed = await this.pass();
        if (claimed < PER_PASS || this.stopped) return;
        await this.yieldToRequests(performance.now() - started);
      }
    } finally {
      this.passing = false;
    }
  }

  /**
   * Waits so that the pass just made (`passMs`) takes no more than the requests' idle share of the time. The
   * share is measured again every slice of the wait, so that a wait begun under load ends when the load does.
   */
  private async yieldToRequests(passMs: number) {
    for (let waited = 0; !this.stopped; ) {
      const slice = waited === 0 ? PROBE_MS : SLICE_MS;
      const before = perf.eventLoopUtilization();
      await sleep(slice);
      waited += slice;
      const share = Math.max(MIN_SHARE, 1 - perf.eventLoopUtilization(before).utilization);
      if (waited >= Math.min(MAX_WAIT_MS, passMs * (1 / share - 1))) return;
    }
  }

  /**
   * Fans out the events changes wrote, then claims due deliveries, sends them PARALLEL at a time, and records
   * their attempts in one transaction.
   */
  private async pass(): Promise<number> {
    if (this.stopped) return 0;
    await this.testClock?.refresh();
    const now = this.s.clock.now();
    // The fan-out has a transaction of its own, opened only when an event waits (one read otherwise): should it
    // fail, what is already due is still sent.
    const fanned = (await anyOutboxEvent(this.s.store.db))
      ? await transact(this.s.store, (tx) => fanOutEvents(tx, () => this.s.ids.next(), EVENTS_PER_PASS)).catch((err: unknown) => {
          this.log.error({ err }, 'notification fan-out failed');
          return 0;
        })
      : 0;
    const claimed = await transact(this.s.store, (tx) =>
      claimDue(tx, {
        nodeId: this.nodeId,
        nowIso: isoUtc(now),
        leaseUntilIso: isoUtc(new Date(now.getTime() + CLAIM_MS)),
        limit: PER_PASS,
      }),
    );
    const queue = [...claimed];
    const hooks = new Map<string, Promise<Hook | undefined>>();
    const attempts: Attempt[] = [];
    // Slow receivers (10 s each) could make a pass outlast its claim, and another node would send the same
    // rows again: past half the claim, no delivery starts, and the rest is given back.
    const until = Date.now() + CLAIM_MS / 2;
    const worker = async () => {
      for (let row = queue.shift(); row && !this.stopped && Date.now() < until; row = queue.shift()) {
        const started = Date.now();
        const result = await this.send(row, hooks).catch(
          (err: unknown): PostResult => ({ ok: false, statusCode: null, error: (err as Error).message }),
        );
        attempts.push({ row, result, at: this.s.clock.now(), ms: Date.now() - started });
        this.observer?.attempted(row.channel, result.ok);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
    const sent = new Set(attempts.map((a) => a.row.id));
    const unsent = claimed.filter((r) => !sent.has(r.id)).map((r) => r.id);
    if (attempts.length > 0 || unsent.length > 0)
      await transact(this.s.store, async (tx) => {
        await this.record(tx, attempts);
        await releaseClaims(tx, this.nodeId, unsent);
      });
    if (now.getTime() >= this.nextPrune) {
      this.nextPrune = now.getTime() + PRUNE_EVERY_MS;
      await transact(this.s.store, (tx) => pruneFinished(tx, isoUtc(new Date(now.getTime() - KEEP_MS))));
    }
    // Events left to fan out keep the drain going, even when those fanned out made no delivery.
    return fanned === EVENTS_PER_PASS ? PER_PASS : claimed.length;
  }

  private record(tx: Tx, attempts: readonly Attempt[]) {
    const outcomes = attempts.map(({ row, result, at, ms }): AttemptOutcome => {
      const nextAt = new Date(at.getTime() + retryDelayMs(row.attempts + 1, Math.random()));
      const next = result.ok
        ? ({ state: 'done' } as const)
        : isoUtc(nextAt) > row.give_up_at
          ? ({ state: 'dead' } as const)
          : ({ state: 'ready', nextAt: isoUtc(nextAt) } as const);
      if (next.state === 'dead')
        this.log.warn(
          { delivery: row.id, event: row.event_id, error: result.error },
          'notification delivery is dead after 24 h of retries',
        );
      return {
        id: row.id,
        attempt: {
          time: isoUtc(at),
          outcome: result.ok ? 'ok' : 'failed',
          status_code: result.statusCode,
          error: result.error?.slice(0, 500) ?? null,
          duration_ms: Math.min(ms, WEBHOOK_TIMEOUT_MS * 2),
        },
        next,
      };
    });
    return recordAttempts(tx, this.nodeId, outcomes);
  }

  /** A webhook and its opened secret, read once per pass however many deliveries go to it. */
  private hook(id: string, hooks: Map<string, Promise<Hook | undefined>>): Promise<Hook | undefined> {
    let h = hooks.get(id);
    if (!h) {
      h = webhookById(this.s.store.db, id).then((w) => w && { ...w, secret: this.s.secrets.open(w.secret_sealed) });
      hooks.set(id, h);
    }
    return h;
  }

  private async send(row: OutboxRow, hooks: Map<string, Promise<Hook | undefined>>): Promise<PostResult> {
    if (row.channel === 'email') {
      if (!this.mailer) return { ok: false, statusCode: null, error: 'ARCHGATE_SMTP_URL is not set' };
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer from the SMTP server within ${MAIL_DEADLINE_MS / 1000} s`)), MAIL_DEADLINE_MS);
      });
      // Bounded, so that a pass never outlasts its claim: an email still on its way when the deadline
      // passes may arrive, and its retry is a duplicate (at least once).
      await Promise.race([this.mailer.send(JSON.parse(row.payload) as Mail), late]).finally(() => clearTimeout(timer));
      return { ok: true, statusCode: null, error: null };
    }
    const hook = await this.hook(row.target, hooks);
    if (!hook) return { ok: false, statusCode: null, error: 'the webhook was deleted' };
    const event = JSON.parse(row.payload) as EventEnvelope;
    const link = event.type === 'application.submitted' ? pendingReviewLink(this.s) : consoleLink(this.s);
    const sent = render(hook.format as WebhookFormat, event, { url: hook.url, secret: hook.secret, link, nowMs: Date.now() });
    return postWebhook(
      sent.url,
      sent.body,
      {
        [SIGNATURE_HEADER]: signBody(hook.secret, sent.body),
        [TIMESTAMP_HEADER]: String(Math.floor(Date.now() / 1000)),
        [EVENT_ID_HEADER]: row.event_id,
        [EVENT_HEADER]: row.event,
        [DELIVERY_HEADER]: row.id,
      },
      this.s.config.webhookAllow,
    );
  }

  /** Finishes the pass under way, then gives back whatever this node still holds. */
  async stop() {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await releaseClaims(this.s.store.db, this.nodeId);
    this.mailer?.close();
  }
}
