import { RETRY_WINDOW_MS, type EventEnvelope } from '../domain/notifications.js';
import { isoUtc } from '../domain/time.js';
import { transact, type Store, type Tx } from '../store/db.js';
import { emailsOfUsers } from '../store/identity.js';
import { anyOutboxEvent, deleteOutboxEvents, takeOutboxEvents, type EventScope, type PendingEvents } from '../store/outbox-events.js';
import { insertOutbox, type OutboxRow } from '../store/outbox.js';
import type { Tenant } from '../store/tenant.js';
import { existingWebhooks } from '../store/webhooks.js';
import type { Mail } from './mail-send.js';

/**
 * Turns events that changes wrote (one row per change, store/outbox-events.ts) into one outbox row per
 * delivery: a webhook delivery per subscribed webhook that still exists, an email per recipient with an
 * address. Runs in the transaction it is given: the deliveries are written and the events deleted together,
 * so each event is fanned out once. A delivery keeps the event's time: its id, `created_at`, due time and
 * 24 h window are the event's, whenever the fan-out runs. Answers the number of event rows taken.
 */
export async function fanOutEvents(tx: Tx, nextId: () => string, limit: number, scope: EventScope = { locked: 'skip' }): Promise<number> {
  const taken = await takeOutboxEvents(tx, limit, scope);
  if (taken.length === 0) return 0;
  // A body archgate cannot read could never be sent; it is dropped rather than stop every later event.
  const bodies = taken.map((r) => {
    try {
      return JSON.parse(r.body) as PendingEvents;
    } catch {
      return { events: [] };
    }
  });
  const hookIds = new Set<string>();
  const userIds = new Set<string>();
  for (const b of bodies)
    for (const e of b.events) {
      for (const h of e.hooks) hookIds.add(h);
      for (const m of e.mails) if ('toUser' in m) userIds.add(m.toUser);
    }
  const hooks = await existingWebhooks(tx, [...hookIds]);
  const emails = await emailsOfUsers(tx, [...userIds]);
  const rows: OutboxRow[] = [];
  taken.forEach((t, i) => {
    const giveUp = isoUtc(new Date(Date.parse(t.create_time) + RETRY_WINDOW_MS));
    const row = (eventId: string, event: string, channel: OutboxRow['channel'], target: string, payload: string): OutboxRow => ({
      id: nextId(),
      event_id: eventId,
      event,
      project_id: t.project_id,
      workspace_id: t.workspace_id,
      channel,
      target,
      payload,
      state: 'ready',
      attempts: 0,
      next_at: t.create_time,
      give_up_at: giveUp,
      locked_by: null,
      locked_until: null,
      create_time: t.create_time,
    });
    for (const e of bodies[i]!.events) {
      const live = e.hooks.filter((h) => hooks.has(h));
      if (live.length > 0) {
        const envelope: EventEnvelope = {
          id: e.id,
          type: e.event,
          created_at: t.create_time,
          project_id: t.project_id,
          workspace_id: t.workspace_id,
          data: e.data,
        };
        const body = JSON.stringify(envelope);
        for (const h of live) rows.push(row(e.id, e.event, 'webhook', h, body));
      }
      for (const m of e.mails) {
        const to = 'toUser' in m ? emails.get(m.toUser) : m.to;
        if (to) rows.push(row(e.id, e.event, 'email', to, JSON.stringify({ to, subject: m.subject, text: m.text } satisfies Mail)));
      }
    }
  });
  await insertOutbox(tx, rows);
  await deleteOutboxEvents(
    tx,
    taken.map((t) => t.id),
  );
  return taken.length;
}

/** Events fanned out per transaction by fanOutPending, and the most it fans out for one caller. */
const PENDING_CHUNK = 256;
const PENDING_MAX = 10_000;

/**
 * Fans out what changes of one tenant have written so far, for a reader that must see every delivery a
 * committed change caused (the deliveries list), without waiting for the worker's next pass: it waits for
 * rows the worker holds rather than skip them. Reads one row, and writes nothing, when nothing is pending.
 */
export async function fanOutPending(store: Store, nextId: () => string, tenant: Tenant): Promise<void> {
  if (!(await anyOutboxEvent(store.db, tenant))) return;
  for (let done = 0; done < PENDING_MAX; done += PENDING_CHUNK)
    if ((await transact(store, (tx) => fanOutEvents(tx, nextId, PENDING_CHUNK, { tenant, locked: 'wait' }))) < PENDING_CHUNK) return;
}
