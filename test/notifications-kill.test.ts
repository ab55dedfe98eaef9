import { afterAll, describe, expect, it } from 'vitest';
import { EVENTS } from '../src/domain/notifications.js';
import { adminClient, killAll, launch, processDbUrl } from './helpers/processes.js';
import { startReceiver } from './helpers/webhook-receiver.js';
import { ENGINES } from './helpers/server.js';

afterAll(killAll);

describe.each(ENGINES)('notifications across a kill -9 (%s)', (engine) => {
  it('after a restart every event is delivered, and duplicates carry the same event id', async () => {
    const db = await processDbUrl(engine, 'notify-kill');
    // The first node's deliveries are held unanswered, so that it dies in the middle of them.
    let hold = true;
    const rx = await startReceiver(() => (hold ? new Promise<number>(() => {}) : 200));
    try {
      const env = { ARCHGATE_DB: db, ARCHGATE_CLOCK: 'test', ARCHGATE_WEBHOOK_ALLOW: '127.0.0.1', ARCHGATE_SCHEDULER_POLL_MS: '50' };
      const first = await launch(env);
      const c = await adminClient(first);
      const hook = await c.call('POST', '/archgate/v1/{p}/webhooks', {
        body: { url: `${rx.url}/kill`, events: EVENTS, secret: 'kill-test-secret' },
      });
      expect(hook.status).toBe(200);
      const made = await c.call('POST', '/archgate/v1/{p}/objects', {
        body: { objects: Array.from({ length: 5 }, (_, i) => ({ biz_type: 'TABLE_MODEL', name_en: `kill_${i}` })) },
      });
      for (const o of made.body.data.value.records as { id: string }[]) {
        const r = await c.call('POST', '/v2/{p}/design/approvals/batch-publish', {
          body: { biz_infos: [{ biz_id: o.id, biz_type: 'TABLE_MODEL' }], approver_user_id: c.adminId, approver_user_name: 'admin' },
        });
        expect(r.status).toBe(200);
      }
      await rx.waitFor((all) => all.length > 0);
      first.proc.kill('SIGKILL');
      await first.exited;
      hold = false;

      const second = await launch(env);
      const c2 = await adminClient(second);
      // The dead node's claims run out on archgate's clock; move it past them instead of waiting.
      expect((await c2.call('POST', '/archgate/v1/clock', { body: { advance_ms: 5 * 60_000 } })).status).toBe(200);
      const list = async () =>
        (await c2.call('GET', `/archgate/v1/{p}/webhooks/${hook.body.data.value.id}/deliveries?limit=100`)).body.data.value.deliveries as {
          id: string;
          event_id: string;
          state: string;
        }[];
      let deliveries = await list();
      for (let i = 0; i < 400 && deliveries.some((d) => d.state !== 'done'); i++) {
        await new Promise((r) => setTimeout(r, 25));
        deliveries = await list();
      }
      // Five batches: each submitted, moved its object and completed.
      expect(deliveries.length).toBe(15);
      expect(deliveries.every((d) => d.state === 'done')).toBe(true);
      const got = rx.received.filter((x) => x.path === '/kill');
      for (const d of deliveries) {
        const copies = got.filter((x) => x.headers['x-archgate-delivery'] === d.id);
        expect(copies.some((x) => x.answered === 200)).toBe(true);
        for (const x of copies) {
          expect(x.headers['x-archgate-event-id']).toBe(d.event_id);
          expect(JSON.parse(x.body).id).toBe(d.event_id);
        }
      }
      // What the first node was sending when it died came again from the second.
      expect(got.length).toBeGreaterThan(deliveries.length);
      expect(new Set(got.map((x) => x.headers['x-archgate-event-id'])).size).toBe(15);
    } finally {
      await rx.close();
    }
  }, 120_000);
});
