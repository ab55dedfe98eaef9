import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../src/domain/errors.js';
import { ENGINES, batchBody, createObjects, startServer, statusOf, type Reply, type TestServer } from './helpers/server.js';

/**
 * docs/API.md §4.1, §11.3, §11.4, §11.8, R7, R11, R12: every malformed or impossible request is a 400 (a 403
 * for a fast approval by a non-approver) in both error shapes, and writes nothing.
 */
const BT = 'TABLE_MODEL';
const UNKNOWN_ID = '1234567890123456789';
const BAD_PARAM = ERRORS.INVALID_PARAMETER.code;

function expectError(r: Reply, status: number, code?: string) {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  const b = r.body;
  expect(Object.keys(b).sort()).toEqual(['data', 'error_code', 'error_msg', 'errors']);
  expect(b.error_code).toMatch(/^DLG\.\d+$/);
  if (code) expect(b.error_code).toBe(code);
  expect(typeof b.error_msg).toBe('string');
  expect(b.error_msg.length).toBeGreaterThan(0);
  expect(b.data).toBeNull();
  expect(b.errors).toEqual([{ error_code: b.error_code, error_msg: b.error_msg, request_id: expect.any(String) }]);
  expect(b.errors[0].request_id).toBe(r.headers.get('x-request-id'));
}

/** Made-up ids: the body is refused before any object is looked up. */
const bigBatch = (s: TestServer, n: number) =>
  batchBody(
    s,
    Array.from({ length: n }, (_, i) => String(1e18 + i)),
    BT,
  );
const objects = (n: number, biz_type = BT) => ({ objects: Array.from({ length: n }, (_, i) => ({ biz_type, name_en: `bulk_${i}` })) });

describe.each(ENGINES)('validation (%s)', (engine) => {
  let s: TestServer;
  /** draft: DRAFT; pub: PUBLISHED; pend: PUBLISH_DEVELOPING with application pendApproval; dim: a DRAFT DIMENSION. */
  let f: { draft: string; pub: string; pend: string; pendApproval: string; dim: string };

  beforeAll(async () => {
    s = await startServer(engine);
    const [draft, pub, pend] = await createObjects(s, BT, ['v_draft', 'v_pub', 'v_pend']);
    const [dim] = await createObjects(s, 'DIMENSION', ['v_dim']);
    await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [pub!], BT, { fast_approval: true }) });
    await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [pend!], BT) });
    const list = await s.call('GET', `/v2/{p}/design/approvals?biz_id=${pend}`);
    f = { draft: draft!, pub: pub!, pend: pend!, pendApproval: list.body.data.value.records[0].id, dim: dim! };
  });
  afterAll(async () => {
    await s.close();
  });

  /** Everything a refused request could have written. */
  async function snapshot() {
    const ids = [f.draft, f.pub, f.pend, f.dim];
    const approvals = await s.call('GET', '/v2/{p}/design/approvals?limit=100');
    const objs = await s.call('GET', '/archgate/v1/{p}/objects?limit=1');
    const approvers = await s.call('GET', '/v2/{p}/design/approvals/users');
    return {
      statuses: await Promise.all(ids.map((id) => statusOf(s, id))),
      approvalsTotal: approvals.body.data.value.total,
      approvals: approvals.body.data.value.records.map((a: any) => [a.id, a.approval_status]),
      objectsTotal: objs.body.data.value.total,
      approvers: approvers.body.data.value,
    };
  }

  const publish = (body: unknown) => s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body });
  const offline = (body: unknown) => s.call('POST', '/v2/{p}/design/approvals/batch-offline', { body });
  const withValid = (extra: Record<string, unknown>) => ({ ...batchBody(s, [f.draft], BT), ...extra });
  const confirm = (action: string, body: unknown) => s.call('PUT', `/v2/{p}/design/approvals/action?action-id=${action}`, { body });

  const cases: [string, () => Promise<Reply>, string?][] = [
    [
      'batch body without biz_infos',
      () => {
        const { biz_infos: _, ...b } = batchBody(s, [f.draft], BT);
        return publish(b);
      },
      BAD_PARAM,
    ],
    ['batch body with empty biz_infos', () => publish(batchBody(s, [], BT)), BAD_PARAM],
    [
      'batch body without approver_user_id',
      () => {
        const { approver_user_id: _, ...b } = batchBody(s, [f.draft], BT);
        return publish(b);
      },
      BAD_PARAM,
    ],
    ['duplicate biz_id', () => publish(batchBody(s, [f.draft, f.draft], BT)), BAD_PARAM],
    ['duplicate biz_id on offline', () => offline(batchBody(s, [f.pub, f.pub], BT, { fast_approval: true })), BAD_PARAM],
    [
      'biz_id that is not digits',
      () =>
        publish(
          withValid({
            biz_infos: [
              { biz_id: f.draft, biz_type: BT },
              { biz_id: '12ab', biz_type: BT },
            ],
          }),
        ),
      BAD_PARAM,
    ],
    ['biz_id -1 as a JSON number', () => publish(withValid({ biz_infos: [{ biz_id: -1, biz_type: BT }] })), BAD_PARAM],
    ['unknown biz_type', () => publish(withValid({ biz_infos: [{ biz_id: f.draft, biz_type: 'TABLE_MODE' }] })), BAD_PARAM],
    ['unknown biz_id', () => publish(batchBody(s, [f.draft, UNKNOWN_ID], BT, { fast_approval: true })), ERRORS.OBJECT_NOT_FOUND.code],
    [
      'biz_id of another biz_type',
      () =>
        publish(
          withValid({
            biz_infos: [
              { biz_id: f.draft, biz_type: BT },
              { biz_id: f.dim, biz_type: BT },
            ],
          }),
        ),
      ERRORS.OBJECT_NOT_FOUND.code,
    ],
    [
      'biz_id of another biz_type on offline',
      () => offline(batchBody(s, [f.pub], 'DIMENSION', { fast_approval: true })),
      ERRORS.OBJECT_NOT_FOUND.code,
    ],
    ['10,001 items in a batch', () => publish(bigBatch(s, 10_001)), BAD_PARAM],
    ['10,001 items in an offline batch', () => offline(bigBatch(s, 10_001)), BAD_PARAM],
    [
      'approver_user_id that is not a registered approver',
      () => publish(withValid({ approver_user_id: 'f'.repeat(32) })),
      ERRORS.APPROVER_NOT_REGISTERED.code,
    ],
    [
      'approver_user_id that is not a registered approver, fast',
      () => publish(withValid({ approver_user_id: 'nobody', fast_approval: true })),
      ERRORS.APPROVER_NOT_REGISTERED.code,
    ],
    ['schedule_time 1830', () => publish(withValid({ schedule_time: '1830' })), BAD_PARAM],
    ['schedule_time 60_18', () => publish(withValid({ schedule_time: '60_18' })), BAD_PARAM],
    ['schedule_time 30_24', () => publish(withValid({ schedule_time: '30_24' })), BAD_PARAM],
    ['env_type INVALID_TYPE on the batch', () => publish(withValid({ env_type: 'INVALID_TYPE' })), BAD_PARAM],
    [
      'env_type INVALID_TYPE on an item',
      () => publish(withValid({ biz_infos: [{ biz_id: f.draft, biz_type: BT, env_type: 'INVALID_TYPE' }] })),
      BAD_PARAM,
    ],
    ['env_type that is not an EnvTypeEnum', () => publish(withValid({ env_type: 'TEST_TYPE' })), BAD_PARAM],
    [
      'invalid JSON body',
      () =>
        s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
          raw: '{"biz_infos": [',
          headers: { 'content-type': 'application/json' },
        }),
      ERRORS.BAD_REQUEST_BODY.code,
    ],
    ['action-id=approve', () => confirm('approve', { ids: [f.pendApproval], msg: 'ok' }), BAD_PARAM],
    ['confirm with empty ids', () => confirm('resolve', { ids: [], msg: 'ok' }), BAD_PARAM],
    ['confirm without msg', () => confirm('resolve', { ids: [f.pendApproval] }), BAD_PARAM],
    ['confirm with msg of 501 characters', () => confirm('reject', { ids: [f.pendApproval], msg: 'x'.repeat(501) }), BAD_PARAM],
    ['confirm with duplicate ids', () => confirm('resolve', { ids: [f.pendApproval, f.pendApproval], msg: 'ok' }), BAD_PARAM],
    [
      'confirm naming an unknown application',
      () => confirm('resolve', { ids: [f.pendApproval, UNKNOWN_ID], msg: 'ok' }),
      ERRORS.APPROVAL_NOT_FOUND.code,
    ],
    [
      'confirm with invalid JSON',
      () =>
        s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', {
          raw: '{ids:',
          headers: { 'content-type': 'application/json' },
        }),
      ERRORS.BAD_REQUEST_BODY.code,
    ],
    ['withdraw with ids=abc', () => s.call('PUT', '/v2/{p}/design/approvals?ids=abc'), BAD_PARAM],
    [
      'withdraw naming an unknown application',
      () => s.call('PUT', `/v2/{p}/design/approvals?ids=${f.pendApproval},${UNKNOWN_ID}`),
      ERRORS.APPROVAL_NOT_FOUND.code,
    ],
    [
      'create approver without user_id',
      () => s.call('POST', '/v2/{p}/design/approvals/users', { body: { approver_name: 'x' } }),
      BAD_PARAM,
    ],
    [
      'create approver with unknown user_id',
      () => s.call('POST', '/v2/{p}/design/approvals/users', { body: { approver_name: 'x', user_id: 'f'.repeat(32) } }),
      ERRORS.APPROVER_NOT_MEMBER.code,
    ],
    [
      'create a duplicate approver',
      () => s.call('POST', '/v2/{p}/design/approvals/users', { body: { approver_name: 'again', user_id: s.adminId } }),
      ERRORS.APPROVER_EXISTS.code,
    ],
    [
      'delete approver with unknown id',
      () => s.call('DELETE', '/v2/{p}/design/approvals/users?approver_ids=999999'),
      ERRORS.APPROVER_NOT_FOUND.code,
    ],
    [
      'delete approvers, one unknown',
      async () => {
        const known = (await s.call('GET', '/v2/{p}/design/approvals/users')).body.data.value.records[0].id;
        return s.call('DELETE', `/v2/{p}/design/approvals/users?approver_ids=${known},999999`);
      },
      ERRORS.APPROVER_NOT_FOUND.code,
    ],
    [
      'create objects with unknown biz_type',
      () => s.call('POST', '/archgate/v1/{p}/objects', { body: objects(2, 'NOT_A_TYPE') }),
      BAD_PARAM,
    ],
    ['create 10,001 objects', () => s.call('POST', '/archgate/v1/{p}/objects', { body: objects(10_001) }), BAD_PARAM],
    ['list approvals with limit=0', () => s.call('GET', '/v2/{p}/design/approvals?limit=0'), BAD_PARAM],
    ['list approvals with limit=101', () => s.call('GET', '/v2/{p}/design/approvals?limit=101'), BAD_PARAM],
  ];

  it.each(cases)('%s is a 400 and writes nothing', async (_name, send, code) => {
    const before = await snapshot();
    expect(before.statuses).toEqual(['DRAFT', 'PUBLISHED', 'PUBLISH_DEVELOPING', 'DRAFT']);
    expectError(await send(), 400, code);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses fast approval by a caller who is not a registered approver with 403, and changes nothing', async () => {
    const list = await s.call('GET', '/v2/{p}/design/approvals/users');
    const mine = list.body.data.value.records.find((a: any) => a.user_id === s.adminId);
    const del = await s.call('DELETE', `/v2/{p}/design/approvals/users?approver_ids=${mine.id}`);
    expect(del.body).toEqual({ data: { value: 1 } });
    try {
      const before = await snapshot();
      expectError(await publish(batchBody(s, [f.draft], BT, { fast_approval: true })), 403);
      expectError(await offline(batchBody(s, [f.pub], BT, { fast_approval: true })), 403);
      expect(await snapshot()).toEqual(before);
    } finally {
      const back = await s.call('POST', '/v2/{p}/design/approvals/users', { body: { approver_name: 'admin', user_id: s.adminId } });
      expect(back.status).toBe(200);
    }
    // Registered again, the same request goes through.
    const ok = await publish(batchBody(s, [f.draft], BT, { fast_approval: true }));
    expect(ok.body.data.value).toMatchObject({ operation_status: 'SUCCESS', success: 1 });
    expect(await statusOf(s, f.draft)).toBe('PUBLISHED');
  });

  it('takes a batch of exactly 10,000 objects in one request', async () => {
    const created = await s.call('POST', '/archgate/v1/{p}/objects', { body: objects(10_000) });
    expect(created.status).toBe(200);
    const ids: string[] = created.body.data.value.records.map((o: any) => o.id);
    expect(ids).toHaveLength(10_000);
    expect(new Set(ids).size).toBe(10_000);
    const r = await publish(batchBody(s, ids, BT, { fast_approval: true }));
    expect(r.status).toBe(200);
    const v = r.body.data.value;
    expect(v).toMatchObject({ operation_status: 'SUCCESS', total: 10_000, success: 10_000, failed: 0, rate: '1.00' });
    expect(v.groups).toHaveLength(10_000);
    expect(v.groups.map((g: any) => g.biz_id)).toEqual(ids);
    expect(v.groups.every((g: any) => g.operation_status === 'SUCCESS' && g.remark === 'PASSED')).toBe(true);
    const published = await s.call('GET', `/archgate/v1/{p}/objects?biz_type=${BT}&status=PUBLISHED&name=bulk_&limit=1`);
    expect(published.body.data.value.total).toBe(10_000);
    const approvals = await s.call('GET', '/v2/{p}/design/approvals?approval_status_detail=APPROVED&name=bulk_&limit=1');
    expect(approvals.body.data.value.total).toBe(10_000);
  });
});
