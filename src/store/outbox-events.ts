import type { EventName } from '../domain/notifications.js';
import type { Tx } from './db.js';
import type { OutboxEventTable } from './notification-schema.js';
import type { Tenant } from './tenant.js';

/**
 * Events written by a change, waiting for the outbox worker to fan them out into deliveries (docs/JOBS.md).
 * A change writes one row, however many events, webhooks and emails it causes: one insert with one index,
 * in the request's transaction. The worker then writes the `outbox` rows and deletes this one, in one
 * transaction of its own, so that an event is fanned out exactly once.
 */

export type OutboxEventRow = OutboxEventTable;

/** An email to a known address, or to a user whose address is read when the event is fanned out. */
export type PendingMail = { subject: string; text: string } & ({ to: string } | { toUser: string });

/** One event of a row's body: its webhook deliveries share its id, as every retry does. */
export interface PendingEvent {
  id: string;
  event: EventName;
  data: Record<string, unknown>;
  /** The workspace's webhooks that subscribe to it, when it happened. */
  hooks: string[];
  mails: PendingMail[];
}

export interface PendingEvents {
  events: PendingEvent[];
}

export async function insertOutboxEvent(tx: Tx, row: OutboxEventRow): Promise<void> {
  await tx.insertInto('outbox_events').values(row).execute();
}

/** Whose events a fan-out takes: any tenant's (the worker), or one tenant's (its deliveries list). */
export interface EventScope {
  tenant?: Tenant;
  /**
   * `skip`: rows another node is fanning out are left to it (the worker); `wait`: they are waited for, so
   * that once this returns every event committed before it has been fanned out (a reader that must see them).
   */
  locked: 'skip' | 'wait';
}

/**
 * Up to `limit` rows to fan out, locked for this transaction (SQLite has one writer, and drops the clause).
 * Oldest first on both engines: ids are time-ordered and of one length.
 */
export async function takeOutboxEvents(tx: Tx, limit: number, scope: EventScope): Promise<OutboxEventRow[]> {
  let q = tx.selectFrom('outbox_events').selectAll();
  if (scope.tenant) q = q.where('workspace_id', '=', scope.tenant.workspaceId).where('project_id', '=', scope.tenant.projectId);
  const locked = q.orderBy('id').limit(limit).forUpdate();
  return (scope.locked === 'skip' ? locked.skipLocked() : locked).execute();
}

/** Whether any event (of the tenant, when named) waits to be fanned out: one row read, no lock. */
export async function anyOutboxEvent(tx: Tx, tenant?: Tenant): Promise<boolean> {
  let q = tx.selectFrom('outbox_events').select('id');
  if (tenant) q = q.where('workspace_id', '=', tenant.workspaceId).where('project_id', '=', tenant.projectId);
  return (await q.limit(1).executeTakeFirst()) !== undefined;
}

export async function deleteOutboxEvents(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await tx
      .deleteFrom('outbox_events')
      .where('id', 'in', [...ids])
      .execute();
}

/** Deliveries the rows not yet fanned out will become, per channel, for /metrics. */
export async function pendingEventDeliveries(tx: Tx): Promise<{ webhook: number; email: number }> {
  const r = await tx
    .selectFrom('outbox_events')
    .select((eb) => [
      eb.fn.sum<number | string | null>('webhook_deliveries').as('w'),
      eb.fn.sum<number | string | null>('email_deliveries').as('e'),
    ])
    .executeTakeFirst();
  return { webhook: Number(r?.w ?? 0), email: Number(r?.e ?? 0) };
}
