import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, batchBody, createObjects, startServer, type TestServer } from './helpers/server.js';

/** docs/API.md R15, §3.9, §3.10, §6: an edit of a published object is a pending edit (`new_biz`) until it is published. */

async function obj(s: TestServer, id: string) {
  const r = await s.call('GET', `/archgate/v1/{p}/objects/${id}`);
  expect(r.status).toBe(200);
  return r.body.data.value;
}

const edit = (s: TestServer, id: string, body: Record<string, unknown>) => s.call('PUT', `/archgate/v1/{p}/objects/${id}`, { body });

async function batch(s: TestServer, op: 'batch-publish' | 'batch-offline', ids: string[], fast: boolean) {
  const r = await s.call('POST', `/v2/{p}/design/approvals/${op}`, { body: batchBody(s, ids, 'TABLE_MODEL', { fast_approval: fast }) });
  expect(r.status).toBe(200);
  return r.body.data.value;
}

/** A TABLE_MODEL object registered through the extension and published (fast): status PUBLISHED, biz_version 1. */
async function published(s: TestServer, name: string): Promise<string> {
  const [id] = await createObjects(s, 'TABLE_MODEL', [name]);
  await edit(s, id!, { name_en: name, description: 'released', biz_info: { dw_type: 'DWS' } });
  expect((await batch(s, 'batch-publish', [id!], true)).operation_status).toBe('SUCCESS');
  return id!;
}

const diff = (s: TestServer, id: string) => s.call('GET', `/v2/{p}/design/approvals/business/${id}/diff?biz_type=TABLE_MODEL`);
const discard = (s: TestServer, id: string) => s.call('DELETE', `/v2/{p}/design/approvals/business/${id}?biz_type=TABLE_MODEL`);

async function developingApproval(s: TestServer, id: string): Promise<any> {
  const r = await s.call('GET', `/v2/{p}/design/approvals?biz_id=${id}&approval_status=DEVELOPING`);
  expect(r.body.data.value.total).toBe(1);
  return r.body.data.value.records[0];
}

describe.each(ENGINES)('pending edits (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  it('editing a DRAFT changes it in place', async () => {
    const [id] = await createObjects(s, 'TABLE_MODEL', ['pe_draft']);
    const r = await edit(s, id!, { name_en: 'pe_draft', description: 'changed', biz_info: { k: 1 } });
    expect(r.status).toBe(200);
    expect(r.body.data.value).toMatchObject({ status: 'DRAFT', description: 'changed', biz_info: { k: 1 }, new_biz: null, biz_version: 0 });
    expect(await obj(s, id!)).toMatchObject({ description: 'changed', new_biz: null });
    await expect(diff(s, id!)).resolves.toMatchObject({ status: 400 });
  });

  it('editing a PUBLISHED object keeps the released fields and shows new_biz; diff lists the changes', async () => {
    const id = await published(s, 'pe_pub');
    const before = await obj(s, id);
    expect(before).toMatchObject({ status: 'PUBLISHED', biz_version: 1, description: 'released', new_biz: null });
    await expect(diff(s, id)).resolves.toMatchObject({ status: 400 });

    const r = await edit(s, id, { name_en: 'pe_pub', description: 'pending', biz_info: { dw_type: 'DLI' } });
    expect(r.status).toBe(200);
    const v = r.body.data.value;
    expect(v).toMatchObject({ status: 'PUBLISHED', description: 'released', biz_info: { dw_type: 'DWS' }, biz_version: 1 });
    expect(v.new_biz).toMatchObject({ biz_id: id, biz_type: 'TABLE_MODEL', status: 'DRAFT', biz_version: 2 });
    expect(JSON.parse(v.new_biz.biz_info)).toEqual({ dw_type: 'DLI' });
    expect(await obj(s, id)).toMatchObject({ status: 'PUBLISHED', description: 'released', new_biz: { status: 'DRAFT', biz_version: 2 } });

    const d = await diff(s, id);
    expect(d.status).toBe(200);
    const p = d.body.data.value;
    expect(p).toMatchObject({ biz_id: id, biz_type: 'TABLE_MODEL', is_current_version: false });
    expect(p.biz_info_vo).toMatchObject({ description: 'pending', dw_type: 'DLI', name_en: 'pe_pub' });
    expect(JSON.parse(p.biz_info)).toEqual(p.biz_info_vo);
    const changed = (JSON.parse(p.change_props) as { name: string }[]).map((c) => c.name).sort();
    expect(changed).toEqual(['description', 'dw_type']);
  });

  it('non-fast publish of the edit: under review meanwhile, offline refused, resolve merges it', async () => {
    const id = await published(s, 'pe_review');
    await edit(s, id, { name_en: 'pe_review', description: 'v2' });
    const pub = await batch(s, 'batch-publish', [id], false);
    expect(pub).toMatchObject({ operation_status: 'SUCCESS', groups: [{ operation_status: 'SUCCESS', remark: 'PASSED' }] });
    expect(await obj(s, id)).toMatchObject({ status: 'PUBLISHED', description: 'released', new_biz: { status: 'PUBLISH_DEVELOPING' } });

    const a = await developingApproval(s, id);
    expect(a).toMatchObject({ approval_type: 'PUBLISH', biz_status: 'PUBLISHED', biz_version: 2 });
    expect(a.biz_info_obj).toMatchObject({ description: 'v2' });

    const off = await batch(s, 'batch-offline', [id], true);
    expect(off).toMatchObject({ operation_status: 'FAILED', failed: 1, groups: [{ operation_status: 'FAILED' }] });
    expect(off.groups[0].remark).not.toBe('PASSED');
    expect((await batch(s, 'batch-publish', [id], false)).groups[0].operation_status).toBe('FAILED');
    await expect(edit(s, id, { name_en: 'pe_review', description: 'v3' })).resolves.toMatchObject({ status: 400 });
    await expect(discard(s, id)).resolves.toMatchObject({ status: 400 });
    expect(await obj(s, id)).toMatchObject({ status: 'PUBLISHED', description: 'released', new_biz: { status: 'PUBLISH_DEVELOPING' } });

    const res = await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', { body: { ids: [a.id], msg: 'ok' } });
    expect(res.body.data.value.operation_status).toBe('SUCCESS');
    expect(await obj(s, id)).toMatchObject({ status: 'PUBLISHED', description: 'v2', new_biz: null, biz_version: 2 });
    await expect(diff(s, id)).resolves.toMatchObject({ status: 400 });
    expect((await batch(s, 'batch-offline', [id], true)).operation_status).toBe('SUCCESS');
  });

  it('a rejected edit stays pending as REJECT; a withdrawn one goes back to DRAFT; both can be resubmitted', async () => {
    const id = await published(s, 'pe_reject');
    await edit(s, id, { name_en: 'pe_reject', description: 'try' });
    await batch(s, 'batch-publish', [id], false);
    const a = await developingApproval(s, id);
    await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=reject', { body: { ids: [a.id], msg: 'no' } });
    expect(await obj(s, id)).toMatchObject({ status: 'PUBLISHED', description: 'released', new_biz: { status: 'REJECT' } });

    expect((await batch(s, 'batch-publish', [id], false)).operation_status).toBe('SUCCESS');
    const b = await developingApproval(s, id);
    expect((await s.call('PUT', `/v2/{p}/design/approvals?ids=${b.id}`)).body.data.value).toBe('1');
    expect(await obj(s, id)).toMatchObject({ status: 'PUBLISHED', description: 'released', new_biz: { status: 'DRAFT' } });

    expect((await batch(s, 'batch-publish', [id], true)).operation_status).toBe('SUCCESS');
    expect(await obj(s, id)).toMatchObject({ status: 'PUBLISHED', description: 'try', new_biz: null, biz_version: 2 });
  });

  it('fast publish merges the edit at once', async () => {
    const id = await published(s, 'pe_fast');
    await edit(s, id, { name_en: 'pe_fast_renamed', description: 'fast', biz_info: { dw_type: 'MRS_HIVE' } });
    const pub = await batch(s, 'batch-publish', [id], true);
    expect(pub).toMatchObject({ operation_status: 'SUCCESS', groups: [{ remark: 'PASSED' }] });
    expect(await obj(s, id)).toMatchObject({
      status: 'PUBLISHED',
      name_en: 'pe_fast_renamed',
      description: 'fast',
      biz_info: { dw_type: 'MRS_HIVE' },
      new_biz: null,
      biz_version: 2,
    });
    // A publish with nothing pending is refused as released again.
    expect((await batch(s, 'batch-publish', [id], true)).groups[0].remark).toBe(
      'The definition has been released and does not support resubmission',
    );
  });

  it('DeleteDesignLatestApproval drops the pending edit (1), then finds none (0)', async () => {
    const id = await published(s, 'pe_discard');
    await edit(s, id, { name_en: 'pe_discard', description: 'throwaway' });
    const r = await discard(s, id);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ data: { value: 1 } });
    expect(await obj(s, id)).toMatchObject({ status: 'PUBLISHED', description: 'released', new_biz: null });
    expect((await discard(s, id)).body).toEqual({ data: { value: 0 } });
    await expect(diff(s, id)).resolves.toMatchObject({ status: 400 });
    await expect(s.call('DELETE', '/v2/{p}/design/approvals/business/1234567890123456789?biz_type=TABLE_MODEL')).resolves.toMatchObject({
      status: 400,
    });
  });

  it('going offline folds a pending edit into the object, so nothing stale survives', async () => {
    for (const fast of [true, false]) {
      const id = await published(s, `pe_offline_${fast}`);
      await edit(s, id, { name_en: `pe_offline_${fast}`, description: 'pending' });
      expect((await batch(s, 'batch-offline', [id], fast)).operation_status).toBe('SUCCESS');
      if (!fast) {
        const a = await s.call('GET', `/v2/{p}/design/approvals?biz_id=${id}&approval_status=DEVELOPING`);
        await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', {
          body: { ids: [a.body.data.value.records[0].id], msg: 'ok' },
        });
      }
      expect(await obj(s, id)).toMatchObject({ status: 'OFFLINE', description: 'pending', new_biz: null, biz_version: 1 });
      // Edited in place while offline, then published twice: the in-place edit is what is released.
      await edit(s, id, { name_en: `pe_offline_${fast}`, description: 'offline edit' });
      await batch(s, 'batch-publish', [id], true);
      expect((await batch(s, 'batch-publish', [id], true)).groups[0].remark).toBe(
        'The definition has been released and does not support resubmission',
      );
      expect(await obj(s, id)).toMatchObject({ status: 'PUBLISHED', description: 'offline edit', new_biz: null, biz_version: 2 });
    }
  });

  it('an object under review (PUBLISH_DEVELOPING) cannot be edited', async () => {
    const [id] = await createObjects(s, 'TABLE_MODEL', ['pe_locked']);
    await batch(s, 'batch-publish', [id!], false);
    expect((await obj(s, id!)).status).toBe('PUBLISH_DEVELOPING');
    const r = await edit(s, id!, { name_en: 'pe_locked', description: 'nope' });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].error_code).toMatch(/^DLG\./);
    expect(await obj(s, id!)).toMatchObject({ status: 'PUBLISH_DEVELOPING', description: null, new_biz: null });
  });

  it('PUT table-model on a published table model is a pending edit; latest=true shows it', async () => {
    const m = (
      await s.call('POST', '/v2/{p}/design/workspaces', { body: { name: 'pe_model', type: 'THIRD_NF', is_physical: true, dw_type: 'DWS' } })
    ).body.data.value;
    const body = {
      model_id: m.id,
      dw_type: 'DWS',
      tb_name: 'pe_tm',
      logic_tb_name: 'pe_tm',
      description: 'create',
      attributes: [{ name_ch: 'key', name_en: 'key_en', data_type: 'INTEGER', ordinal: '1' }],
    };
    const id = (await s.call('POST', '/v2/{p}/design/table-model', { body })).body.data.value.id;
    expect((await batch(s, 'batch-publish', [id], true)).operation_status).toBe('SUCCESS');

    const attrs = [...body.attributes, { name_ch: 'key2', name_en: 'key2_en', data_type: 'STRING', ordinal: '2' }];
    const up = await s.call('PUT', '/v2/{p}/design/table-model', { body: { ...body, id, description: 'update', attributes: attrs } });
    expect(up.status).toBe(200);
    expect(up.body.data.value).toMatchObject({ status: 'PUBLISHED', new_biz: { status: 'DRAFT', biz_version: 2 } });
    const get = async (latest: boolean) => (await s.call('GET', `/v2/{p}/design/table-model/${id}?latest=${latest}`)).body.data.value;
    const released = await get(false);
    expect(released).toMatchObject({ status: 'PUBLISHED', description: 'create' });
    expect(released.attributes).toHaveLength(1);
    const latest = await get(true);
    expect(latest).toMatchObject({ status: 'PUBLISHED', description: 'update', new_biz: { status: 'DRAFT' } });
    expect(latest.attributes.map((a: any) => a.name_en)).toEqual(['key_en', 'key2_en']);

    const d = (await diff(s, id)).body.data.value;
    expect((JSON.parse(d.change_props) as { name: string }[]).map((c) => c.name).sort()).toEqual(['attributes', 'description']);
    expect(d.biz_info_vo).toMatchObject({ description: 'update' });

    expect((await batch(s, 'batch-publish', [id], true)).operation_status).toBe('SUCCESS');
    const merged = await get(false);
    expect(merged).toMatchObject({ status: 'PUBLISHED', description: 'update', new_biz: null });
    expect(merged.attributes.map((a: any) => a.name_en)).toEqual(['key_en', 'key2_en']);
  });
});
