import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, batchBody, createObjects, startServer, statusOf, type TestServer } from './helpers/server.js';

describe.each(ENGINES)('seed: batch-offline example (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  it('answers the seed request with the seed response shape', async () => {
    const ids = await createObjects(s, 'TABLE_MODEL', ['test_czh_0416', 'test_czh_0328']);
    const pub = await s.call('POST', '/v2/{p}/design/approvals/batch-publish?from=standard', {
      body: batchBody(s, ids, 'TABLE_MODEL', { fast_approval: true }),
    });
    expect(pub.body.data.value.operation_status).toBe('SUCCESS');

    // The seed page's request, word for word but for the ids.
    const r = await s.call('POST', '/v2/{p}/design/approvals/batch-offline?from=standard', {
      body: {
        biz_infos: ids.map((biz_id) => ({ biz_id, biz_type: 'TABLE_MODEL' })),
        approver_user_id: s.adminId,
        approver_user_name: 'admin',
        email: null,
        fast_approval: true,
      },
    });
    expect(r.status).toBe(200);
    const v = r.body.data.value;
    const tenant = `${s.projectId}-workspace-${s.workspaceId}`;
    expect(Object.keys(r.body)).toEqual(['data']);
    expect(Object.keys(r.body.data)).toEqual(['value']);
    expect(v).toMatchObject({
      id: null,
      tenant_id: tenant,
      biz_name: null,
      biz_id: null,
      operation_status: 'SUCCESS',
      operation_type: 'OFFLINE',
      biz_info: null,
      create_by: 'admin',
      remark: null,
      total: 2,
      success: 2,
      failed: 0,
      rate: '1.00',
      logs: null,
    });
    expect(v.group_id).toMatch(/^[0-9]{19}$/);
    expect(Object.keys(v).sort()).toEqual([
      'biz_id',
      'biz_info',
      'biz_name',
      'create_by',
      'failed',
      'group_id',
      'groups',
      'id',
      'logs',
      'operation_status',
      'operation_type',
      'rate',
      'remark',
      'success',
      'tenant_id',
      'total',
    ]);
    expect(v.groups).toHaveLength(2);
    v.groups.forEach((g: any, i: number) => {
      expect(g.id).toMatch(/^[0-9]{19}$/);
      expect(g).toMatchObject({
        tenant_id: tenant,
        group_id: v.group_id,
        biz_name: ['test_czh_0416', 'test_czh_0328'][i],
        biz_id: ids[i],
        operation_status: 'SUCCESS',
        operation_type: 'OFFLINE',
        biz_info: '{}',
        create_by: 'admin',
        remark: 'PASSED',
        total: 0,
        success: 0,
        failed: 0,
        rate: null,
        logs: null,
        groups: null,
      });
    });
    for (const id of ids) expect(await statusOf(s, id)).toBe('OFFLINE');
  });

  it('fails an item that is not online with the exact remark, and still processes the others', async () => {
    const ids = await createObjects(s, 'TABLE_MODEL', ['online_one', 'draft_one']);
    await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      body: batchBody(s, [ids[0]!], 'TABLE_MODEL', { fast_approval: true }),
    });
    const r = await s.call('POST', '/v2/{p}/design/approvals/batch-offline', {
      body: batchBody(s, ids, 'TABLE_MODEL', { fast_approval: true }),
    });
    const v = r.body.data.value;
    expect(v).toMatchObject({ operation_status: 'FAILED', total: 2, success: 1, failed: 1, rate: '1.00' });
    expect(v.groups[0]).toMatchObject({ operation_status: 'SUCCESS', remark: 'PASSED' });
    expect(v.groups[1]).toMatchObject({ operation_status: 'FAILED', remark: 'Definition draft_one  is not online' });
    expect(await statusOf(s, ids[0]!)).toBe('OFFLINE');
  });
});
