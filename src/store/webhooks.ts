import type { Tx } from './db.js';
import type { WebhookTable } from './notification-schema.js';
import { runShaped } from './shaped.js';

/** A workspace's webhooks (migration 008). `events` is JSON text, parsed here and nowhere else. */

export type WebhookRow = Omit<WebhookTable, 'events'> & { events: string[] };
type Tenant = { projectId: string; workspaceId: string };

const parsed = (r: WebhookTable): WebhookRow => ({ ...r, events: JSON.parse(r.events) as string[] });

export async function insertWebhook(tx: Tx, row: WebhookRow): Promise<void> {
  await tx
    .insertInto('webhooks')
    .values({ ...row, events: JSON.stringify(row.events) })
    .execute();
}

export async function webhooksOf(tx: Tx, t: Tenant): Promise<WebhookRow[]> {
  const rows = await runShaped(tx, 'webhooks of a tenant', [t.workspaceId, t.projectId], () =>
    tx
      .selectFrom('webhooks')
      .selectAll()
      .where('workspace_id', '=', t.workspaceId)
      .where('project_id', '=', t.projectId)
      .orderBy('create_time')
      .orderBy('id'),
  );
  return rows.map(parsed);
}

export async function getWebhook(tx: Tx, t: Tenant, id: string): Promise<WebhookRow | undefined> {
  const r = await tx
    .selectFrom('webhooks')
    .selectAll()
    .where('id', '=', id)
    .where('workspace_id', '=', t.workspaceId)
    .where('project_id', '=', t.projectId)
    .executeTakeFirst();
  return r && parsed(r);
}

/** The webhook a delivery goes to, wherever it is (the worker serves every tenant). */
export async function webhookById(tx: Tx, id: string): Promise<WebhookRow | undefined> {
  const r = await tx.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
  return r && parsed(r);
}

/** Which of these webhooks still exist: an event fanned out after its webhook was deleted goes nowhere. */
export async function existingWebhooks(tx: Tx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  // Share-locked: a deletion under way (which deletes the webhook first, then its deliveries) either ends
  // first, and the webhook is gone here, or waits for this fan-out, and then deletes what it made.
  const rows = await tx
    .selectFrom('webhooks')
    .select('id')
    .where('id', 'in', [...ids])
    .forShare()
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Removes a webhook with its deliveries and their attempts. */
export async function deleteWebhook(tx: Tx, id: string): Promise<void> {
  // The webhook first: a fan-out that share-locked it finishes before this goes on, so the deliveries it
  // made are deleted below; one that starts after finds no webhook and makes none.
  await tx.deleteFrom('webhooks').where('id', '=', id).execute();
  const deliveries = tx.selectFrom('outbox').select('id').where('channel', '=', 'webhook').where('target', '=', id);
  await tx.deleteFrom('delivery_attempts').where('delivery_id', 'in', deliveries).execute();
  await tx.deleteFrom('outbox').where('channel', '=', 'webhook').where('target', '=', id).execute();
}

/**
 * One webhook secret, for the check that the sealing key opens the store. A store restored from before
 * migration 008 has no such table yet (and so no such secret): callers read it outside a transaction.
 */
export async function anyWebhookSecret(tx: Tx): Promise<string | undefined> {
  try {
    return (await tx.selectFrom('webhooks').select('secret_sealed').limit(1).executeTakeFirst())?.secret_sealed;
  } catch {
    return undefined;
  }
}
