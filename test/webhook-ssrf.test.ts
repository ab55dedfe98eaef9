import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processDbUrl } from './helpers/processes.js';
import { startReceiver, type Receiver } from './helpers/webhook-receiver.js';
import { ENGINES, batchBody, createObjects, startServer, type TestServer } from './helpers/server.js';

const HOOKS = '/archgate/v1/{p}/webhooks';
const body = (url: string) => ({ url, events: ['batch.completed'], secret: 'ssrf-secret-1' });
const KEY = { ARCHGATE_SECRET_KEY: 'webhook-ssrf-test-sealing-key' };

describe.each(ENGINES)('the webhook SSRF guard (%s)', (engine) => {
  let rx: Receiver;
  beforeAll(async () => {
    rx = await startReceiver();
  });
  afterAll(async () => {
    await rx.close();
  });

  describe('by default', () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startServer(engine, KEY);
    });
    afterAll(async () => {
      await s.close();
    });

    it.each([
      ['a loopback receiver', () => rx.url],
      ['localhost', () => 'http://localhost:9/hook'],
      ['IPv6 loopback', () => 'http://[::1]:9/hook'],
      ['IPv4-mapped loopback', () => 'http://[::ffff:127.0.0.1]:9/hook'],
      ['loopback as a bare number', () => 'http://2130706433:9/hook'],
      ['the metadata service', () => 'http://169.254.169.254/latest/meta-data/'],
      ['a private address', () => 'http://10.1.2.3/hook'],
      ['the unspecified address', () => 'http://0.0.0.0:9/hook'],
      ['another scheme', () => 'file:///etc/passwd'],
    ])('refuses %s', async (_what, url) => {
      const r = await s.call('POST', HOOKS, { body: body(url()) });
      expect(r.status).toBe(400);
      expect(r.body.error_code).toBe('DLG.0001');
      expect(r.body.error_msg).toMatch(/^Invalid parameter: the webhook URL is refused: /);
      expect((await s.call('GET', HOOKS)).body.data.value.total).toBe(0);
    });
  });

  it('lets ARCHGATE_WEBHOOK_ALLOW name loopback, and checks the address again at delivery time', async () => {
    const db = await processDbUrl(engine, 'ssrf');
    const allowed = await startServer(engine, { ...KEY, ARCHGATE_WEBHOOK_ALLOW: '127.0.0.1/32' }, db);
    const created = await allowed.call('POST', HOOKS, { body: body(`${rx.url}/late`) });
    expect(created.status).toBe(200);
    await allowed.close();
    // The same store, started without the allow-list: the registered URL is refused when it is sent to.
    const s = await startServer(engine, KEY, db);
    try {
      const [o] = await createObjects(s, 'TABLE_MODEL', ['ssrf_late']);
      await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [o!], 'TABLE_MODEL') });
      const deliveries = async () => (await s.call('GET', `${HOOKS}/${created.body.data.value.id}/deliveries`)).body.data.value.deliveries;
      let d = (await deliveries())[0];
      for (let i = 0; i < 200 && d.attempts.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 25));
        d = (await deliveries())[0];
      }
      expect(d.attempts[0]).toMatchObject({
        outcome: 'failed',
        status_code: null,
        error: expect.stringMatching(/127\.0\.0\.1 is a loopback/),
      });
      expect(rx.received.filter((x) => x.path === '/late')).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
