import { sql } from 'kysely';
import { BULK_ROWS, insertMany } from './bulk.js';
import type { Tx } from './db.js';
import type { DeliveryAttemptTable, OutboxTable } from './notification-schema.js';
import { pendingEventDeliveries } from './outbox-events.js';

/**
 * The notification outbox (docs/JOBS.md): rows are written in the transaction of the change that causes
 * them, then claimed by one node at a time with a lease (`locked_until`) after which any node may take
 * over a row whose node died mid-delivery.
 */

export type OutboxRow = OutboxTable;
export type AttemptRow = DeliveryAttemptTable;

export async function insertOutbox(tx: Tx, rows: readonly OutboxRow[]): Promise<void> {
  await insertMany(tx, 'outbox', rows, BULK_ROWS);
}

/** Up to `limit` due rows (or rows whose claim expired), claimed for `nodeId` until `leaseUntilIso`. */
export async function claimDue(tx: Tx, c: { nodeId: string; nowIso: string; leaseUntilIso: string; limit: number }): Promise<OutboxRow[]> {
  const due = tx
    .selectFrom('outbox')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'ready'), eb('next_at', '<=', c.nowIso)]),
        eb.and([eb('state', '=', 'running'), eb('locked_until', '<', c.nowIso)]),
      ]),
    )
    .orderBy('next_at')
    .limit(c.limit)
    .forUpdate()
    .skipLocked();
  return tx
    .updateTable('outbox')
    .set({ state: 'running', locked_by: c.nodeId, locked_until: c.leaseUntilIso })
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

/** What one attempt of a claimed delivery came to, and what becomes of the delivery. */
export interface AttemptOutcome {
  id: string;
  attempt: Omit<AttemptRow, 'delivery_id' | 'attempt'>;
  next: { state: 'done' | 'dead' } | { state: 'ready'; nextAt: string };
}

/**
 * Records a pass's attempts, each numbered by its row's own counter (so that two nodes that both tried,
 * after a claim expired, number theirs apart), and settles each row this node still holds. A few
 * statements for the whole pass, not three per delivery: sent deliveries settle in one, dead ones in one.
 */
export async function recordAttempts(tx: Tx, nodeId: string, outcomes: readonly AttemptOutcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  const bumped = await tx
    .updateTable('outbox')
    .set({ attempts: sql`attempts + 1` })
    .where(
      'id',
      'in',
      outcomes.map((o) => o.id),
    )
    .returning(['id', 'attempts'])
    .execute();
  const numbers = new Map(bumped.map((b) => [b.id, Number(b.attempts)]));
  const recorded = outcomes.filter((o) => numbers.has(o.id));
  await insertMany(
    tx,
    'delivery_attempts',
    recorded.map((o) => ({ ...o.attempt, delivery_id: o.id, attempt: numbers.get(o.id)! })),
    BULK_ROWS,
  );
  const settle = (ids: string[], set: { state: OutboxRow['state']; next_at?: string }) =>
    tx
      .updateTable('outbox')
      .set({ ...set, locked_by: null, locked_until: null })
      .where('id', 'in', ids)
      .where('state', '=', 'running')
      .where('locked_by', '=', nodeId)
      .execute();
  for (const state of ['done', 'dead'] as const) {
    const ids = recorded.filter((o) => o.next.state === state).map((o) => o.id);
    if (ids.length > 0) await settle(ids, { state });
  }
  for (const o of recorded) if (o.next.state === 'ready') await settle([o.id], { state: 'ready', next_at: o.next.nextAt });
}

/** Gives claimed rows back (at shutdown: all of them; else those named), so that any node sends them at once. */
export async function releaseClaims(tx: Tx, nodeId: string, ids?: readonly string[]): Promise<void> {
  if (ids?.length === 0) return;
  let q = tx
    .updateTable('outbox')
    .set({ state: 'ready', locked_by: null, locked_until: null })
    .where('state', '=', 'running')
    .where('locked_by', '=', nodeId);
  if (ids) q = q.where('id', 'in', [...ids]);
  await q.execute();
}

/** A webhook's deliveries, newest first, with the total. */
export async function deliveriesOf(tx: Tx, webhookId: string, page: { limit: number; offset: number }) {
  const base = tx.selectFrom('outbox').where('channel', '=', 'webhook').where('target', '=', webhookId);
  const total = Number((await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base.selectAll().orderBy('create_time', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
  const attempts = rows.length
    ? await tx
        .selectFrom('delivery_attempts')
        .selectAll()
        .where(
          'delivery_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('attempt')
        .execute()
    : [];
  const byDelivery = new Map<string, AttemptRow[]>();
  for (const a of attempts) byDelivery.set(a.delivery_id, [...(byDelivery.get(a.delivery_id) ?? []), a]);
  return { total, deliveries: rows.map((r) => ({ ...r, attempt_log: byDelivery.get(r.id) ?? [] })) };
}

export async function getDelivery(tx: Tx, webhookId: string, id: string): Promise<OutboxRow | undefined> {
  return tx
    .selectFrom('outbox')
    .selectAll()
    .where('id', '=', id)
    .where('channel', '=', 'webhook')
    .where('target', '=', webhookId)
    .executeTakeFirst();
}

/** Sends a delivery again from now, with a new 24 h window; the event id stays the same. */
export async function requeue(tx: Tx, id: string, nowIso: string, giveUpIso: string): Promise<void> {
  await tx
    .updateTable('outbox')
    .set({ state: 'ready', next_at: nowIso, give_up_at: giveUpIso, locked_by: null, locked_until: null })
    .where('id', '=', id)
    .execute();
}

/** Forgets finished deliveries (sent or dead) made before `beforeIso`, with their attempts. */
export async function pruneFinished(tx: Tx, beforeIso: string): Promise<void> {
  const old = tx.selectFrom('outbox').select('id').where('state', 'in', ['done', 'dead']).where('create_time', '<', beforeIso);
  await tx.deleteFrom('delivery_attempts').where('delivery_id', 'in', old).execute();
  await tx.deleteFrom('outbox').where('state', 'in', ['done', 'dead']).where('create_time', '<', beforeIso).execute();
}

/**
 * Deliveries still to send (ready), being sent (running) and given up (dead), per channel, for /metrics.
 * Events not yet fanned out count as the ready deliveries they will become (an email to a user counts until
 * the fan-out finds that they have no address).
 */
export async function outboxBacklog(tx: Tx): Promise<{ channel: string; state: string; n: number }[]> {
  const rows = await tx
    .selectFrom('outbox')
    .select((eb) => ['channel', 'state', eb.fn.countAll<number>().as('n')])
    .where('state', 'in', ['ready', 'running', 'dead'])
    .groupBy(['channel', 'state'])
    .execute();
  const out = rows.map((r) => ({ channel: r.channel as string, state: r.state as string, n: Number(r.n) }));
  const pending = await pendingEventDeliveries(tx);
  for (const channel of ['webhook', 'email'] as const) {
    if (pending[channel] === 0) continue;
    const ready = out.find((r) => r.channel === channel && r.state === 'ready');
    if (ready) ready.n += pending[channel];
    else out.push({ channel, state: 'ready', n: pending[channel] });
  }
  return out;
}
