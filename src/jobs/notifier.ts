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
import { transact } from '../store/db.js';
import { claimDue, pruneFinished, recordAttempt, releaseClaims, type OutboxRow } from '../store/outbox.js';
import { webhookById } from '../store/webhooks.js';
import type { Services } from '../services.js';
import { consoleLink, pendingReviewLink } from '../usecases/notify-mail.js';
import { Mailer, type Mail } from './mail-send.js';
import type { TestClock } from './test-clock.js';
import { postWebhook, WEBHOOK_TIMEOUT_MS, type PostResult } from './webhook-post.js';

/** A claim outlives the slowest attempt (10 s) many times over; a node that died leaves it to expire. */
const CLAIM_MS = 60_000;
const PER_PASS = 32;
/** Deliveries sent at once by one node. */
const PARALLEL = 8;
/** Sent and dead deliveries are kept this long, for the deliveries list. */
const KEEP_MS = 30 * 24 * 3600_000;
const PRUNE_EVERY_MS = 3600_000;

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
  private nextPrune = 0;
  private readonly mailer: Mailer | undefined;

  constructor(
    private readonly s: Services,
    private readonly nodeId: string,
    private readonly testClock: TestClock | undefined,
    private readonly log: { error(obj: object, msg: string): void; warn(obj: object, msg: string): void },
  ) {
    this.mailer = s.config.smtpUrl ? new Mailer(s.config.smtpUrl, s.config.mailFrom) : undefined;
  }

  start() {
    this.timer = setInterval(() => void this.tick(), this.s.config.schedulerPollMs);
    this.timer.unref();
    void this.tick();
  }

  /** Sends what is due now (after the test clock moved, say); passes never overlap. */
  tick(): Promise<void> {
    this.running = this.running.then(() => this.pass()).catch((err: unknown) => this.log.error({ err }, 'notification pass failed'));
    return this.running;
  }

  private async pass() {
    if (this.stopped) return;
    await this.testClock?.refresh();
    const now = this.s.clock.now();
    const claimed = await transact(this.s.store, (tx) =>
      claimDue(tx, {
        nodeId: this.nodeId,
        nowIso: isoUtc(now),
        leaseUntilIso: isoUtc(new Date(now.getTime() + CLAIM_MS)),
        limit: PER_PASS,
      }),
    );
    const queue = [...claimed];
    const worker = async () => {
      for (let row = queue.shift(); row && !this.stopped; row = queue.shift()) await this.deliver(row);
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
    if (now.getTime() >= this.nextPrune) {
      this.nextPrune = now.getTime() + PRUNE_EVERY_MS;
      await transact(this.s.store, (tx) => pruneFinished(tx, isoUtc(new Date(now.getTime() - KEEP_MS))));
    }
  }

  private async deliver(row: OutboxRow) {
    const started = Date.now();
    const result = await this.send(row).catch(
      (err: unknown): PostResult => ({ ok: false, statusCode: null, error: (err as Error).message }),
    );
    const now = this.s.clock.now();
    const nextAt = new Date(now.getTime() + retryDelayMs(row.attempts + 1, Math.random()));
    const next = result.ok
      ? ({ state: 'done' } as const)
      : isoUtc(nextAt) > row.give_up_at
        ? ({ state: 'dead' } as const)
        : ({ state: 'ready', nextAt: isoUtc(nextAt) } as const);
    if (next.state === 'dead')
      this.log.warn({ delivery: row.id, event: row.event_id, error: result.error }, 'notification delivery is dead after 24 h of retries');
    await transact(this.s.store, (tx) =>
      recordAttempt(
        tx,
        row.id,
        this.nodeId,
        {
          time: isoUtc(now),
          outcome: result.ok ? 'ok' : 'failed',
          status_code: result.statusCode,
          error: result.error?.slice(0, 500) ?? null,
          duration_ms: Math.min(Date.now() - started, WEBHOOK_TIMEOUT_MS * 2),
        },
        next,
      ),
    );
  }

  private async send(row: OutboxRow): Promise<PostResult> {
    if (row.channel === 'email') {
      if (!this.mailer) return { ok: false, statusCode: null, error: 'ARCHGATE_SMTP_URL is not set' };
      await this.mailer.send(JSON.parse(row.payload) as Mail);
      return { ok: true, statusCode: null, error: null };
    }
    const hook = await webhookById(this.s.store.db, row.target);
    if (!hook) return { ok: false, statusCode: null, error: 'the webhook was deleted' };
    const secret = this.s.secrets.open(hook.secret_sealed);
    const event = JSON.parse(row.payload) as EventEnvelope;
    const link = event.type === 'application.submitted' ? pendingReviewLink(this.s) : consoleLink(this.s);
    const sent = render(hook.format as WebhookFormat, event, { url: hook.url, secret, link, nowMs: Date.now() });
    return postWebhook(
      sent.url,
      sent.body,
      {
        [SIGNATURE_HEADER]: signBody(secret, sent.body),
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
