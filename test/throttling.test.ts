import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, startServer, type TestServer } from './helpers/server.js';

// Throttling is per process (in memory), so one engine is enough to show it.
describe('throttling per user, per API, per minute', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer('sqlite', { ARCHGATE_RATE_LIMIT_QUERY: '3', ARCHGATE_RATE_LIMIT_WRITE: '2' });
  });
  afterAll(async () => {
    await s.close();
  });

  it('answers 429 APIGW.0308 with Retry-After past the query limit, per API and per user', async () => {
    for (let i = 0; i < 3; i++) expect((await s.call('GET', '/v2/{p}/design/approvals')).status).toBe(200);
    const over = await s.call('GET', '/v2/{p}/design/approvals');
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({
      error_code: 'APIGW.0308',
      error_msg: 'The throttling threshold has been reached: policy user over ratelimit,limit:3,time:1 minute',
    });
    expect(over.body.request_id).toMatch(/^[0-9a-f]{32}$/);
    const wait = Number(over.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    // Another API of the same user, and the same API for another user, have their own budgets.
    expect((await s.call('GET', '/v2/{p}/design/approvals/users')).status).toBe(200);
    const other = await addUser(s, 'throttle_other', 'viewer');
    expect((await s.call('GET', '/v2/{p}/design/approvals', { token: other.token })).status).toBe(200);
  });

  it('limits writes at their own, lower, threshold', async () => {
    const write = () => s.call('POST', '/archgate/v1/{p}/objects', { body: { objects: [{ biz_type: 'TAG', name_en: 't' }] } });
    expect((await write()).status).toBe(200);
    expect((await write()).status).toBe(200);
    const over = await write();
    expect(over.status).toBe(429);
    expect(over.body.error_msg).toMatch(/limit:2,/);
  });
});
