import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIZ_TYPES } from '../src/domain/enums.js';
import { ENGINES, batchBody, createObjects, startServer, type TestServer } from './helpers/server.js';

describe.each(ENGINES)('archgate extension: objects of any business type (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  it('registers one object of each of the 40 business types, as DRAFT, in the ObjectVO shape', async () => {
    expect(BIZ_TYPES).toHaveLength(40);
    const r = await s.call('POST', '/archgate/v1/{p}/objects', {
      body: {
        objects: BIZ_TYPES.map((t) => ({
          biz_type: t,
          name_en: `o_${t.toLowerCase()}`,
          name_ch: '对象',
          code: t,
          description: 'd',
          biz_info: { k: t },
        })),
      },
    });
    expect(r.status).toBe(200);
    expect(r.body.data.value.total).toBe(40);
    const o = r.body.data.value.records[0];
    expect(Object.keys(o)).toEqual(
      expect.arrayContaining([
        'id',
        'biz_type',
        'name_en',
        'name_ch',
        'code',
        'description',
        'status',
        'parent_id',
        'references',
        'biz_info',
        'create_by',
        'create_time',
        'update_time',
        'tenant_id',
      ]),
    );
    expect(o).toMatchObject({
      biz_type: 'AGGREGATION_LOGIC_TABLE',
      status: 'DRAFT',
      name_ch: '对象',
      references: [],
      biz_info: { k: 'AGGREGATION_LOGIC_TABLE' },
      create_by: 'admin',
      tenant_id: `${s.projectId}-workspace-${s.workspaceId}`,
    });
    expect(o.id).toMatch(/^[0-9]{19}$/);
    // Each type goes through the approval family.
    const ids = r.body.data.value.records.map((x: { id: string }) => x.id);
    const pub = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      body: {
        biz_infos: r.body.data.value.records.map((x: { id: string; biz_type: string }) => ({ biz_id: x.id, biz_type: x.biz_type })),
        approver_user_id: s.adminId,
        approver_user_name: 'admin',
        fast_approval: true,
      },
    });
    expect(pub.body.data.value).toMatchObject({ operation_status: 'SUCCESS', total: 40, success: 40 });
    expect(ids).toHaveLength(40);
  });

  it('filters by biz_type, status and name, and pages with limit and offset', async () => {
    await createObjects(s, 'CODE_TABLE', ['ct_alpha', 'ct_beta', 'ct_gamma']);
    const all = await s.call('GET', '/archgate/v1/{p}/objects?biz_type=CODE_TABLE&status=DRAFT');
    expect(all.body.data.value.total).toBe(3);
    const named = await s.call('GET', '/archgate/v1/{p}/objects?biz_type=CODE_TABLE&name=beta');
    expect(named.body.data.value.records.map((o: { name_en: string }) => o.name_en)).toEqual(['ct_beta']);
    const page1 = await s.call('GET', '/archgate/v1/{p}/objects?biz_type=CODE_TABLE&status=DRAFT&limit=2&offset=0');
    const page2 = await s.call('GET', '/archgate/v1/{p}/objects?biz_type=CODE_TABLE&status=DRAFT&limit=2&offset=2');
    expect(page1.body.data.value.records).toHaveLength(2);
    expect(page2.body.data.value.records).toHaveLength(1);
    expect(page1.body.data.value.total).toBe(3);
    const published = await s.call('GET', '/archgate/v1/{p}/objects?biz_type=CODE_TABLE&status=PUBLISHED');
    expect(published.body.data.value.records.map((o: { name_en: string }) => o.name_en)).toEqual(['o_code_table']);
  });

  it('keeps parent and references, and refuses references to objects that do not exist', async () => {
    const [parent] = await createObjects(s, 'SUBJECT', ['parent_subject']);
    const ok = await s.call('POST', '/archgate/v1/{p}/objects', {
      body: {
        objects: [{ biz_type: 'DERIVED_METRIC', name_en: 'dm', parent_id: parent, references: [{ biz_type: 'SUBJECT', biz_id: parent }] }],
      },
    });
    expect(ok.body.data.value.records[0]).toMatchObject({ parent_id: parent, references: [{ biz_type: 'SUBJECT', biz_id: parent }] });
    const before = (await s.call('GET', '/archgate/v1/{p}/objects?biz_type=DERIVED_METRIC')).body.data.value.total;
    const bad = await s.call('POST', '/archgate/v1/{p}/objects', {
      body: {
        objects: [
          { biz_type: 'DERIVED_METRIC', name_en: 'dm2' },
          { biz_type: 'DERIVED_METRIC', name_en: 'dm3', references: [{ biz_type: 'ATOMIC_METRIC', biz_id: '1234567890123456789' }] },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].error_code).toMatch(/^DLG\./);
    expect((await s.call('GET', '/archgate/v1/{p}/objects?biz_type=DERIVED_METRIC')).body.data.value.total).toBe(before);
  });

  it('reads one object, 400 for an unknown id, and deletes only DRAFT, OFFLINE or REJECT objects', async () => {
    const [a, b] = await createObjects(s, 'TAG', ['tag_a', 'tag_b']);
    expect((await s.call('GET', `/archgate/v1/{p}/objects/${a}`)).body.data.value.name_en).toBe('tag_a');
    expect((await s.call('GET', '/archgate/v1/{p}/objects/1234567890123456789')).status).toBe(400);
    await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [b!], 'TAG', { fast_approval: true }) });
    const refused = await s.call('DELETE', `/archgate/v1/{p}/objects?ids=${a},${b}`);
    expect(refused.status).toBe(400);
    expect((await s.call('GET', `/archgate/v1/{p}/objects/${a}`)).status).toBe(200);
    const deleted = await s.call('DELETE', `/archgate/v1/{p}/objects?ids=${a}`);
    expect(deleted.body).toEqual({ data: { value: 1 } });
    expect((await s.call('GET', `/archgate/v1/{p}/objects/${a}`)).status).toBe(400);
  });
});
