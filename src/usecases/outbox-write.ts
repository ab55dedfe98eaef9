import { capped, RETRY_WINDOW_MS, type EventEnvelope, type EventName } from '../domain/notifications.js';
import { isoUtc } from '../domain/time.js';
import type { Tx } from '../store/db.js';
import type { OutboxRow } from '../store/outbox.js';
import { insertOutbox } from '../store/outbox.js';
import { webhooksOf, type WebhookRow } from '../store/webhooks.js';
import type { Services } from '../services.js';
import type { Mail } from '../jobs/mail-send.js';

/**
 * Writes notifications into the outbox, in the transaction of the change that causes them (issue 14):
 * they commit with it or not at all, and a worker sends them afterwards (jobs/notifier.ts).
 */

export type Tenant = { projectId: string; workspaceId: string };

/** One event: its name and data, and the emails it causes (sent only when SMTP is set). */
export interface Notice {
  event: EventName;
  data: Record<string, unknown>;
  emails?: Mail[];
}

/** Where a tenant's notifications go; undefined when nowhere, so that callers skip building them. */
export interface Channels {
  tenant: Tenant;
  webhooks: WebhookRow[];
  email: boolean;
}

/**
 * Read in the change's transaction on every call, never cached: a webhook registered on another node
 * counts at once. One indexed query when no SMTP is set; none of the notices are built when it finds none.
 */
export async function channelsOf(tx: Tx, s: Services, tenant: Tenant): Promise<Channels | undefined> {
  const webhooks = await webhooksOf(tx, tenant);
  const email = s.config.smtpUrl !== undefined;
  return webhooks.length > 0 || email ? { tenant, webhooks, email } : undefined;
}

export { capped };

export async function enqueue(tx: Tx, s: Services, ch: Channels, notices: readonly (Notice | undefined)[]): Promise<void> {
  const now = s.clock.now();
  const nowIso = isoUtc(now);
  const giveUp = isoUtc(new Date(now.getTime() + RETRY_WINDOW_MS));
  const rows: OutboxRow[] = [];
  const row = (eventId: string, event: EventName, channel: OutboxRow['channel'], target: string, payload: string): OutboxRow => ({
    id: s.ids.next(),
    event_id: eventId,
    event,
    project_id: ch.tenant.projectId,
    workspace_id: ch.tenant.workspaceId,
    channel,
    target,
    payload,
    state: 'ready',
    attempts: 0,
    next_at: nowIso,
    give_up_at: giveUp,
    locked_by: null,
    locked_until: null,
    create_time: nowIso,
  });
  for (const n of notices) {
    if (!n) continue;
    const id = s.ids.next();
    const hooks = ch.webhooks.filter((w) => w.events.includes(n.event));
    if (hooks.length > 0) {
      const envelope: EventEnvelope = {
        id,
        type: n.event,
        created_at: nowIso,
        project_id: ch.tenant.projectId,
        workspace_id: ch.tenant.workspaceId,
        data: n.data,
      };
      const body = JSON.stringify(envelope);
      for (const w of hooks) rows.push(row(id, n.event, 'webhook', w.id, body));
    }
    if (ch.email) for (const m of n.emails ?? []) rows.push(row(id, n.event, 'email', m.to, JSON.stringify(m)));
  }
  await insertOutbox(tx, rows);
}
