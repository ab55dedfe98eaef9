import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sample } from './helpers/prometheus.js';
import { startMailbox, type Mailbox } from './helpers/mailbox.js';
import { startReceiver, type Receiver } from './helpers/webhook-receiver.js';
import { fanOutEvents } from '../src/jobs/outbox-fanout.js';
import { transact } from '../src/store/db.js';
import { adminClient, killAll, launch, processDbUrl } from './helpers/processes.js';
import { ENGINES, batchBody, createObjects, startServer, type TestServer } from './helpers/server.js';

/**
 * A change writes its notifications as one row of events (outbox_events); the worker fans that row out into
 * one delivery per webhook and email, and deletes it, in one transaction. These pin what the fan-out decides:
 * the webhooks that still exist, the address a user has then, exactly one delivery per event and receiver
 * however many nodes fan out at once, and a backlog that /metrics counts before the fan-out.
 */

const HOOKS = '/archgate/v1/{p}/webhooks';
const EVENTS = 150;
// The worker's poll never comes round: only the clock calls below make it work.
const QUIET = { ARCHGATE_CLOCK: 'test', ARCHGATE_WEBHOOK_ALLOW: '127.0.0.1', ARCHGATE_SCHEDULER_POLL_MS: '3600000' };
const tick = (s: TestServer) => s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 0 } });
const publish = async (s: TestServer, id: string) =>
  expect((await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [id], 'TABLE_MODEL') })).status).toBe(200);
const register = async (s: TestServer, url: string) => {
  const r = await s.call('POST', HOOKS, { body: { url, events: ['batch.completed'], secret: 'fanout-secret' } });
  expect(r.status).toBe(200);
  return r.body.data.value.id as string;
};

afterAll(killAll);

describe.each(ENGINES)('the outbox fan-out (%s)', (engine) => {
  let rx: Receiver;
  let mail: Mailbox;
  beforeAll(async () => {
    rx = await startReceiver();
    mail = await startMailbox();
  });
  afterAll(async () => {
    await rx.close();
    await mail.close();
  });

  it('counts a change’s deliveries before the fan-out, and sends nothing to a webhook deleted before it', async () => {
    const s = await startServer(engine, QUIET);
    try {
      const kept = await register(s, `${rx.url}/kept`);
      const dropped = await register(s, `${rx.url}/dropped`);
      const [o] = await createObjects(s, 'TABLE_MODEL', ['fan_deleted']);
      await publish(s, o!);
      const pending = await s.store!.db.selectFrom('outbox_events').selectAll().execute();
      expect(pending.map((p) => p.webhook_deliveries)).toEqual([2]);
      const metrics = await (await fetch(`${s.url}/metrics`)).text();
      expect(sample(metrics, 'archgate_outbox_deliveries', { channel: 'webhook', state: 'ready' })).toBe(2);

      expect((await s.call('DELETE', `${HOOKS}/${dropped}`)).status).toBe(200);
      await tick(s);
      expect(rx.received.filter((x) => x.path === '/kept')).toHaveLength(1);
      expect(rx.received.filter((x) => x.path === '/dropped')).toEqual([]);
      const rows = await s.store!.db.selectFrom('outbox').select(['target', 'state']).execute();
      expect(rows).toEqual([{ target: kept, state: 'done' }]);
      expect(await s.store!.db.selectFrom('outbox_events').selectAll().execute()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('addresses a submitter’s email when the event is fanned out, and sends none to a user without an address', async () => {
    const s = await startServer(engine, { ...QUIET, ARCHGATE_SMTP_URL: mail.url });
    try {
      const [a, b] = await createObjects(s, 'TABLE_MODEL', ['fan_mail_a', 'fan_mail_b']);
      // The admin has no email yet: the batch's end is counted as an email until the fan-out finds none.
      await publish(s, a!);
      const before = await (await fetch(`${s.url}/metrics`)).text();
      expect(sample(before, 'archgate_outbox_deliveries', { channel: 'email', state: 'ready' })).toBe(1);
      await tick(s);
      expect(await s.store!.db.selectFrom('outbox').select('target').where('channel', '=', 'email').execute()).toEqual([]);

      await publish(s, b!);
      const set = await s.call('PUT', `/v3.0/OS-USER/users/${s.adminId}`, {
        workspace: null,
        body: { user: { email: 'fan-later@example.test' } },
      });
      expect(set.status).toBe(200);
      await tick(s);
      const got = await mail.waitFor('fan-later@example.test', 1);
      expect(got[0]!.subject).toContain('ended');
      const after = await (await fetch(`${s.url}/metrics`)).text();
      expect(sample(after, 'archgate_outbox_deliveries', { channel: 'email', state: 'ready' })).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('the deliveries list fans out only its own tenant’s pending events', async () => {
    const s = await startServer(engine, QUIET);
    try {
      const ws = await s.call('POST', '/archgate/v1/{p}/workspaces', { workspace: null, body: { name: 'fan_other' } });
      expect(ws.status).toBe(200);
      const other = ws.body.data.value.id as string;
      const mine = await register(s, `${rx.url}/mine`);
      const theirs = await s.call('POST', HOOKS, {
        workspace: other,
        body: { url: `${rx.url}/theirs`, events: ['batch.completed'], secret: 'fanout-secret' },
      });
      expect(theirs.status).toBe(200);
      const approver = await s.call('POST', '/v2/{p}/design/approvals/users', {
        workspace: other,
        body: { approver_name: 'admin', user_id: s.adminId },
      });
      expect(approver.status).toBe(200);
      const [o] = await createObjects(s, 'TABLE_MODEL', ['fan_tenant_mine']);
      await publish(s, o!);
      const made = await s.call('POST', '/archgate/v1/{p}/objects', {
        workspace: other,
        body: { objects: [{ biz_type: 'TABLE_MODEL', name_en: 'fan_tenant_theirs' }] },
      });
      const p = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
        workspace: other,
        body: { ...batchBody(s, [made.body.data.value.records[0].id], 'TABLE_MODEL') },
      });
      expect(p.status).toBe(200);
      const pending = () => s.store!.db.selectFrom('outbox_events').select('workspace_id').execute();
      expect(await pending()).toHaveLength(2);
      const listed = await s.call('GET', `${HOOKS}/${mine}/deliveries`);
      expect(listed.body.data.value.deliveries.map((d: { state: string }) => d.state)).toEqual(['ready']);
      expect(await pending()).toEqual([{ workspace_id: other }]);
    } finally {
      await s.close();
    }
  });

  it('drops a body it cannot read, and still fans out and sends the events after it', async () => {
    const s = await startServer(engine, QUIET);
    try {
      await register(s, `${rx.url}/after-bad`);
      // Older than any event archgate writes, so that it comes first.
      await s
        .store!.db.insertInto('outbox_events')
        .values({
          id: '1000000000000000000',
          project_id: s.projectId,
          workspace_id: s.workspaceId,
          create_time: '2026-01-01T00:00:00Z',
          webhook_deliveries: 1,
          email_deliveries: 0,
          body: '{not json',
        })
        .execute();
      const [o] = await createObjects(s, 'TABLE_MODEL', ['fan_after_bad']);
      await publish(s, o!);
      await tick(s);
      expect(rx.received.filter((x) => x.path === '/after-bad')).toHaveLength(1);
      expect(await s.store!.db.selectFrom('outbox_events').selectAll().execute()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('makes exactly one delivery per event and webhook when two node processes fan out at once', async () => {
    const db = await processDbUrl(engine, 'fanout');
    const env = { ...QUIET, ARCHGATE_DB: db };
    const n1 = await launch(env);
    const n2 = await launch(env);
    const [c1, c2] = [await adminClient(n1), await adminClient(n2)];
    const path = '/two-processes';
    const hook = await c1.call('POST', HOOKS, { body: { url: `${rx.url}${path}`, events: ['batch.completed'], secret: 'fanout-secret' } });
    expect(hook.status).toBe(200);
    const made = await c1.call('POST', '/archgate/v1/{p}/objects', {
      body: { objects: Array.from({ length: EVENTS }, (_, i) => ({ biz_type: 'TABLE_MODEL', name_en: `fan_race_${i}` })) },
    });
    for (const [i, o] of (made.body.data.value.records as { id: string }[]).entries()) {
      const c = i % 2 ? c1 : c2;
      const r = await c.call('POST', '/v2/{p}/design/approvals/batch-publish', {
        body: { biz_infos: [{ biz_id: o.id, biz_type: 'TABLE_MODEL' }], approver_user_id: c.adminId, approver_user_name: 'admin' },
      });
      expect(r.status).toBe(200);
    }
    const tickOf = (c: typeof c1) => c.call('POST', '/archgate/v1/clock', { body: { advance_ms: 0 } });
    await Promise.all([tickOf(c1), tickOf(c2)]);
    const seen = () => rx.received.filter((x) => x.path === path).map((x) => JSON.parse(x.body).id as string);
    await rx.waitFor(() => seen().length >= EVENTS);
    expect(new Set(seen()).size).toBe(EVENTS);
    expect(seen()).toHaveLength(EVENTS);
    const listed = await c2.call('GET', `${HOOKS}/${hook.body.data.value.id}/deliveries?limit=1`);
    expect(listed.body.data.value.total).toBe(EVENTS);
  }, 120_000);
});

describe('the outbox fan-out on PostgreSQL, two stores at once', () => {
  it('fans each event out once: each takes the oldest rows it can lock, skipping those the other holds', async () => {
    const db = await processDbUrl('postgres', 'fanout-pg');
    const a = await startServer('postgres', QUIET, db);
    const b = await startServer('postgres', QUIET, db);
    const rx = await startReceiver();
    try {
      const hook = await register(a, `${rx.url}/pg`);
      const ids = await createObjects(
        a,
        'TABLE_MODEL',
        Array.from({ length: EVENTS }, (_, i) => `fan_pg_${i}`),
      );
      for (const id of ids) await publish(a, id);
      // Both fan-outs interleave on the event loop, each on its own connection: without the row locks both
      // would read the same oldest rows before either commits.
      let made = 0;
      const fan = async (n: TestServer) => {
        while ((await transact(n.store!, (tx) => fanOutEvents(tx, () => `${++made}`, 16))) > 0);
      };
      await Promise.all([fan(a), fan(b)]);
      const rows = await a.store!.db.selectFrom('outbox').select('event_id').where('target', '=', hook).execute();
      expect(rows).toHaveLength(EVENTS);
      expect(new Set(rows.map((r) => r.event_id)).size).toBe(EVENTS);
      expect(await a.store!.db.selectFrom('outbox_events').selectAll().execute()).toEqual([]);
    } finally {
      await a.close();
      await b.close();
      await rx.close();
    }
  });
});

describe('the outbox fan-out on PostgreSQL, a webhook deleted meanwhile', () => {
  it('keeps no delivery of a webhook deleted while its events are fanned out', async () => {
    const db = await processDbUrl('postgres', 'fanout-del');
    const a = await startServer('postgres', QUIET, db);
    const b = await startServer('postgres', QUIET, db);
    const rx = await startReceiver();
    try {
      for (let round = 0; round < 5; round++) {
        const hook = await register(a, `${rx.url}/deleted-${round}`);
        const ids = await createObjects(
          a,
          'TABLE_MODEL',
          Array.from({ length: 40 }, (_, i) => `fan_del_${round}_${i}`),
        );
        for (const id of ids) await publish(a, id);
        // Small fan-outs on one store while the other deletes the webhook: the deletion lands between them.
        let made = 0;
        const fan = async () => {
          while ((await transact(a.store!, (tx) => fanOutEvents(tx, () => `${round}-${++made}`, 2))) > 0);
        };
        const del = async () => {
          await new Promise((r) => setTimeout(r, round * 3));
          expect((await b.call('DELETE', `${HOOKS}/${hook}`)).status).toBe(200);
        };
        await Promise.all([fan(), del()]);
        const left = await a.store!.db.selectFrom('outbox').select('id').where('target', '=', hook).execute();
        expect(left).toEqual([]);
      }
    } finally {
      await a.close();
      await b.close();
      await rx.close();
    }
  });
});
