import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, batchBody, createObjects, startServer, type TestServer } from './helpers/server.js';

/** docs/API.md §11.7: env_type in simple (default) and enterprise workspaces. */

const RELEASED = 'The definition has been released and does not support resubmission';
const notOnline = (name: string) => `Definition ${name}  is not online`;

async function envOf(s: TestServer, id: string) {
  const r = await s.call('GET', `/archgate/v1/{p}/objects/${id}`);
  expect(r.status).toBe(200);
  const { status, env_type, dev_version, prod_version } = r.body.data.value;
  return { status, env_type, dev_version, prod_version };
}

type Item = string | { id: string; env_type: string };

async function run(s: TestServer, op: 'batch-publish' | 'batch-offline', items: Item[], extra: Record<string, unknown> = {}) {
  const ids = items.map((i) => (typeof i === 'string' ? i : i.id));
  const body = batchBody(s, ids, 'TABLE_MODEL', { fast_approval: true, ...extra });
  body.biz_infos = items.map((i) =>
    typeof i === 'string' ? { biz_id: i, biz_type: 'TABLE_MODEL' } : { biz_id: i.id, biz_type: 'TABLE_MODEL', env_type: i.env_type },
  );
  return s.call('POST', `/v2/{p}/design/approvals/${op}`, { body });
}

async function ok(s: TestServer, op: 'batch-publish' | 'batch-offline', items: Item[], extra: Record<string, unknown> = {}) {
  const r = await run(s, op, items, extra);
  expect(r.status).toBe(200);
  expect(r.body.data.value, JSON.stringify(r.body)).toMatchObject({ operation_status: 'SUCCESS', failed: 0 });
}

async function failed(s: TestServer, op: 'batch-publish' | 'batch-offline', id: string, extra: Record<string, unknown>) {
  const r = await run(s, op, [id], extra);
  expect(r.status).toBe(200);
  expect(r.body.data.value).toMatchObject({ operation_status: 'FAILED', failed: 1, success: 0 });
  return r.body.data.value.groups[0].remark as string;
}

describe.each(ENGINES)('env_type in a simple workspace (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  it('accepts env_type and ignores it', async () => {
    const [a, b] = await createObjects(s, 'TABLE_MODEL', ['simple_a', 'simple_b']);
    await ok(s, 'batch-publish', [a!, { id: b!, env_type: 'PROD_TYPE' }], { env_type: 'DEV_TYPE' });
    for (const id of [a!, b!]) expect(await envOf(s, id)).toEqual({ status: 'PUBLISHED', env_type: null, dev_version: 0, prod_version: 0 });
    // One environment: published is published, whatever environment a second publish names.
    expect(await failed(s, 'batch-publish', a!, { env_type: 'PROD_TYPE' })).toBe(RELEASED);
    // An offline naming one environment takes the object offline altogether.
    await ok(s, 'batch-offline', [a!], { env_type: 'DEV_TYPE' });
    expect(await envOf(s, a!)).toEqual({ status: 'OFFLINE', env_type: null, dev_version: 0, prod_version: 0 });
    expect(await failed(s, 'batch-offline', a!, { env_type: 'PROD_TYPE' })).toBe(notOnline('simple_a'));
  });

  it('refuses INVALID_TYPE with 400, at batch or item level, and changes nothing', async () => {
    const [id] = await createObjects(s, 'TABLE_MODEL', ['simple_invalid']);
    const batchLevel = await run(s, 'batch-publish', [id!], { env_type: 'INVALID_TYPE' });
    expect(batchLevel.status).toBe(400);
    expect(batchLevel.body.errors[0].error_code).toMatch(/^DLG\./);
    expect((await run(s, 'batch-publish', [{ id: id!, env_type: 'INVALID_TYPE' }])).status).toBe(400);
    expect((await run(s, 'batch-publish', [id!], { env_type: 'NO_SUCH_TYPE' })).status).toBe(400);
    expect((await envOf(s, id!)).status).toBe('DRAFT');
    const approvals = await s.call('GET', `/v2/{p}/design/approvals?biz_id=${id}`);
    expect(approvals.body.data.value.total).toBe(0);
  });
});

describe.each(ENGINES)('env_type in an enterprise workspace (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine, { ARCHGATE_WORKSPACE_MODE: 'enterprise' });
  });
  afterAll(async () => {
    await s.close();
  });

  it('adds and removes environments, counting versions, with the remarks of docs/API.md §7.3', async () => {
    const [id] = await createObjects(s, 'TABLE_MODEL', ['ent_x']);
    expect(await envOf(s, id!)).toEqual({ status: 'DRAFT', env_type: null, dev_version: 0, prod_version: 0 });

    await ok(s, 'batch-publish', [id!], { env_type: 'DEV_TYPE' });
    expect(await envOf(s, id!)).toEqual({ status: 'PUBLISHED', env_type: 'DEV_TYPE', dev_version: 1, prod_version: 0 });

    await ok(s, 'batch-publish', [id!], { env_type: 'PROD_TYPE' });
    expect(await envOf(s, id!)).toEqual({ status: 'PUBLISHED', env_type: 'DEV_PROD_TYPE', dev_version: 1, prod_version: 1 });

    expect(await failed(s, 'batch-publish', id!, { env_type: 'DEV_TYPE' })).toBe(RELEASED);
    expect(await failed(s, 'batch-publish', id!, {})).toBe(RELEASED);
    expect(await envOf(s, id!)).toEqual({ status: 'PUBLISHED', env_type: 'DEV_PROD_TYPE', dev_version: 1, prod_version: 1 });

    await ok(s, 'batch-offline', [id!], { env_type: 'DEV_TYPE' });
    expect(await envOf(s, id!)).toEqual({ status: 'PUBLISHED', env_type: 'PROD_TYPE', dev_version: 1, prod_version: 1 });

    expect(await failed(s, 'batch-offline', id!, { env_type: 'DEV_TYPE' })).toBe(notOnline('ent_x'));
    expect(await failed(s, 'batch-offline', id!, { env_type: 'DEV_PROD_TYPE' })).toBe(notOnline('ent_x'));
    expect(await envOf(s, id!)).toEqual({ status: 'PUBLISHED', env_type: 'PROD_TYPE', dev_version: 1, prod_version: 1 });

    await ok(s, 'batch-offline', [id!], { env_type: 'PROD_TYPE' });
    expect(await envOf(s, id!)).toEqual({ status: 'OFFLINE', env_type: null, dev_version: 1, prod_version: 1 });
    expect(await failed(s, 'batch-offline', id!, { env_type: 'PROD_TYPE' })).toBe(notOnline('ent_x'));

    // Back online in development only: the development version counts on.
    await ok(s, 'batch-publish', [id!], { env_type: 'DEV_TYPE' });
    expect(await envOf(s, id!)).toEqual({ status: 'PUBLISHED', env_type: 'DEV_TYPE', dev_version: 2, prod_version: 1 });
  });

  it('an omitted env_type means DEV_PROD_TYPE, for publish and offline', async () => {
    const [id] = await createObjects(s, 'TABLE_MODEL', ['ent_both']);
    await ok(s, 'batch-publish', [id!]);
    expect(await envOf(s, id!)).toEqual({ status: 'PUBLISHED', env_type: 'DEV_PROD_TYPE', dev_version: 1, prod_version: 1 });
    await ok(s, 'batch-offline', [id!]);
    expect(await envOf(s, id!)).toEqual({ status: 'OFFLINE', env_type: null, dev_version: 1, prod_version: 1 });

    const [dev] = await createObjects(s, 'TABLE_MODEL', ['ent_dev_only']);
    await ok(s, 'batch-publish', [dev!], { env_type: 'DEV_TYPE' });
    // Offline from both environments while online in one: not online in production.
    expect(await failed(s, 'batch-offline', dev!, {})).toBe(notOnline('ent_dev_only'));
    // Publishing to both adds production.
    await ok(s, 'batch-publish', [dev!]);
    expect(await envOf(s, dev!)).toEqual({ status: 'PUBLISHED', env_type: 'DEV_PROD_TYPE', dev_version: 2, prod_version: 1 });
  });

  it('a per-item env_type overrides the batch-level one', async () => {
    const [a, b] = await createObjects(s, 'TABLE_MODEL', ['ent_item_a', 'ent_item_b']);
    await ok(s, 'batch-publish', [{ id: a!, env_type: 'DEV_TYPE' }, b!], { env_type: 'PROD_TYPE' });
    expect(await envOf(s, a!)).toEqual({ status: 'PUBLISHED', env_type: 'DEV_TYPE', dev_version: 1, prod_version: 0 });
    expect(await envOf(s, b!)).toEqual({ status: 'PUBLISHED', env_type: 'PROD_TYPE', dev_version: 0, prod_version: 1 });

    const r = await run(s, 'batch-offline', [{ id: a!, env_type: 'DEV_TYPE' }, b!], { env_type: 'DEV_TYPE' });
    expect(r.body.data.value).toMatchObject({ operation_status: 'FAILED', success: 1, failed: 1 });
    expect(r.body.data.value.groups.map((g: any) => g.remark)).toEqual(['PASSED', notOnline('ent_item_b')]);
    expect((await envOf(s, a!)).status).toBe('OFFLINE');
    expect(await envOf(s, b!)).toEqual({ status: 'PUBLISHED', env_type: 'PROD_TYPE', dev_version: 0, prod_version: 1 });
  });

  it('a reviewed publish to a second environment: a reject leaves the object online where it was', async () => {
    const [id] = await createObjects(s, 'TABLE_MODEL', ['ent_review']);
    await ok(s, 'batch-publish', [id!], { env_type: 'DEV_TYPE' });
    await ok(s, 'batch-publish', [id!], { env_type: 'PROD_TYPE', fast_approval: false });
    const list = await s.call('GET', `/v2/{p}/design/approvals?biz_id=${id}&approval_status=DEVELOPING`);
    expect(list.body.data.value.total).toBe(1);
    const appId = list.body.data.value.records[0].id;
    await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=reject', { body: { ids: [appId], msg: 'not in prod' } });
    expect(await envOf(s, id!)).toEqual({ status: 'PUBLISHED', env_type: 'DEV_TYPE', dev_version: 1, prod_version: 0 });

    await ok(s, 'batch-publish', [id!], { env_type: 'PROD_TYPE', fast_approval: false });
    const again = await s.call('GET', `/v2/{p}/design/approvals?biz_id=${id}&approval_status=DEVELOPING`);
    await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', {
      body: { ids: [again.body.data.value.records[0].id], msg: 'ok' },
    });
    expect(await envOf(s, id!)).toEqual({ status: 'PUBLISHED', env_type: 'DEV_PROD_TYPE', dev_version: 1, prod_version: 1 });
  });

  it('refuses INVALID_TYPE with 400 in enterprise mode too', async () => {
    const [id] = await createObjects(s, 'TABLE_MODEL', ['ent_invalid']);
    expect((await run(s, 'batch-publish', [id!], { env_type: 'INVALID_TYPE' })).status).toBe(400);
    expect((await run(s, 'batch-offline', [{ id: id!, env_type: 'INVALID_TYPE' }])).status).toBe(400);
    expect(await envOf(s, id!)).toEqual({ status: 'DRAFT', env_type: null, dev_version: 0, prod_version: 0 });
  });
});
