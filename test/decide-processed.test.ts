import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, batchBody, createObjects, startServer, type TestServer } from './helpers/server.js';

describe.each(ENGINES)('deciding applications that are already processed (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  const submit = (ids: string[]) => s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, ids, 'SUBJECT') });
  const decide = (action: string, ids: string[]) =>
    s.call('PUT', `/v2/{p}/design/approvals/action?action-id=${action}`, { body: { ids, msg: action } });
  const pendingOf = async (bizId: string) =>
    (await s.call('GET', `/v2/{p}/design/approvals?biz_id=${bizId}&approval_status=DEVELOPING`)).body.data.value.records[0].id as string;

  it('refuses, item by item, to resolve an application whose object was deleted since (found by the fuzz test)', async () => {
    const [gone] = await createObjects(s, 'SUBJECT', ['processed_gone']);
    await submit([gone!]);
    const application = await pendingOf(gone!);
    expect((await decide('reject', [application])).status).toBe(200);
    expect((await s.call('DELETE', `/archgate/v1/{p}/objects?ids=${gone}`)).status).toBe(200);
    const r = await decide('resolve', [application]);
    expect(r.status).toBe(200);
    expect(r.body.data.value).toMatchObject({ operation_status: 'FAILED', total: 1, failed: 1 });
    expect(r.body.data.value.groups[0]).toMatchObject({ biz_id: gone, operation_status: 'FAILED' });
    expect(r.body.data.value.groups[0].remark).toContain('processed');
  });

  it('answers one item per application when one object has a processed and a pending application in the request', async () => {
    const [id] = await createObjects(s, 'SUBJECT', ['processed_twice']);
    await submit([id!]);
    const rejected = await pendingOf(id!);
    await decide('reject', [rejected]);
    await submit([id!]);
    const pending = await pendingOf(id!);
    const r = await decide('resolve', [rejected, pending]);
    expect(r.status).toBe(200);
    expect(r.body.data.value).toMatchObject({ total: 2, success: 1, failed: 1 });
    const remarks = r.body.data.value.groups.map((g: { operation_status: string }) => g.operation_status).sort();
    expect(remarks).toEqual(['FAILED', 'SUCCESS']);
  });
});
