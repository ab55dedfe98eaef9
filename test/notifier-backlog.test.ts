import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sample } from './helpers/prometheus.js';
import { startReceiver, type Receiver } from './helpers/webhook-receiver.js';
import { ENGINES, batchBody, createObjects, startServer, type TestServer } from './helpers/server.js';

/**
 * The notification worker drains the whole backlog in one go, however many passes it takes (a pass claims
 * 64), instead of one pass per poll; and /metrics shows the outbox's backlog and the attempts made.
 */

const EVENTS = 150;

describe.each(ENGINES)('the notification worker with a backlog (%s)', (engine) => {
  let s: TestServer;
  let rx: Receiver;
  beforeAll(async () => {
    // The poll never comes round during the test: only the clock's tick below sends anything.
    s = await startServer(engine, { ARCHGATE_CLOCK: 'test', ARCHGATE_WEBHOOK_ALLOW: '127.0.0.1', ARCHGATE_SCHEDULER_POLL_MS: '3600000' });
    rx = await startReceiver();
  });
  afterAll(async () => {
    await s.close();
    await rx.close();
  });

  const scrape = async () => (await fetch(`${s.url}/metrics`)).text();
  const outbox = (text: string, state: string) => sample(text, 'archgate_outbox_deliveries', { channel: 'webhook', state });
  const attempts = (text: string) => sample(text, 'archgate_notification_attempts_total', { channel: 'webhook', outcome: 'ok' });

  it(`sends a backlog of ${EVENTS} deliveries in one tick of the worker, and /metrics counts it down`, async () => {
    const r = await s.call('POST', '/archgate/v1/{p}/webhooks', {
      body: { url: `${rx.url}/backlog`, events: ['batch.completed'], secret: 'backlog-secret' },
    });
    expect(r.status).toBe(200);
    const ids = await createObjects(
      s,
      'TABLE_MODEL',
      Array.from({ length: EVENTS }, (_, i) => `backlog_${i}`),
    );
    const before = await scrape();
    for (const id of ids) {
      const b = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [id], 'TABLE_MODEL') });
      expect(b.status).toBe(200);
    }
    const queued = await scrape();
    expect(outbox(queued, 'ready')).toBe(EVENTS);
    expect(attempts(queued) - attempts(before)).toBe(0);

    await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 0 } });
    expect(rx.received.filter((x) => x.path === '/backlog')).toHaveLength(EVENTS);
    const sent = await scrape();
    expect(outbox(sent, 'ready')).toBe(0);
    expect(outbox(sent, 'running')).toBe(0);
    expect(attempts(sent) - attempts(before)).toBe(EVENTS);
    const ids2 = new Set(rx.received.filter((x) => x.path === '/backlog').map((x) => JSON.parse(x.body).id));
    expect(ids2.size).toBe(EVENTS);
  });
});
