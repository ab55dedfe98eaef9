import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS } from '../src/domain/notifications.js';
import { verifySignature } from '../src/domain/webhook-signature.js';
import { startReceiver, type Receiver } from './helpers/webhook-receiver.js';
import { ADMIN_PASSWORD, ENGINES, addUser, batchBody, createObjects, loginAs, startServer, type TestServer } from './helpers/server.js';

const SECRET = 'webhook-secret-1';
const HOUR = 3600_000;
const HOOKS = '/archgate/v1/{p}/webhooks';

const advance = (s: TestServer, ms: number) => s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: ms } });

async function register(s: TestServer, url: string, events: readonly string[] = EVENTS, format?: string): Promise<string> {
  const r = await s.call('POST', HOOKS, { body: { url, events, secret: SECRET, ...(format ? { format } : {}) } });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.data.value.id;
}

const deliveries = async (s: TestServer, hook: string) => (await s.call('GET', `${HOOKS}/${hook}/deliveries`)).body.data.value.deliveries;
const bodies = (r: Receiver) => r.received.map((x) => JSON.parse(x.body));

describe.each(ENGINES)('webhooks (%s)', (engine) => {
  let s: TestServer;
  let rx: Receiver;
  beforeAll(async () => {
    s = await startServer(engine, { ARCHGATE_CLOCK: 'test', ARCHGATE_WEBHOOK_ALLOW: '127.0.0.1', ARCHGATE_TZ: 'UTC' });
    rx = await startReceiver();
  });
  afterAll(async () => {
    await s.close();
    await rx.close();
  });

  it('are registered, listed and deleted by workspace admins only, never showing the secret, each write audited', async () => {
    const dev = await addUser(s, 'wh_dev', 'developer');
    const refused = await s.call('POST', HOOKS, { token: dev.token, body: { url: rx.url, events: ['batch.completed'], secret: SECRET } });
    expect(refused.status).toBe(403);
    const id = await register(s, `${rx.url}/crud`, ['batch.completed']);
    const list = (await s.call('GET', HOOKS)).body.data.value;
    expect(list.webhooks.find((w: { id: string }) => w.id === id)).toMatchObject({
      url: `${rx.url}/crud`,
      events: ['batch.completed'],
      format: 'json',
    });
    expect(JSON.stringify(list)).not.toContain(SECRET);
    // Sealed at rest, like secret keys.
    const stored = await s.store!.db.selectFrom('webhooks').select('secret_sealed').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.secret_sealed).not.toContain(SECRET);
    expect((await s.call('DELETE', `${HOOKS}/${id}`)).status).toBe(200);
    expect((await s.call('DELETE', `${HOOKS}/${id}`)).body.error_code).toBe('DLG.3902');
    const audit = (await s.call('GET', `/archgate/v1/{p}/audit?object_id=${id}`, { workspace: null })).body.data.value.records;
    expect(audit.map((a: { operation: string }) => a.operation).sort()).toEqual(['ArchgateCreateWebhook', 'ArchgateDeleteWebhook']);
  });

  it('sends every event, signed over the raw body, with a stable event id in a header', async () => {
    const hook = await register(s, `${rx.url}/all`);
    const seen = () => new Set(rx.received.filter((x) => x.path === '/all').map((x) => JSON.parse(x.body).type));
    const [a, b, c, d] = await createObjects(s, 'TABLE_MODEL', ['wh_a', 'wh_b', 'wh_c', 'wh_d']);
    const publish = async (id: string, extra = {}) =>
      (await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [id], 'TABLE_MODEL', extra) })).body.data.value;
    const appOf = async (id: string) =>
      (await s.call('GET', `/v2/{p}/design/approvals?biz_id=${id}`)).body.data.value.records[0].id as string;
    await publish(a!);
    await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', { body: { ids: [await appOf(a!)], msg: 'fine' } });
    await publish(b!);
    await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=reject', { body: { ids: [await appOf(b!)], msg: 'no' } });
    await publish(c!);
    expect((await s.call('PUT', `/v2/{p}/design/approvals?ids=${await appOf(c!)}`)).status).toBe(200);
    const now = new Date((await advance(s, 0)).body.data.value.now);
    const at = new Date(now.getTime() + 2 * HOUR);
    const schedule = `${String(at.getUTCMinutes()).padStart(2, '0')}_${String(at.getUTCHours()).padStart(2, '0')}`;
    await publish(d!, { schedule_time: schedule });
    await advance(s, 3 * HOUR);
    await rx.waitFor(() => seen().size === EVENTS.length);
    expect([...seen()].sort()).toEqual([...EVENTS].sort());
    for (const x of rx.received.filter((r) => r.path === '/all')) {
      expect(verifySignature(SECRET, x.body, x.headers['x-archgate-signature-256'] as string)).toBe(true);
      const e = JSON.parse(x.body);
      expect(x.headers['x-archgate-event-id']).toBe(e.id);
      expect(x.headers['x-archgate-event']).toBe(e.type);
      expect(Number(x.headers['x-archgate-timestamp'])).toBeGreaterThan(0);
      expect(e).toMatchObject({ project_id: s.projectId, workspace_id: s.workspaceId });
    }
    const of = (type: string) => bodies(rx).filter((e) => e.type === type);
    expect(of('application.submitted')[0].data).toMatchObject({
      approval_type: 'PUBLISH',
      count: 1,
      submitter: { name: 'admin' },
      approver: { id: s.adminId },
    });
    expect(of('application.rejected')[0].data).toMatchObject({ msg: 'no', count: 1, applications: [{ biz_id: b }] });
    expect(of('application.withdrawn')[0].data.applications[0].biz_id).toBe(c);
    expect(of('batch.scheduled_run')[0].data).toMatchObject({ operation_type: 'PUBLISH', success: 1, failed: 0 });
    expect(
      of('object.status_changed').some((e) =>
        e.data.objects.some((o: { id: string; after: string }) => o.id === a && o.after === 'PUBLISHED'),
      ),
    ).toBe(true);
    expect(of('batch.completed').length).toBeGreaterThanOrEqual(4);
    // Every delivery is listed with its attempt.
    const listed = await deliveries(s, hook);
    expect(listed.every((d: { state: string; attempts: unknown[] }) => d.state === 'done' && d.attempts.length === 1)).toBe(true);
  });

  it('a receiver that fails three times gets the fourth attempt; the deliveries list shows all four', async () => {
    const path = '/flaky';
    let failures = 0;
    rx.answer = (r) => (r.path === path && failures++ < 3 ? 500 : 200);
    const hook = await register(s, `${rx.url}${path}`, ['batch.completed']);
    const [o] = await createObjects(s, 'TABLE_MODEL', ['wh_flaky']);
    await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [o!], 'TABLE_MODEL') });
    const hits = () => rx.received.filter((x) => x.path === path && x.answered !== 0);
    await rx.waitFor(() => hits().length === 1);
    // Each failure waits at most an hour (jittered backoff): two hours later the next attempt is due.
    for (let i = 2; i <= 4; i++) {
      await advance(s, 2 * HOUR);
      await rx.waitFor(() => hits().length === i);
    }
    expect(hits().map((x) => x.answered)).toEqual([500, 500, 500, 200]);
    expect(new Set(hits().map((x) => x.headers['x-archgate-event-id'])).size).toBe(1);
    const [d] = await deliveries(s, hook);
    expect(d.state).toBe('done');
    expect(d.event_id).toBe(hits()[0]!.headers['x-archgate-event-id']);
    expect(d.attempts.map((a: { attempt: number; outcome: string; status_code: number }) => [a.attempt, a.outcome, a.status_code])).toEqual(
      [
        [1, 'failed', 500],
        [2, 'failed', 500],
        [3, 'failed', 500],
        [4, 'ok', 200],
      ],
    );
    rx.answer = () => 200;
  });

  it('follows no redirect: a 3xx is a failed attempt and the other host is never asked', async () => {
    const path = '/moved';
    rx.answer = (r) => (r.path === path ? 302 : 200);
    const hook = await register(s, `${rx.url}${path}`, ['batch.completed']);
    const [o] = await createObjects(s, 'TABLE_MODEL', ['wh_moved']);
    await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [o!], 'TABLE_MODEL') });
    await rx.waitFor(() => rx.received.some((x) => x.path === path && x.answered !== 0));
    let d = (await deliveries(s, hook))[0];
    for (let i = 0; i < 50 && d.attempts.length === 0; i++) d = (await deliveries(s, hook))[0];
    expect(d.attempts[0]).toMatchObject({ outcome: 'failed', status_code: 302, error: 'redirect not followed' });
    expect(rx.received.filter((x) => x.path === '/elsewhere')).toEqual([]);
    rx.answer = () => 200;
  });

  it('chat-bot formats send the bot’s own payload shape, Feishu and DingTalk signed their way', async () => {
    const hooks = {
      feishu: await register(s, `${rx.url}/feishu`, ['batch.completed'], 'feishu'),
      dingtalk: await register(s, `${rx.url}/dingtalk?access_token=t`, ['batch.completed'], 'dingtalk'),
      wecom: await register(s, `${rx.url}/wecom?key=k`, ['batch.completed'], 'wecom'),
      slack: await register(s, `${rx.url}/slack`, ['batch.completed'], 'slack'),
    };
    expect(Object.keys(hooks)).toHaveLength(4);
    const [o] = await createObjects(s, 'TABLE_MODEL', ['wh_chat']);
    await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [o!], 'TABLE_MODEL') });
    const got = (prefix: string) => rx.received.find((x) => x.path.startsWith(prefix) && x.answered === 200);
    await rx.waitFor(() => ['/feishu', '/dingtalk', '/wecom', '/slack'].every((p) => got(p)));
    const feishu = JSON.parse(got('/feishu')!.body);
    expect(feishu).toMatchObject({ msg_type: 'text', content: { text: expect.stringContaining('batch.completed') } });
    expect(feishu.sign).toBe(createHmac('sha256', `${feishu.timestamp}\n${SECRET}`).update('').digest('base64'));
    const ding = got('/dingtalk')!;
    const q = new URL(ding.path, 'http://x').searchParams;
    expect(q.get('access_token')).toBe('t');
    expect(q.get('sign')).toBe(
      createHmac('sha256', SECRET)
        .update(`${q.get('timestamp')}\n${SECRET}`)
        .digest('base64'),
    );
    expect(JSON.parse(ding.body)).toMatchObject({
      msgtype: 'markdown',
      markdown: { title: expect.any(String), text: expect.stringContaining('succeeded') },
    });
    expect(JSON.parse(got('/wecom')!.body)).toMatchObject({
      msgtype: 'markdown',
      markdown: { content: expect.stringContaining('batch.completed') },
    });
    expect(JSON.parse(got('/slack')!.body)).toMatchObject({ text: expect.stringContaining('batch.completed') });
  });
  // Last: it moves the clock by more than a day.
  it('a delivery failing for 24 h is dead, and a redelivery sends it again under the same event id', async () => {
    const path = '/down';
    rx.answer = (r) => (r.path === path ? 503 : 200);
    const hook = await register(s, `${rx.url}${path}`, ['batch.completed']);
    const [o] = await createObjects(s, 'TABLE_MODEL', ['wh_down']);
    await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [o!], 'TABLE_MODEL') });
    await rx.waitFor(() => rx.received.some((x) => x.path === path && x.answered !== 0));
    let d: { id: string; state: string; event_id: string; attempts: unknown[] } = (await deliveries(s, hook))[0];
    for (let i = 0; i < 20 && d.state !== 'dead'; i++) {
      await advance(s, 2 * HOUR);
      // Tokens last 24 h on the same clock.
      if (i % 8 === 7) s.token = await loginAs(s, 'admin', s.projectId, ADMIN_PASSWORD);
      d = (await deliveries(s, hook))[0];
    }
    expect(d.state).toBe('dead');
    expect(d.attempts.length).toBeGreaterThan(10);
    rx.answer = () => 200;
    const r = await s.call('POST', `${HOOKS}/${hook}/deliveries/${d.id}/redeliver`);
    expect(r.status).toBe(200);
    await rx.waitFor(() => rx.received.some((x) => x.path === path && x.answered === 200));
    // The receiver has answered; the notifier records the attempt once it has read the answer.
    let again = (await deliveries(s, hook))[0];
    for (let i = 0; i < 100 && again.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      again = (await deliveries(s, hook))[0];
    }
    expect(again).toMatchObject({ id: d.id, state: 'done', event_id: d.event_id });
    expect(rx.received.filter((x) => x.path === path).every((x) => x.headers['x-archgate-event-id'] === d.event_id)).toBe(true);
  });
});
