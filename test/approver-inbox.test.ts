import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, addUser, createObjects, startServer, type TestServer } from './helpers/server.js';

/**
 * Issue 13: a reviewer's queue keys on the approver's user id (archgate extension `approver_user_id`),
 * the one ConfirmApprovals checks, not on `approver`, which is whatever approver_user_name the submitter
 * typed; and the list sorts by submit time both ways (archgate extension `sort_order`), with exact totals.
 */
const USERS = '/v2/{p}/design/approvals/users';
const APPROVALS = '/v2/{p}/design/approvals';

interface Listed {
  total: number;
  ids: string[];
}

describe.each(ENGINES)('the approver inbox and the sort order (%s)', (engine) => {
  let s: TestServer;
  let developer: { id: string; token: string };
  let alice: { id: string; token: string };
  let mallory: { id: string; token: string };
  /** Applications naming alice by id, under mallory's login name. */
  let forAlice: string[];
  /** One application naming mallory by id and by name. */
  let forMallory: string[];

  async function submit(approver: { id: string }, approverName: string, names: string[], type = 'batch-publish'): Promise<string[]> {
    const ids = await createObjects(s, 'TABLE_MODEL', names);
    const r = await s.call('POST', `${APPROVALS}/${type}`, {
      token: developer.token,
      body: {
        biz_infos: ids.map((biz_id) => ({ biz_id, biz_type: 'TABLE_MODEL' })),
        approver_user_id: approver.id,
        approver_user_name: approverName,
      },
    });
    expect(r.body.data.value.operation_status, JSON.stringify(r.body)).toBe('SUCCESS');
    return Promise.all(ids.map(async (id) => (await s.call('GET', `${APPROVALS}?biz_id=${id}`)).body.data.value.records[0].id as string));
  }

  async function list(query: string, token = s.token): Promise<Listed> {
    const r = await s.call('GET', `${APPROVALS}?${query.includes('limit=') ? '' : 'limit=100&'}${query}`, { token });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const v = r.body.data.value as { total: number; records: { id: string }[] };
    return { total: v.total, ids: v.records.map((a) => a.id) };
  }

  beforeAll(async () => {
    s = await startServer(engine);
    developer = await addUser(s, 'ai_dev', 'developer');
    alice = await addUser(s, 'ai_alice', 'developer');
    mallory = await addUser(s, 'ai_mallory', 'developer');
    for (const u of [alice, mallory]) {
      const r = await s.call('POST', USERS, { body: { approver_name: `approver ${u.id}`, user_id: u.id } });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }
    // Each in its own batch, so that the submit times differ and the order is the submit order.
    forAlice = [];
    for (const n of ['ai_obj_1', 'ai_obj_2', 'ai_obj_3']) forAlice.push(...(await submit(alice, 'ai_mallory', [n])));
    forMallory = await submit(mallory, 'ai_mallory', ['ai_obj_4']);
  });
  afterAll(async () => {
    await s.close();
  });

  it("a submission naming someone else's login reaches the approver by id, and only them", async () => {
    const mine = await list(`approver_user_id=${alice.id}&approval_status=DEVELOPING`, alice.token);
    expect(new Set(mine.ids)).toEqual(new Set(forAlice));
    expect(mine.total).toBe(3);
    const theirs = await list(`approver_user_id=${mallory.id}&approval_status=DEVELOPING`, mallory.token);
    expect(theirs.ids).toEqual(forMallory);
    expect(theirs.total).toBe(1);
    // The cloud's name filter still matches the typed name: that is why the queue must not use it.
    expect((await list('approver=ai_mallory&approval_status=DEVELOPING')).total).toBe(4);
    // The id is what deciding checks: alice decides one of hers, mallory cannot.
    const refused = await s.call('PUT', `${APPROVALS}/action?action-id=resolve`, {
      token: mallory.token,
      body: { ids: [forAlice[0]], msg: '' },
    });
    expect(refused.body.data?.value?.success ?? 0, JSON.stringify(refused.body)).toBe(0);
  });

  it('the id filter keeps exact totals combined with the status and type filters', async () => {
    expect(await list(`approver_user_id=${alice.id}&approval_status=DEVELOPING&approval_type=PUBLISH&limit=1`)).toMatchObject({ total: 3 });
    expect(await list(`approver_user_id=${alice.id}&approval_status=FINISHED`)).toEqual({ total: 0, ids: [] });
    expect(await list(`approver_user_id=${alice.id}&approval_type=OFFLINE`)).toEqual({ total: 0, ids: [] });
    expect(await list('approver_user_id=nobody&approval_status=DEVELOPING')).toEqual({ total: 0, ids: [] });
    const page = await list(`approver_user_id=${alice.id}&approval_status=DEVELOPING&limit=2&offset=2`);
    expect(page.total).toBe(3);
    expect(page.ids).toHaveLength(1);
  });

  it('sort_order=asc lists oldest first, desc (the default) newest first, with the same totals', async () => {
    for (const filter of [
      `approver_user_id=${alice.id}`,
      `approver_user_id=${alice.id}&approval_status=DEVELOPING`,
      'approval_status=DEVELOPING',
      'approval_status=DEVELOPING&approval_type=PUBLISH',
      'name=ai_obj',
      'create_by=ai_dev',
    ]) {
      const byDefault = await list(filter);
      const desc = await list(`${filter}&sort_order=desc`);
      const asc = await list(`${filter}&sort_order=asc`);
      expect(desc, filter).toEqual(byDefault);
      expect(asc.total, filter).toBe(desc.total);
      expect(asc.ids, filter).toEqual([...desc.ids].reverse());
      expect(asc.ids.length, filter).toBeGreaterThan(1);
    }
    expect((await list(`approver_user_id=${alice.id}&sort_order=asc`)).ids).toEqual(forAlice);
    // Paging walks the chosen order.
    const first = await list(`approver_user_id=${alice.id}&sort_order=asc&limit=1&offset=0`);
    const second = await list(`approver_user_id=${alice.id}&sort_order=asc&limit=1&offset=1`);
    expect([...first.ids, ...second.ids]).toEqual(forAlice.slice(0, 2));
  });

  it('create_by_id lists what this user submitted, not what an earlier user of the same name did', async () => {
    const first = await addUser(s, 'ai_dan', 'developer');
    const ids = await createObjects(s, 'TABLE_MODEL', ['ai_dan_obj']);
    const r = await s.call('POST', `${APPROVALS}/batch-publish`, {
      token: first.token,
      body: {
        biz_infos: ids.map((biz_id) => ({ biz_id, biz_type: 'TABLE_MODEL' })),
        approver_user_id: alice.id,
        approver_user_name: 'ai_alice',
      },
    });
    expect(r.body.data.value.operation_status, JSON.stringify(r.body)).toBe('SUCCESS');
    expect((await list(`create_by_id=${first.id}`)).total).toBe(1);
    expect((await s.call('DELETE', `/v3/users/${first.id}`, { workspace: null })).status).toBe(204);
    const second = await addUser(s, 'ai_dan', 'developer');
    expect(second.id).not.toBe(first.id);
    // The cloud's name filter cannot tell them apart; the id does.
    expect((await list('create_by=ai_dan')).total).toBe(1);
    expect(await list(`create_by_id=${second.id}`, second.token)).toEqual({ total: 0, ids: [] });
    expect((await list(`create_by_id=${developer.id}&sort_order=asc`)).total).toBe(4);
  });

  it('refuses a sort_order other than asc or desc', async () => {
    const r = await s.call('GET', `${APPROVALS}?sort_order=sideways`);
    expect(r.status, JSON.stringify(r.body)).toBe(400);
  });
});
