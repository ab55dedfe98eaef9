import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  ENGINES,
  addUser,
  loginAs,
  batchBody,
  createObjects,
  startServer,
  statusOf,
  type TestServer,
} from './helpers/server.js';

const approvalsOf = async (s: TestServer, id: string) =>
  (await s.call('GET', `/v2/{p}/design/approvals?biz_id=${id}`)).body.data.value.records;

describe.each(ENGINES)('Idempotency-Key (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine, { ARCHGATE_CLOCK: 'test' });
  });
  afterAll(async () => {
    await s.close();
  });

  /** A call carrying an Idempotency-Key. */
  const keyed = (method: string, path: string, key: string, body?: unknown) =>
    s.call(method, path, { body, headers: { 'Idempotency-Key': key } });
  const publish = (key: string, body: unknown) => keyed('POST', '/v2/{p}/design/approvals/batch-publish', key, body);

  it('a repeat of batch-publish with the same key and body returns the first answer and changes nothing', async () => {
    const [a, b] = await createObjects(s, 'TABLE_MODEL', ['idem_a', 'idem_b']);
    const body = batchBody(s, [a!, b!], 'TABLE_MODEL');
    const first = await publish('k-publish', body);
    expect(first.body.data.value.operation_status).toBe('SUCCESS');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await publish('k-publish', body);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    // Without the key the same request is a new one, and the lifecycle refuses it.
    const fresh = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body });
    expect(fresh.body.data.value.groups[0].remark).toBe('The definition is under review and does not support resubmission');
    expect(await approvalsOf(s, a!)).toHaveLength(1);
    expect(await statusOf(s, a!)).toBe('PUBLISH_DEVELOPING');
  });

  it('the same key with another body is a 409, and writes nothing', async () => {
    const [a, b] = await createObjects(s, 'TABLE_MODEL', ['idem_c', 'idem_d']);
    await keyed('POST', '/v2/{p}/design/approvals/batch-publish', 'k-409', batchBody(s, [a!], 'TABLE_MODEL', { fast_approval: true }));
    const other = await keyed(
      'POST',
      '/v2/{p}/design/approvals/batch-publish',
      'k-409',
      batchBody(s, [b!], 'TABLE_MODEL', { fast_approval: true }),
    );
    expect(other.status).toBe(409);
    expect(other.body.error_code).toBe('DLG.4090');
    expect(await statusOf(s, b!)).toBe('DRAFT');
    // The same key on another operation is another request too.
    const offline = await keyed(
      'POST',
      '/v2/{p}/design/approvals/batch-offline',
      'k-409',
      batchBody(s, [a!], 'TABLE_MODEL', { fast_approval: true }),
    );
    expect(offline.status).toBe(409);
    expect(await statusOf(s, a!)).toBe('PUBLISHED');
  });

  it('covers batch-offline, the approval action and withdraw', async () => {
    const [a, b, c] = await createObjects(s, 'CODE_TABLE', ['idem_e', 'idem_f', 'idem_g']);
    await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [a!], 'CODE_TABLE', { fast_approval: true }) });
    const off = () =>
      keyed('POST', '/v2/{p}/design/approvals/batch-offline', 'k-off', batchBody(s, [a!], 'CODE_TABLE', { fast_approval: true }));
    const o1 = await off();
    const o2 = await off();
    expect(o2.body).toEqual(o1.body);
    expect(o1.body.data.value.operation_status).toBe('SUCCESS');

    await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [b!, c!], 'CODE_TABLE') });
    const [ab] = await approvalsOf(s, b!);
    const [ac] = await approvalsOf(s, c!);
    const resolve = () => keyed('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', 'k-act', { ids: [ab.id], msg: 'ok' });
    const r1 = await resolve();
    const r2 = await resolve();
    expect(r1.body.data.value.groups[0].remark).toBe('PASSED');
    expect(r2.body).toEqual(r1.body);
    const withdraw = () => keyed('PUT', `/v2/{p}/design/approvals?ids=${ac.id}`, 'k-wd');
    expect((await withdraw()).body).toEqual({ data: { value: '1' } });
    const w2 = await withdraw();
    expect(w2.status).toBe(200);
    expect(w2.body).toEqual({ data: { value: '1' } });
    expect(await statusOf(s, c!)).toBe('DRAFT');
  });

  it("is scoped to the user: another user's same key is another request", async () => {
    const dev = await addUser(s, 'idem_dev', 'developer');
    const [a, b] = await createObjects(s, 'TAG', ['idem_h', 'idem_i']);
    await keyed('POST', '/v2/{p}/design/approvals/batch-publish', 'k-user', batchBody(s, [a!], 'TAG'));
    const theirs = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      token: dev.token,
      body: batchBody(s, [b!], 'TAG'),
      headers: { 'Idempotency-Key': 'k-user' },
    });
    expect(theirs.status).toBe(200);
    expect(await statusOf(s, b!)).toBe('PUBLISH_DEVELOPING');
  });

  it('stores no error: a refused request runs again on retry', async () => {
    const body = batchBody(s, ['1234567890123456789'], 'TAG');
    const first = await publish('k-err', body);
    expect(first.status).toBe(400);
    const [made] = await createObjects(s, 'TAG', ['idem_j']);
    const ok = await keyed('POST', '/v2/{p}/design/approvals/batch-publish', 'k-err', batchBody(s, [made!], 'TAG'));
    expect(ok.status).toBe(200);
  });

  it('lasts 24 hours', async () => {
    const [a] = await createObjects(s, 'TAG', ['idem_k']);
    const body = batchBody(s, [a!], 'TAG', { fast_approval: true });
    const first = await publish('k-ttl', body);
    await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 23 * 3600_000 } });
    const within = await publish('k-ttl', body);
    expect(within.body).toEqual(first.body);
    await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 2 * 3600_000 } });
    // The token has expired with the day, too.
    const token = await loginAs(s, 'admin', s.projectId, ADMIN_PASSWORD);
    const after = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { token, body, headers: { 'Idempotency-Key': 'k-ttl' } });
    expect(after.headers.get('idempotent-replayed')).toBeNull();
    expect(after.body.data.value.groups[0].remark).toBe('The definition has been released and does not support resubmission');
  });
});
