import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, batchBody, startServer, statusOf, type TestServer } from './helpers/server.js';

/** Subjects (v3), models (design workspaces) and table models, as the Terraform resources use them. */

interface SubjectIn {
  name_ch: string;
  name_en: string;
  data_owner_list: string;
  level: number;
  description?: string;
  parent_id?: string;
}

async function subject(s: TestServer, body: SubjectIn) {
  const r = await s.call('POST', '/v3/{p}/design/subjects', { body });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.data.value;
}

const L1 = (name: string): SubjectIn => ({ name_ch: name, name_en: name, data_owner_list: name, level: 1, description: 'create' });

async function listSubjects(s: TestServer, query: string) {
  const r = await s.call('GET', `/v3/{p}/design/subjects?${query}`);
  expect(r.status).toBe(200);
  return r.body.data.value as { total: number; records: any[] };
}

/** The subject resource's read: limit=10, offset += len(records) until it has `total` records. */
async function tfFindSubject(s: TestServer, name: string, path: string) {
  const got: any[] = [];
  for (let offset = 0, i = 0; i < 50; i++) {
    const v = await listSubjects(s, `limit=10&name=${name}&offset=${offset}`);
    got.push(...v.records);
    offset += v.records.length;
    if (got.length >= v.total) break;
  }
  return got.find((r) => r.path.replaceAll('/', '.') === path);
}

async function expect400(p: Promise<{ status: number; body: any }>, code?: string) {
  const r = await p;
  expect(r.status).toBe(400);
  if (code) expect(r.body.errors[0].error_code).toBe(code);
  return r.body;
}

async function publish(s: TestServer, ids: string[], bizType: string, op: 'batch-publish' | 'batch-offline' = 'batch-publish') {
  const r = await s.call('POST', `/v2/{p}/design/approvals/${op}`, { body: batchBody(s, ids, bizType, { fast_approval: true }) });
  expect(r.body.data.value.operation_status, JSON.stringify(r.body)).toBe('SUCCESS');
}

async function model(s: TestServer, name: string) {
  const r = await s.call('POST', '/v2/{p}/design/workspaces', { body: { name, type: 'THIRD_NF', is_physical: true, dw_type: 'DWS' } });
  expect(r.status).toBe(200);
  return r.body.data.value;
}

/** The table-model resource's create body for the acceptance test, leading nulls and all. */
function tfTableModel(modelId: string, subjectId: string, name: string, description = 'create') {
  return {
    model_id: modelId,
    dw_type: 'DWS',
    biz_catalog_id: subjectId,
    tb_name: name,
    logic_tb_name: name,
    description,
    attributes: [
      null,
      null,
      { name_ch: 'key', name_en: 'key_en', data_type: 'INTEGER', ordinal: '1' },
      { name_ch: 'key2', name_en: 'key2_en', data_type: 'INTEGER', ordinal: '2' },
    ],
    relations: null,
    mappings: null,
    table_type: 'DWS_ROW',
    compression: 'NO',
    use_recently_partition: false,
    reversed: false,
    dirty_out_switch: false,
  };
}

describe.each(ENGINES)('subjects, models and table models (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  it('creates a subject as a CatalogVO and reads it back from the list', async () => {
    const v = await subject(s, L1('tf_subj_one'));
    expect(v.id).toMatch(/^[0-9]{19}$/);
    expect(v).toMatchObject({
      name_ch: 'tf_subj_one',
      name_en: 'tf_subj_one',
      description: 'create',
      status: 'DRAFT',
      path: 'tf_subj_one',
      level: 1,
      owner: 'tf_subj_one',
      data_owner_list: 'tf_subj_one',
      parent_id: null,
      new_biz: null,
      children: null,
    });
    for (const k of ['create_by', 'update_by', 'create_time', 'update_time']) expect(v[k]).toEqual(expect.any(String));
    for (const k of ['create_by', 'update_by', 'create_time', 'update_time']) expect(v[k]).not.toBe('');
    expect(v.qualified_name).toBe(`tf_subj_one@Business.${s.projectId}-workspace-${s.workspaceId}`);
    const arr = await subject(s, { ...L1('tf_subj_arr'), data_owner_list: '["user_1","user_2"]' });
    expect(arr.data_owner_list).toBe('["user_1","user_2"]');
    expect(arr.owner).toBe('user_1,user_2');

    const found = await tfFindSubject(s, 'tf_subj_one', 'tf_subj_one');
    expect(found).toEqual(v);
  });

  it('builds three levels with parent checks, and paths from name_ch', async () => {
    const l1 = await subject(s, { ...L1('lv_one'), name_ch: '一级' });
    await expect400(s.call('POST', '/v3/{p}/design/subjects', { body: { ...L1('lv_orphan'), level: 2 } }));
    await expect400(s.call('POST', '/v3/{p}/design/subjects', { body: { ...L1('lv_l1_parent'), parent_id: l1.id } }));
    await expect400(s.call('POST', '/v3/{p}/design/subjects', { body: { ...L1('lv_ghost'), level: 2, parent_id: '1234567890123456789' } }));
    const l2 = await subject(s, { ...L1('lv_two'), name_ch: '二级', level: 2, parent_id: l1.id });
    expect(l2).toMatchObject({ level: 2, parent_id: l1.id, path: '一级/二级' });
    await expect400(s.call('POST', '/v3/{p}/design/subjects', { body: { ...L1('lv_wrong'), level: 3, parent_id: l1.id } }));
    const l3 = await subject(s, { ...L1('lv_three'), level: 3, parent_id: l2.id });
    expect(l3).toMatchObject({ level: 3, parent_id: l2.id, path: '一级/二级/lv_three' });
    expect(await tfFindSubject(s, 'lv_three', '一级.二级.lv_three')).toMatchObject({ id: l3.id });

    // Update: id in the body; the answer carries the path the provider stores.
    const up = await s.call('PUT', '/v3/{p}/design/subjects', {
      body: { ...L1('lv_two'), name_ch: '二级改', level: 2, parent_id: l1.id, id: l2.id, description: 'update' },
    });
    expect(up.status).toBe(200);
    expect(up.body.data.value).toMatchObject({ id: l2.id, path: '一级/二级改', description: 'update', status: 'DRAFT' });
    expect((await listSubjects(s, 'name=lv_three')).records[0].path).toBe('一级/二级改/lv_three');

    // A subject with children keeps its level: moving L1 under its own grandchild would make a cycle.
    await expect400(
      s.call('PUT', '/v3/{p}/design/subjects', { body: { ...L1('lv_one'), name_ch: '一级', level: 4, parent_id: l3.id, id: l1.id } }),
    );
    await expect400(s.call('PUT', '/v3/{p}/design/subjects', { body: { ...L1('lv_two'), name_ch: '二级改', level: 1, id: l2.id } }));
    expect((await listSubjects(s, 'name=lv_three')).records[0]).toMatchObject({ level: 3, path: '一级/二级改/lv_three' });
    expect((await listSubjects(s, 'name=lv_one')).records[0]).toMatchObject({ level: 1, parent_id: null, path: '一级' });

    // Deleting a parent is refused while it has children; children first, then the parent.
    await expect400(s.call('DELETE', '/v3/{p}/design/subjects', { body: { ids: [l1.id] } }));
    await expect400(s.call('DELETE', '/v3/{p}/design/subjects', { body: { ids: [l2.id] } }));
    const del = await s.call('DELETE', '/v3/{p}/design/subjects', { body: { ids: [l3.id, l2.id] } });
    expect(del.body).toEqual({ data: { value: 2 } });
    expect((await s.call('DELETE', '/v3/{p}/design/subjects', { body: { ids: [l1.id] } })).body.data.value).toBe(1);
    expect((await listSubjects(s, 'name=lv_')).total).toBe(0);
  });

  it('filters the list with an exact total, and an offset past the end gives an empty page', async () => {
    const top = await subject(s, L1('flt_top'));
    for (let i = 0; i < 11; i++) await subject(s, { ...L1(`flt_kid_${i}`), level: 2, parent_id: top.id });
    await subject(s, L1('other_top'));
    const kids = await listSubjects(s, 'name=FLT_KID&limit=10&offset=0');
    expect(kids.total).toBe(11);
    expect(kids.records).toHaveLength(10);
    expect((await listSubjects(s, 'name=flt_kid&limit=10&offset=10')).records.map((r) => r.name_en)).toEqual(['flt_kid_10']);
    const past = await listSubjects(s, 'name=flt_kid&limit=10&offset=20');
    expect(past).toEqual({ total: 11, records: [] });
    const tops = await listSubjects(s, 'parent_id=-1&limit=100');
    expect(tops.records.every((r) => r.parent_id === null && r.level === 1)).toBe(true);
    expect(tops.records.map((r) => r.name_en)).toEqual(expect.arrayContaining(['flt_top', 'other_top']));
    expect(tops.total).toBe(tops.records.length);
    const children = await listSubjects(s, `parent_id=${top.id}&limit=100`);
    expect(children.total).toBe(11);
    expect((await listSubjects(s, 'name=flt_kid_1&limit=100')).records.map((r) => r.name_en).sort()).toEqual(['flt_kid_1', 'flt_kid_10']);
    expect(await tfFindSubject(s, 'flt_kid', 'flt_top.flt_kid_10')).toMatchObject({ name_en: 'flt_kid_10' });
  });

  it('refuses to delete a published subject', async () => {
    const v = await subject(s, L1('pub_subject'));
    await publish(s, [v.id], 'SUBJECT');
    expect((await listSubjects(s, 'name=pub_subject')).records[0].status).toBe('PUBLISHED');
    await expect400(s.call('DELETE', '/v3/{p}/design/subjects', { body: { ids: [v.id] } }));
    expect((await listSubjects(s, 'name=pub_subject')).total).toBe(1);
  });

  it('creates, lists, reads, updates and deletes models', async () => {
    const m = await model(s, 'tf_model_a');
    expect(m).toMatchObject({ name: 'tf_model_a', type: 'THIRD_NF', is_physical: true, dw_type: 'DWS', description: null });
    expect(m.id).toMatch(/^[0-9]{19}$/);
    for (const k of ['create_by', 'update_by', 'create_time', 'update_time']) expect(m[k]).toMatch(/.+/);
    expect((await s.call('GET', `/v2/{p}/design/workspaces/${m.id}`)).body.data.value).toEqual(m);
    const list = (await s.call('GET', '/v2/{p}/design/workspaces?limit=50&offset=0')).body.data.value;
    expect(list.records.find((x: any) => x.id === m.id)).toEqual(m);
    expect(list.total).toBe(list.records.length);
    const up = await s.call('PUT', '/v2/{p}/design/workspaces', {
      body: { id: m.id, name: 'tf_model_b', type: 'THIRD_NF', dw_type: 'DWS', description: 'test description', is_physical: true },
    });
    expect(up.status).toBe(200);
    const read = (await s.call('GET', `/v2/{p}/design/workspaces/${m.id}`)).body.data.value;
    expect(read).toMatchObject({ name: 'tf_model_b', description: 'test description', dw_type: 'DWS' });
    expect((await s.call('DELETE', `/v2/{p}/design/workspaces?ids=${m.id}`)).body).toEqual({ data: { value: 1 } });
    await expect400(s.call('GET', `/v2/{p}/design/workspaces/${m.id}`), 'DLG.6026');
  });

  it('replays the table-model acceptance test: create, read, list, update, delete', async () => {
    const m = await model(s, 'tm_model');
    const subj = await subject(s, L1('tm_subject'));
    const c = await s.call('POST', '/v2/{p}/design/table-model', { body: tfTableModel(m.id, subj.id, 'tf_tm_one') });
    expect(c.status, JSON.stringify(c.body)).toBe(200);
    const id = c.body.data.value.id;
    expect(id).toMatch(/^[0-9]{19}$/);

    const r = await s.call('GET', `/v2/{p}/design/table-model/${id}?latest=true`);
    expect(r.status).toBe(200);
    const v = r.body.data.value;
    expect(v).toMatchObject({
      id,
      model_id: m.id,
      dw_type: 'DWS',
      biz_catalog_id: subj.id,
      tb_name: 'tf_tm_one',
      logic_tb_name: 'tf_tm_one',
      description: 'create',
      compression: 'NO',
      table_type: 'DWS_ROW',
      reversed: false,
      use_recently_partition: false,
      dirty_out_switch: false,
      has_related_logic_table: false,
      has_related_physical_table: false,
      is_partition: false,
      status: 'DRAFT',
      catalog_path: 'tm_subject',
    });
    expect(v.attributes.map((a: any) => [a.name_ch, a.name_en, a.data_type, a.ordinal, a.table_model_id])).toEqual([
      ['key', 'key_en', 'INTEGER', 1, null],
      ['key2', 'key2_en', 'INTEGER', 2, null],
    ]);
    for (const a of v.attributes) expect(a.id).toMatch(/^[0-9]{19}$/);
    for (const k of ['catalog_path', 'env_type', 'extend_info', 'status', 'create_by', 'create_time', 'update_by', 'update_time']) {
      expect(typeof v[k] === 'string' && v[k] !== '', k).toBe(true);
    }
    for (const k of [
      'dw_id',
      'db_name',
      'queue_name',
      'schema',
      'configs',
      'owner',
      'obs_location',
      'parent_table_id',
      'related_logic_table_id',
      'related_logic_table_model_id',
      'partition_conf',
    ]) {
      expect(v[k], k).toBeNull();
    }
    expect(v.relations).toBeNull();
    expect(v.mappings).toBeNull();

    // List: model_id is required; filters narrow it.
    await expect400(s.call('GET', '/v2/{p}/design/table-model?limit=100&offset=0'));
    const list = async (q: string) =>
      (await s.call('GET', `/v2/{p}/design/table-model?limit=100&offset=0&model_id=${m.id}${q}`)).body.data.value;
    const two = await s.call('POST', '/v2/{p}/design/table-model', { body: tfTableModel(m.id, subj.id, 'tf_tm_two') });
    expect(two.status).toBe(200);
    expect((await list('')).records.map((x: any) => x.tb_name)).toEqual(['tf_tm_one', 'tf_tm_two']);
    expect(await list('&name=TM_ONE')).toMatchObject({ total: 1, records: [{ id }] });
    expect((await list(`&biz_catalog_id=${subj.id}`)).total).toBe(2);
    expect((await list('&biz_catalog_id=1')).total).toBe(0);
    expect((await list('&status=PUBLISHED')).total).toBe(0);
    expect((await list('&status=DRAFT')).total).toBe(2);
    expect((await s.call('GET', `/v2/{p}/design/table-model?model_id=${subj.id}`)).body.data.value.total).toBe(0);

    const up = await s.call('PUT', '/v2/{p}/design/table-model', { body: { ...tfTableModel(m.id, subj.id, 'tf_tm_one', 'update'), id } });
    expect(up.status).toBe(200);
    const after = (await s.call('GET', `/v2/{p}/design/table-model/${id}?latest=true`)).body.data.value;
    expect(after).toMatchObject({ id, description: 'update', status: 'DRAFT', new_biz: null, compression: 'NO' });
    expect(after.attributes.map((a: any) => a.name_en)).toEqual(['key_en', 'key2_en']);

    const del = await s.call('DELETE', '/v2/{p}/design/table-model', { body: { ids: [id], del_type: 'PHYSICAL_TABLE' } });
    expect(del.body).toEqual({ data: { value: 1 } });
    await expect400(s.call('GET', `/v2/{p}/design/table-model/${id}?latest=true`), 'DLG.6019');
    expect((await list('')).total).toBe(1);
  });

  it('refuses a table model of an unknown model or subject, and a malformed attribute list', async () => {
    const m = await model(s, 'tm_model_bad');
    const subj = await subject(s, L1('tm_subject_bad'));
    await expect400(
      s.call('POST', '/v2/{p}/design/table-model', { body: tfTableModel('1234567890123456789', subj.id, 'tf_tm_bad') }),
      'DLG.6026',
    );
    await expect400(s.call('POST', '/v2/{p}/design/table-model', { body: tfTableModel(subj.id, subj.id, 'tf_tm_bad') }), 'DLG.6026');
    await expect400(s.call('POST', '/v2/{p}/design/table-model', { body: tfTableModel(m.id, '1234567890123456789', 'tf_tm_bad') }));
    await expect400(
      s.call('POST', '/v2/{p}/design/table-model', {
        body: { ...tfTableModel(m.id, subj.id, 'tf_tm_bad'), attributes: [{ name_ch: 'x', name_en: 'bad-name', data_type: 'INTEGER' }] },
      }),
    );
    expect((await s.call('GET', `/v2/{p}/design/table-model?model_id=${m.id}`)).body.data.value.total).toBe(0);
  });

  it('publishes a table model and takes it offline', async () => {
    const m = await model(s, 'tm_model_pub');
    const subj = await subject(s, L1('tm_subject_pub'));
    const c = await s.call('POST', '/v2/{p}/design/table-model', { body: tfTableModel(m.id, subj.id, 'tf_tm_pub') });
    const id = c.body.data.value.id;
    await publish(s, [subj.id], 'SUBJECT');
    await publish(s, [id], 'TABLE_MODEL');
    const v = (await s.call('GET', `/v2/{p}/design/table-model/${id}?latest=true`)).body.data.value;
    expect(v).toMatchObject({ status: 'PUBLISHED', description: 'create', new_biz: null });
    expect(await statusOf(s, id)).toBe('PUBLISHED');
    await expect400(s.call('DELETE', '/v2/{p}/design/table-model', { body: { ids: [id] } }));
    await publish(s, [id], 'TABLE_MODEL', 'batch-offline');
    expect((await s.call('GET', `/v2/{p}/design/table-model/${id}`)).body.data.value.status).toBe('OFFLINE');
    expect((await s.call('DELETE', '/v2/{p}/design/table-model', { body: { ids: [id] } })).body.data.value).toBe(1);
  });
  it('reads a TABLE_MODEL registered through the objects extension, with no model: model_id and logic_tb_name null (found by the fuzz test)', async () => {
    const made = await s.call('POST', '/archgate/v1/{p}/objects', {
      body: { objects: [{ biz_type: 'TABLE_MODEL', name_en: 'bare_table_model' }] },
    });
    const id = made.body.data.value.records[0].id;
    const r = await s.call('GET', `/v2/{p}/design/table-model/${id}`);
    expect(r.status).toBe(200);
    expect(r.body.data.value).toMatchObject({
      id,
      tb_name: 'bare_table_model',
      model_id: null,
      logic_tb_name: null,
      status: 'DRAFT',
      attributes: [],
    });
  });
  it('lists SUBJECT and MODEL objects registered through the objects extension: level from the parent chain, owner empty', async () => {
    const make = async (biz_type: string, name_en: string, parent_id?: string) =>
      (await s.call('POST', '/archgate/v1/{p}/objects', { body: { objects: [{ biz_type, name_en, parent_id }] } })).body.data.value
        .records[0].id as string;
    const top = await make('SUBJECT', 'bare_top');
    const child = await make('SUBJECT', 'bare_child', top);
    const list = await s.call('GET', '/v3/{p}/design/subjects?limit=100');
    expect(list.status).toBe(200);
    const byId = new Map(list.body.data.value.records.map((r: any) => [r.id, r]));
    expect(byId.get(top)).toMatchObject({
      name_en: 'bare_top',
      level: 1,
      data_owner_list: '',
      owner: '',
      alias: null,
      self_defined_fields: [],
    });
    expect(byId.get(child)).toMatchObject({ name_en: 'bare_child', level: 2, parent_id: top, path: 'bare_top/bare_child' });
    const level2 = await s.call('GET', '/v3/{p}/design/subjects?level=2&limit=100');
    expect(level2.body.data.value.records.map((r: any) => r.id)).toContain(child);
    for (const q of ['owner=x', 'name=bare', 'status=DRAFT', 'begin_time=1990-01-01T00:00:00Z']) {
      expect((await s.call('GET', `/v3/{p}/design/subjects?${q}`)).status, q).toBe(200);
    }
    const model = await make('MODEL', 'bare_model');
    const m = await s.call('GET', `/v2/{p}/design/workspaces/${model}`);
    expect(m.status).toBe(200);
    expect((await s.call('GET', '/v2/{p}/design/workspaces?limit=100')).status).toBe(200);
  });
});
