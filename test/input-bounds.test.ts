import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../src/domain/errors.js';
import { ENGINES, batchBody, createObjects, startServer, statusOf, type Reply, type TestServer } from './helpers/server.js';

/**
 * Issue 9, unbounded input: free JSON, integers, id lists, control characters and coerced types are all
 * refused with a 400 in the route's shape, on both engines alike, and a refused request writes nothing.
 * Rows stored before the caps existed never make a list fail.
 */
const BT = 'TABLE_MODEL';
const BAD = ERRORS.INVALID_PARAMETER.code;
/** `n` levels of nesting, as text: JSON.stringify itself overflows the stack on deep values. */
const deepText = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
const deep = (n: number) => JSON.parse(deepText(n));

function expect400(r: Reply) {
  expect(r.status, JSON.stringify(r.body)).toBe(400);
  expect(r.body.error_code).toBe(BAD);
  expect(r.body.errors[0].error_code).toBe(BAD);
}

describe.each(ENGINES)('input bounds (%s)', (engine) => {
  let s: TestServer;
  let draft: string;
  beforeAll(async () => {
    s = await startServer(engine);
    draft = (await createObjects(s, BT, ['bounds_draft']))[0]!;
  });
  afterAll(async () => {
    await s.close();
  });

  async function snapshot() {
    const objs = await s.call('GET', '/archgate/v1/{p}/objects?limit=1');
    const apps = await s.call('GET', '/v2/{p}/design/approvals?limit=1');
    const approvers = await s.call('GET', '/v2/{p}/design/approvals/users');
    return {
      objects: objs.body.data.value.total,
      approvals: apps.body.data.value.total,
      approvers: approvers.body.data.value.total,
      draft: await statusOf(s, draft),
    };
  }
  const create = (o: Record<string, unknown>) =>
    s.call('POST', '/archgate/v1/{p}/objects', { body: { objects: [{ biz_type: BT, name_en: 'bounded', ...o }] } });
  const rawCreate = (biz_info: string) =>
    s.call('POST', '/archgate/v1/{p}/objects', {
      raw: `{"objects":[{"biz_type":"${BT}","name_en":"deep","biz_info":${biz_info}}]}`,
      headers: { 'content-type': 'application/json' },
    });

  const refused: [string, () => Promise<Reply>][] = [
    ['biz_info nested 33 levels', () => create({ biz_info: deep(33) })],
    ['biz_info nested 4,100 levels', () => rawCreate(deepText(4100))],
    ['biz_info nested 10,000 levels', () => rawCreate(deepText(10000))],
    ['biz_info of more than 64 KiB', () => create({ biz_info: { blob: 'x'.repeat(65 * 1024) } })],
    ['biz_info holding NUL in a value', () => create({ biz_info: { a: 'x\u0000y' } })],
    ['biz_info holding NUL in a key', () => create({ biz_info: { 'a\u0000': 1 } })],
    // Unpaired surrogates (JSON.stringify sends them as \udfff escapes): no UTF-8 encodes them.
    ['a name holding an unpaired low surrogate', () => create({ name_en: 'x\udfff' })],
    ['a code holding an unpaired high surrogate', () => create({ code: 'a\ud800b' })],
    ['a description ending in half a pair', () => create({ description: 'smile \ud83d' })],
    ['biz_info holding an unpaired surrogate in a key', () => create({ biz_info: { 'k\udc00': 1 } })],
    ['biz_info holding an unpaired surrogate deep in an array', () => create({ biz_info: { a: [1, ['ok', 'x\udbff']] } })],
    [
      "a batch whose approver's name holds an unpaired surrogate",
      () =>
        s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
          body: batchBody(s, [draft], BT, { approver_user_name: 'admin\udfff' }),
        }),
    ],
    [
      'a table model whose free fields nest 40 levels',
      () =>
        s.call('POST', '/v2/{p}/design/table-model', {
          body: {
            model_id: '1',
            tb_name: 't1',
            logic_tb_name: 't1',
            description: '',
            dw_type: 'DWS',
            attributes: [],
            configs: deep(40),
          },
        }),
    ],
    ...['9007199254740993', '9223372036854775808', '1e400', '-1', '1.5'].flatMap((v): [string, () => Promise<Reply>][] => [
      [`approvals offset=${v}`, () => s.call('GET', `/v2/{p}/design/approvals?offset=${v}`)],
      [`objects offset=${v}`, () => s.call('GET', `/archgate/v1/{p}/objects?offset=${v}`)],
      [`approvers offset=${v}`, () => s.call('GET', `/v2/{p}/design/approvals/users?offset=${v}`)],
      [`batches offset=${v}`, () => s.call('GET', `/archgate/v1/{p}/batches?offset=${v}`)],
      [`subjects offset=${v}`, () => s.call('GET', `/v3/{p}/design/subjects?offset=${v}`)],
      [`objects limit=${v}`, () => s.call('GET', `/archgate/v1/{p}/objects?limit=${v}`)],
    ]),
    [
      'a subject level of 2^53',
      () => s.call('POST', '/v3/{p}/design/subjects', { body: { name_ch: 'x', name_en: 'x', data_owner_list: 'a', level: 2 ** 53 } }),
    ],
    [
      '1,001 ids to withdraw',
      () => s.call('PUT', `/v2/{p}/design/approvals?ids=${Array.from({ length: 1001 }, (_, i) => i + 1).join(',')}`),
    ],
    [
      '1,001 approver ids to delete',
      () => s.call('DELETE', `/v2/{p}/design/approvals/users?approver_ids=${Array.from({ length: 1001 }, (_, i) => i + 1).join(',')}`),
    ],
    [
      '1,001 object ids to delete',
      () => s.call('DELETE', `/archgate/v1/{p}/objects?ids=${Array.from({ length: 1001 }, (_, i) => i + 1).join(',')}`),
    ],
    [
      '10,001 subject ids to delete',
      () => s.call('DELETE', '/v3/{p}/design/subjects', { body: { ids: Array.from({ length: 10001 }, (_, i) => String(i + 1)) } }),
    ],
    ['NUL in an object name', () => create({ name_en: 'a\u0000b' })],
    ['a line break in an object name', () => create({ name_en: 'a\nb' })],
    [
      'a control character in an approver name',
      () => s.call('POST', '/v2/{p}/design/approvals/users', { body: { approver_name: 'a\u0001', user_id: s.adminId } }),
    ],
    [
      'NUL in a review comment',
      () => s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', { body: { ids: ['1'], msg: 'ok\u0000' } }),
    ],
    ['?name=%00 on objects', () => s.call('GET', '/archgate/v1/{p}/objects?name=%00')],
    ['?name=%00 on approvals', () => s.call('GET', '/v2/{p}/design/approvals?name=%00')],
    ['?name=%01 on subjects', () => s.call('GET', '/v3/{p}/design/subjects?name=%01')],
    // Node refuses most control characters in headers itself; a tab gets through to the schema.
    [
      'an Idempotency-Key with a tab',
      () =>
        s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
          body: batchBody(s, [draft], BT),
          headers: { 'idempotency-key': 'k\tk' },
        }),
    ],
    [
      'fast_approval "true"',
      () => s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [draft], BT, { fast_approval: 'true' }) }),
    ],
    [
      'fast_approval 1',
      () => s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [draft], BT, { fast_approval: 1 }) }),
    ],
    [
      'biz_id as a number',
      () =>
        s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
          body: { ...batchBody(s, [], BT), biz_infos: [{ biz_id: Number(draft.slice(0, 10)), biz_type: BT }] },
        }),
    ],
    [
      'email_notify "true"',
      () => s.call('POST', '/v2/{p}/design/approvals/users', { body: { approver_name: 'x', user_id: s.adminId, email_notify: 'true' } }),
    ],
    [
      'a subject level "3"',
      () => s.call('POST', '/v3/{p}/design/subjects', { body: { name_ch: 'x', name_en: 'x', data_owner_list: 'a', level: '3' } }),
    ],
    [
      'cascade=1 on batch-offline',
      () => s.call('POST', '/v2/{p}/design/approvals/batch-offline?cascade=1', { body: batchBody(s, [draft], BT) }),
    ],
    ['no_attr=yes on table models', () => s.call('GET', '/v2/{p}/design/table-model?model_id=1&no_attr=yes')],
  ];

  it.each(refused)('%s is a 400 and writes nothing', async (_name, send) => {
    const before = await snapshot();
    expect(before.draft).toBe('DRAFT');
    expect400(await send());
    expect(await snapshot()).toEqual(before);
  });

  it("refuses NUL in the unauthenticated token request's user name with IAM's 400", async () => {
    const r = await s.call('POST', '/v3/auth/tokens', {
      token: null,
      workspace: null,
      body: {
        auth: {
          identity: { methods: ['password'], password: { user: { name: 'ad\u0000min', password: 'x', domain: { name: 'archgate' } } } },
          scope: { project: { name: 'archgate' } },
        },
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.error).toMatchObject({ code: 400, title: 'Bad Request' });
  });

  it('takes what is within the bounds: 32 levels, tabs and line breaks in a description, booleans as booleans', async () => {
    const r = await create({ name_en: 'within', description: 'line one\n\tline two\r\n', biz_info: deep(32) });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.data.value.records[0].description).toBe('line one\n\tline two\r\n');
    const q = await s.call('GET', `/archgate/v1/{p}/objects?offset=${2 ** 31 - 1}&limit=1`);
    expect(q.status).toBe(200);
    expect(q.body.data.value.records).toEqual([]);
    const off = await s.call('POST', '/v2/{p}/design/approvals/batch-offline?cascade=false', {
      body: batchBody(s, [draft], BT, { fast_approval: false }),
    });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
  });

  it('takes surrogate pairs, escaped or not, and keeps them', async () => {
    const r = await s.call('POST', '/archgate/v1/{p}/objects', {
      raw: `{"objects":[{"biz_type":"${BT}","name_en":"smile \\ud83d\\ude00","description":"raw \u{1F600}"}]}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.data.value.records[0].name_en).toBe('smile \u{1F600}');
    expect(r.body.data.value.records[0].description).toBe('raw \u{1F600}');
  });

  it('still lists objects and approvals whose stored JSON nests deeper than any cap', async () => {
    const store = s.store!;
    const [id] = await createObjects(s, BT, ['stored_deep']);
    const pub = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, [id!], BT) });
    expect(pub.status).toBe(200);
    // As a version without the caps stored them.
    await store.db
      .updateTable('objects')
      .set({ biz_info: deepText(20000) })
      .where('id', '=', id!)
      .execute();
    await store.db
      .updateTable('approvals')
      .set({ biz_info: deepText(20000) })
      .where('biz_id', '=', id!)
      .execute();
    const objs = await s.call('GET', '/archgate/v1/{p}/objects?name=stored_deep');
    expect(objs.status, JSON.stringify(objs.body).slice(0, 300)).toBe(200);
    expect(objs.body.data.value.records[0].biz_info).toHaveProperty('a.a.a');
    const one = await s.call('GET', `/archgate/v1/{p}/objects/${id}`);
    expect(one.status).toBe(200);
    const apps = await s.call('GET', `/v2/{p}/design/approvals?biz_id=${id}`);
    expect(apps.status, JSON.stringify(apps.body).slice(0, 300)).toBe(200);
    expect(apps.body.data.value.records[0].biz_info).toBe(deepText(20000));
  });
});
