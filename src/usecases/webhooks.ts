import { DomainError } from '../domain/errors.js';
import type { EventName, WebhookFormat } from '../domain/notifications.js';
import { pageOf } from '../domain/paging.js';
import { isoUtc } from '../domain/time.js';
import { RETRY_WINDOW_MS } from '../domain/notifications.js';
import { RefusedAddress, resolveAllowed } from '../jobs/address-guard.js';
import { fanOutPending } from '../jobs/outbox-fanout.js';
import { transact } from '../store/db.js';
import { deliveriesOf, getDelivery, requeue } from '../store/outbox.js';
import { deleteWebhook as removeWebhook, getWebhook, insertWebhook, webhooksOf, type WebhookRow } from '../store/webhooks.js';
import type { Caller, Services } from '../services.js';
import { born, changed, gone, recordAudit } from './audit.js';

/** archgate extension: a workspace's webhooks (issue 14), for its admins (the route checks the role). */

export interface CreateWebhookInput {
  url: string;
  events: EventName[];
  secret: string;
  format?: WebhookFormat;
}

export type { WebhookRow };

/** Registers a webhook, once its URL passes the SSRF guard as it resolves now (and it is checked again at each delivery). */
export async function createWebhook(s: Services, caller: Caller, input: CreateWebhookInput): Promise<WebhookRow> {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw new DomainError('WEBHOOK_URL_REFUSED', { reason: 'it is not a URL' });
  }
  if (url.username || url.password) throw new DomainError('WEBHOOK_URL_REFUSED', { reason: 'it holds a user name or password' });
  await resolveAllowed(url, s.config.webhookAllow).catch((err: unknown) => {
    throw err instanceof RefusedAddress ? new DomainError('WEBHOOK_URL_REFUSED', { reason: err.message }) : err;
  });
  const row: WebhookRow = {
    id: s.ids.next(),
    project_id: caller.tenant.projectId,
    workspace_id: caller.tenant.workspaceId,
    url: url.toString(),
    events: [...new Set(input.events)],
    format: input.format ?? 'json',
    secret_sealed: s.secrets.seal(input.secret),
    create_by: caller.userName,
    create_time: isoUtc(s.clock.now()),
  };
  await transact(s.store, async (tx) => {
    await insertWebhook(tx, row);
    await recordAudit(tx, s, caller, {
      operation: 'ArchgateCreateWebhook',
      targets: [born(row.id)],
      outcome: { status: 'SUCCESS', url: row.url, events: row.events },
    });
  });
  return row;
}

export async function listWebhooks(s: Services, caller: Caller): Promise<WebhookRow[]> {
  return webhooksOf(s.store.db, caller.tenant);
}

async function requireWebhook(tx: Parameters<typeof getWebhook>[0], caller: Caller, id: string): Promise<WebhookRow> {
  const hook = await getWebhook(tx, caller.tenant, id);
  if (!hook) throw new DomainError('WEBHOOK_NOT_FOUND', { id });
  return hook;
}

/** Removes a webhook, with its deliveries (pending ones are never sent). */
export async function deleteWebhook(s: Services, caller: Caller, id: string): Promise<void> {
  await transact(s.store, async (tx) => {
    await requireWebhook(tx, caller, id);
    await removeWebhook(tx, id);
    await recordAudit(tx, s, caller, { operation: 'ArchgateDeleteWebhook', targets: [gone(id)] });
  });
}

/**
 * A webhook's deliveries, newest first, each with every attempt. The tenant's events not yet fanned out into
 * deliveries are fanned out first, so that the list shows every delivery of every change committed before it
 * (this writes only when some are pending).
 */
export async function listDeliveries(s: Services, caller: Caller, id: string, q: { limit?: number; offset?: number }) {
  await requireWebhook(s.store.db, caller, id);
  await fanOutPending(s.store, () => s.ids.next(), caller.tenant);
  return deliveriesOf(s.store.db, id, pageOf(q));
}

/** Sends a delivery again now, under the same event id, with a new 24 h of retries. */
export async function redeliver(s: Services, caller: Caller, webhookId: string, deliveryId: string): Promise<void> {
  await transact(s.store, async (tx) => {
    await requireWebhook(tx, caller, webhookId);
    const d = await getDelivery(tx, webhookId, deliveryId);
    if (!d) throw new DomainError('DELIVERY_NOT_FOUND', { id: deliveryId, webhook_id: webhookId });
    const now = s.clock.now();
    await requeue(tx, d.id, isoUtc(now), isoUtc(new Date(now.getTime() + RETRY_WINDOW_MS)));
    await recordAudit(tx, s, caller, { operation: 'ArchgateRedeliverWebhook', targets: [changed(d.id, d.state, 'ready')] });
  });
}
