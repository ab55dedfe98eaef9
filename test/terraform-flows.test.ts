import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, batchBody, createObjects, startServer, statusOf, type TestServer } from './helpers/server.js';

/**
 * docs/API.md §9: the Terraform provider's acceptance flows, replayed call by call as the provider makes them
 * (header `Content-Type: application/json;charset=UTF-8`, bodies as its resources build them).
 */
const TF_HEADERS = { 'content-type': 'application/json;charset=UTF-8' };
const RELEASED = 'The definition has been released and does not support resubmission';

/** huaweicloud_dataarts_architecture_subject: create, as the resource builds the body. */
async function createSubject(s: TestServer, name: string): Promise<string> {
  const r = await s.call('POST', '/v3/{p}/design/subjects', {
    headers: TF_HEADERS,
    body: { name_ch: name, name_en: name, data_owner_list: name, level: 1, description: 'create' },
  });
  expect(r.status).toBe(200);
  expect(r.body.data.value.id).toMatch(/^[0-9]{19}$/);
  return r.body.data.value.id;
}

/** The batch_publish / batch_publishment / batch_unpublish resources' body. */
function tfBatch(s: TestServer, ids: string[], fast: boolean) {
  return {
    approver_user_id: s.adminId,
    approver_user_name: 'admin',
    biz_infos: ids.map((biz_id) => ({ biz_id, biz_type: 'SUBJECT' })),
    fast_approval: fast,
  };
}

async function batch(s: TestServer, op: 'batch-publish' | 'batch-offline', ids: string[], fast: boolean) {
  const r = await s.call('POST', `/v2/{p}/design/approvals/${op}`, { headers: TF_HEADERS, body: tfBatch(s, ids, fast) });
  expect(r.status).toBe(200);
  expect(r.body.data.value.group_id).toMatch(/^[0-9]{19}$/); // the resource's id; "ID is not found" otherwise
  return r.body.data.value;
}

function expectAllPassed(v: any, ids: string[], type: string) {
  expect(v).toMatchObject({
    operation_status: 'SUCCESS',
    operation_type: type,
    total: ids.length,
    success: ids.length,
    failed: 0,
    rate: '1.00',
  });
  // Publish and offline answer in request order; a decision answers in the order of the application ids sent.
  const groups = v.groups.map((g: any) => [g.biz_id, g.operation_status, g.remark, g.operation_type]);
  const want = ids.map((id) => [id, 'SUCCESS', 'PASSED', type]);
  if (type === 'APPROVAL') expect(groups.sort()).toEqual(want.sort());
  else expect(groups).toEqual(want);
}

/** What the batch_publish resource turns a FAILED batch into: `{biz_id} | {remark};` per failed child. */
function tfFailure(v: any): string {
  return v.groups
    .filter((g: any) => g.operation_status === 'FAILED')
    .map((g: any) => `${g.biz_id} | ${g.remark};`)
    .join('');
}

/** The approvals data source: limit=100, offset += len(records), stop on a short page. */
async function tfListApprovals(s: TestServer, filters: Record<string, string>) {
  const records: any[] = [];
  const pages: number[] = [];
  for (let offset = 0; pages.length < 20; ) {
    const q = new URLSearchParams({ limit: '100', offset: String(offset), ...filters });
    const r = await s.call('GET', `/v2/{p}/design/approvals?${q}`);
    expect(r.status).toBe(200);
    const page = r.body.data.value.records as any[];
    records.push(...page);
    pages.push(page.length);
    if (page.length < 100) break;
    offset += page.length;
  }
  return { records, pages };
}

async function developing(s: TestServer, ids: string[]) {
  const { records } = await tfListApprovals(s, { approval_status: 'DEVELOPING' });
  const mine = records.filter((a) => ids.includes(a.biz_id));
  expect(mine.map((a) => a.biz_id).sort()).toEqual([...ids].sort());
  for (const a of mine) {
    expect(a).toMatchObject({
      biz_type: 'SUBJECT',
      approval_type: 'PUBLISH',
      approval_status: 'DEVELOPING',
      biz_status: 'PUBLISH_DEVELOPING',
      approver: 'admin',
    });
    expect(a.id).toMatch(/^[0-9]{19}$/);
  }
  return mine.map((a) => a.id as string);
}

async function expectStatuses(s: TestServer, ids: string[], status: string) {
  for (const id of ids) expect(await statusOf(s, id)).toBe(status);
  // And as the subject resource reads it back: from the v3 list.
  const r = await s.call('GET', '/v3/{p}/design/subjects?limit=100&offset=0');
  const byId = new Map((r.body.data.value.records as any[]).map((x) => [x.id, x.status]));
  for (const id of ids) expect(byId.get(id)).toBe(status);
}

describe.each(ENGINES)('Terraform acceptance flows (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  it('flow 1: publish, recall, publish, reject, publish, resolve, unpublish', async () => {
    const ids = [await createSubject(s, 'tf_flow_a'), await createSubject(s, 'tf_flow_b'), await createSubject(s, 'tf_flow_c')];
    await expectStatuses(s, ids, 'DRAFT');

    expectAllPassed(await batch(s, 'batch-publish', ids, false), ids, 'PUBLISH');
    await expectStatuses(s, ids, 'PUBLISH_DEVELOPING');
    const first = await developing(s, ids);

    // approvals_batch_action, action=recall: a comma list in the query, no body.
    const recall = await s.call('PUT', `/v2/{p}/design/approvals?ids=${first.join(',')}`);
    expect(recall.status).toBe(200);
    expect(recall.body).toEqual({ data: { value: '3' } });
    await expectStatuses(s, ids, 'DRAFT');
    const { records: after } = await tfListApprovals(s, { approval_status: 'DEVELOPING' });
    expect(after.filter((a) => ids.includes(a.biz_id))).toEqual([]);
    const withdrawn = await tfListApprovals(s, { approval_status: 'FINISHED', name: 'tf_flow_' });
    expect(withdrawn.records.map((a) => [a.id, a.approval_status]).sort()).toEqual(first.map((id) => [id, 'WITHDREW']).sort());

    expectAllPassed(await batch(s, 'batch-publish', ids, false), ids, 'PUBLISH');
    await expectStatuses(s, ids, 'PUBLISH_DEVELOPING');
    const second = await developing(s, ids);
    expect(second.some((id) => first.includes(id))).toBe(false);

    const reject = await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=reject', {
      headers: TF_HEADERS,
      body: { ids: second, msg: 'rejected by terraform' },
    });
    expect(reject.status).toBe(200);
    expectAllPassed(reject.body.data.value, ids, 'APPROVAL');
    await expectStatuses(s, ids, 'REJECT');

    expectAllPassed(await batch(s, 'batch-publish', ids, false), ids, 'PUBLISH');
    await expectStatuses(s, ids, 'PUBLISH_DEVELOPING');
    const third = await developing(s, ids);

    const resolve = await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', {
      headers: TF_HEADERS,
      body: { ids: third, msg: 'approved by terraform' },
    });
    expect(resolve.status).toBe(200);
    expectAllPassed(resolve.body.data.value, ids, 'APPROVAL');
    await expectStatuses(s, ids, 'PUBLISHED');
    const { records: left } = await tfListApprovals(s, { approval_status: 'DEVELOPING' });
    expect(left.filter((a) => ids.includes(a.biz_id))).toEqual([]);

    // batch_unpublish with fast_approval=true.
    expectAllPassed(await batch(s, 'batch-offline', ids, true), ids, 'OFFLINE');
    await expectStatuses(s, ids, 'OFFLINE');
  });

  it('flow 2: publish twice is refused as released; unpublish twice is refused as not online', async () => {
    const names = ['tf_twice_a', 'tf_twice_b', 'tf_twice_c'];
    const ids: string[] = [];
    for (const n of names) ids.push(await createSubject(s, n));

    expectAllPassed(await batch(s, 'batch-publish', ids, true), ids, 'PUBLISH');
    await expectStatuses(s, ids, 'PUBLISHED');

    const again = await batch(s, 'batch-publish', ids, true);
    expect(again).toMatchObject({ operation_status: 'FAILED', operation_type: 'PUBLISH', total: 3, success: 0, failed: 3 });
    for (const g of again.groups) expect(g).toMatchObject({ operation_status: 'FAILED', remark: RELEASED });
    expect(tfFailure(again)).toBe(ids.map((id) => `${id} | ${RELEASED};`).join(''));
    await expectStatuses(s, ids, 'PUBLISHED');

    expectAllPassed(await batch(s, 'batch-offline', ids, true), ids, 'OFFLINE');
    await expectStatuses(s, ids, 'OFFLINE');

    const offAgain = await batch(s, 'batch-offline', ids, true);
    expect(offAgain).toMatchObject({ operation_status: 'FAILED', operation_type: 'OFFLINE', total: 3, success: 0, failed: 3 });
    offAgain.groups.forEach((g: any, i: number) => {
      expect(g).toMatchObject({
        biz_id: ids[i],
        biz_name: names[i],
        operation_status: 'FAILED',
        remark: `Definition ${names[i]}  is not online`,
      });
    });
    await expectStatuses(s, ids, 'OFFLINE');
  });

  it('flow 2 uses name_en in the not-online remark, not name_ch', async () => {
    const r = await s.call('POST', '/v3/{p}/design/subjects', {
      headers: TF_HEADERS,
      body: { name_ch: '主题甲', name_en: 'tf_code_only', data_owner_list: 'someone', level: 1, description: 'create' },
    });
    expect(r.status).toBe(200);
    const off = await batch(s, 'batch-offline', [r.body.data.value.id], true);
    expect(off.groups[0].remark).toBe('Definition tf_code_only  is not online');
  });

  it('the approvals data source pages with limit=100 and offset += len(records) until a short page', async () => {
    const names = Array.from({ length: 150 }, (_, i) => `tfpage_item_${String(i).padStart(3, '0')}`);
    const ids = await createObjects(s, 'TABLE_MODEL', names);
    const pub = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, ids, 'TABLE_MODEL') });
    expect(pub.body.data.value).toMatchObject({ operation_status: 'SUCCESS', success: 150 });

    const all = await tfListApprovals(s, { approval_status: 'DEVELOPING', name: 'tfpage_item_' });
    expect(all.pages).toEqual([100, 50]);
    expect(new Set(all.records.map((a) => a.id)).size).toBe(150);
    expect(all.records.map((a) => a.biz_id).sort()).toEqual([...ids].sort());
    const first = await s.call('GET', '/v2/{p}/design/approvals?approval_status=DEVELOPING&name=tfpage_item_&limit=100&offset=0');
    expect(first.body.data.value.total).toBe(150);
    // The name filter is a fuzzy match, the same on both engines: case-insensitive, `_` a plain character.
    const upper = await s.call('GET', '/v2/{p}/design/approvals?approval_status=DEVELOPING&name=TFPAGE_ITEM_14&limit=100');
    expect(upper.body.data.value.records.map((a: any) => a.name_en).sort()).toEqual(names.slice(140));
    const wild = await s.call('GET', '/v2/{p}/design/approvals?approval_status=DEVELOPING&name=tfpage%25item&limit=100');
    expect(wild.body.data.value.total).toBe(0);

    // Resolve 50: exactly 100 remain, so the provider reads a full page and then an empty one.
    const done = all.records.slice(0, 50).map((a) => a.id);
    const res = await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', { body: { ids: done, msg: 'ok' } });
    expect(res.body.data.value).toMatchObject({ operation_status: 'SUCCESS', success: 50 });
    const rest = await tfListApprovals(s, { approval_status: 'DEVELOPING', name: 'tfpage_item_' });
    expect(rest.pages).toEqual([100, 0]);
    expect(rest.records.some((a) => done.includes(a.id))).toBe(false);
    const finished = await tfListApprovals(s, { approval_status: 'FINISHED', name: 'tfpage_item_' });
    expect(finished.pages).toEqual([50]);
    expect(finished.records.map((a) => a.id).sort()).toEqual([...done].sort());
  });
});
