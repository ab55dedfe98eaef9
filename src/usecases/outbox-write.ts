import { capped, type EventName } from '../domain/notifications.js';
import { isoUtc } from '../domain/time.js';
import type { Tx } from '../store/db.js';
import { insertOutboxEvent, type PendingEvent, type PendingEvents, type PendingMail } from '../store/outbox-events.js';
import { webhooksOf, type WebhookRow } from '../store/webhooks.js';
import type { Services } from '../services.js';
import type { Tenant } from '../store/tenant.js';

/**
 * Writes notifications into the outbox, in the transaction of the change that causes them (issue 14):
 * they commit with it or not at all, and a worker fans them out and sends them afterwards (jobs/notifier.ts).
 */

export type { Tenant };

/** One event: its name and data, and the emails it causes (sent only when SMTP is set). */
export interface Notice {
  event: EventName;
  data: Record<string, unknown>;
  emails?: PendingMail[];
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

/**
 * One row for all of a change's events, whatever the number of webhooks and emails: the worker fans it out
 * into deliveries afterwards (jobs/outbox-fanout.ts). An email to a user is addressed then, from their IAM
 * user, so that the change reads nothing more for it.
 */
export async function enqueue(tx: Tx, s: Services, ch: Channels, notices: readonly (Notice | undefined)[]): Promise<void> {
  const events: PendingEvent[] = [];
  let webhookDeliveries = 0;
  let emailDeliveries = 0;
  for (const n of notices) {
    if (!n) continue;
    const hooks: string[] = [];
    for (const w of ch.webhooks) if (w.events.includes(n.event)) hooks.push(w.id);
    const mails = ch.email ? (n.emails ?? []) : [];
    if (hooks.length === 0 && mails.length === 0) continue;
    webhookDeliveries += hooks.length;
    emailDeliveries += mails.length;
    events.push({ id: s.ids.next(), event: n.event, data: n.data, hooks, mails });
  }
  if (events.length === 0) return;
  const body: PendingEvents = { events };
  await insertOutboxEvent(tx, {
    id: s.ids.next(),
    project_id: ch.tenant.projectId,
    workspace_id: ch.tenant.workspaceId,
    create_time: isoUtc(s.clock.now()),
    webhook_deliveries: webhookDeliveries,
    email_deliveries: emailDeliveries,
    body: JSON.stringify(body),
  });
}
