import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, addUser, batchBody, createObjects, startServer, type Reply, type TestServer } from './helpers/server.js';

/**
 * Issue 9: concurrent requests over the same application, approver, member or workspace id answer as
 * if they had come one after the other: the same 4xx as the sequential case, never a 500, and the
 * invariant the check protects holds afterwards. At least 20 HTTP clients at once.
 */
const N = 20;
const USERS = '/v2/{p}/design/approvals/users';
const APPROVALS = '/v2/{p}/design/approvals';

function no500(replies: Reply[]) {
  for (const r of replies) expect(r.status, JSON.stringify(r.body)).toBeLessThan(500);
}

/** An error body without its request ids, which differ from request to request. */
function withoutRequestIds(body: { errors?: object[] }) {
  return { ...body, request_id: undefined, errors: body.errors?.map((e) => ({ ...e, request_id: undefined })) };
}

async function applicationsOf(s: TestServer, id: string, status = 'DEVELOPING') {
  return (await s.call('GET', `${APPROVALS}?biz_id=${id}&approval_status=${status}`)).body.data.value.records as { id: string }[];
}

describe.each(ENGINES)('races on applications, approvers and workspaces (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  it(`${N} batches over the same objects at once: exactly one application per object, the others fail per item`, async () => {
    const ids = await createObjects(s, 'TABLE_MODEL', ['race_sb_a', 'race_sb_b', 'race_sb_c']);
    const replies = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        s.call('POST', `${APPROVALS}/batch-publish`, {
          // Half list the objects in reverse order, half are scheduled: none may deadlock or answer 500.
          body: batchBody(s, i % 2 ? [...ids].reverse() : ids, 'TABLE_MODEL', i % 4 === 3 ? { schedule_time: '59_23' } : {}),
        }),
      ),
    );
    no500(replies);
    for (const r of replies) expect(r.status, JSON.stringify(r.body)).toBe(200);
    const items = replies.flatMap((r) => r.body.data.value.groups as { biz_id: string; operation_status: string }[]);
    for (const id of ids) {
      expect(items.filter((it) => it.biz_id === id && it.operation_status !== 'FAILED')).toHaveLength(1);
      expect(await applicationsOf(s, id)).toHaveLength(1);
    }
  });

  it(`${N} resolves, rejects and withdrawals of one application: exactly one wins, the others are told it is processed`, async () => {
    for (let round = 0; round < 3; round++) {
      const [id] = await createObjects(s, 'TABLE_MODEL', [`race_dec_${round}`]);
      await s.call('POST', `${APPROVALS}/batch-publish`, { body: batchBody(s, [id!], 'TABLE_MODEL') });
      const [app] = await applicationsOf(s, id!);
      const replies = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          i % 3 === 2
            ? s.call('PUT', `${APPROVALS}?ids=${app!.id}`)
            : s.call('PUT', `${APPROVALS}/action?action-id=${i % 3 ? 'reject' : 'resolve'}`, { body: { ids: [app!.id], msg: `m${i}` } }),
        ),
      );
      no500(replies);
      const won = replies.filter(
        (r) => r.status === 200 && (Number(r.body.data.value) === 1 || r.body.data.value.operation_status === 'SUCCESS'),
      );
      expect(won).toHaveLength(1);
      for (const r of replies.filter((x) => !won.includes(x))) {
        if (r.status === 200) expect(r.body.data.value.groups[0].operation_status).toBe('FAILED');
        else expect(r.body).toMatchObject({ error_code: 'DLG.4004' });
      }
      expect(await applicationsOf(s, id!)).toHaveLength(0);
    }
  });

  it(`${N} CreateApprover of one user at once: one 200, the others the sequential DLG.4002 body`, async () => {
    const u = await addUser(s, 'race_approver', 'developer');
    const body = { approver_name: 'race_approver', user_id: u.id };
    const replies = await Promise.all(Array.from({ length: N }, () => s.call('POST', USERS, { body })));
    no500(replies);
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    const sequential = await s.call('POST', USERS, { body });
    expect(sequential.status).toBe(400);
    expect(sequential.body.error_code).toBe('DLG.4002');
    for (const r of replies.filter((x) => x.status !== 200)) {
      expect(r.status).toBe(400);
      expect(withoutRequestIds(r.body)).toEqual(withoutRequestIds(sequential.body));
    }
  });

  it(`${N} demotions to viewer racing CreateApprover: no viewer is left registered as an approver`, async () => {
    const users = await Promise.all(Array.from({ length: N }, (_, i) => addUser(s, `race_demote_${i}`, 'developer')));
    const replies = await Promise.all(
      users.flatMap((u, i) => [
        s.call('POST', USERS, { body: { approver_name: `race_demote_${i}`, user_id: u.id } }),
        s.call('PUT', `/archgate/v1/{p}/workspaces/${s.workspaceId}/members/${u.id}`, { workspace: null, body: { role: 'viewer' } }),
      ]),
    );
    no500(replies);
    const registered = new Set(
      ((await s.call('GET', `${USERS}?limit=100`)).body.data.value.records as { user_id: string }[]).map((a) => a.user_id),
    );
    for (const u of users) expect(registered.has(u.id)).toBe(false);
  });

  it(`${N} removals from the workspace racing CreateApprover: no non-member is left registered`, async () => {
    const users = await Promise.all(Array.from({ length: N }, (_, i) => addUser(s, `race_leave_${i}`, 'developer')));
    const replies = await Promise.all(
      users.flatMap((u, i) => [
        s.call('POST', USERS, { body: { approver_name: `race_leave_${i}`, user_id: u.id } }),
        s.call('DELETE', `/archgate/v1/{p}/workspaces/${s.workspaceId}/members/${u.id}`, { workspace: null }),
      ]),
    );
    no500(replies);
    const registered = new Set(
      ((await s.call('GET', `${USERS}?limit=100`)).body.data.value.records as { user_id: string }[]).map((a) => a.user_id),
    );
    for (const u of users) expect(registered.has(u.id)).toBe(false);
  });

  it(`${N} workspace creations with one id at once: one succeeds, the others the sequential 400 body`, async () => {
    const id = 'a'.repeat(32);
    const create = () => s.call('POST', '/archgate/v1/{p}/workspaces', { workspace: null, body: { id, name: 'race_ws' } });
    const replies = await Promise.all(Array.from({ length: N }, create));
    no500(replies);
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    const sequential = await create();
    expect(sequential.status).toBe(400);
    for (const r of replies.filter((x) => x.status !== 200)) {
      expect(r.status).toBe(400);
      expect(withoutRequestIds(r.body)).toEqual(withoutRequestIds(sequential.body));
    }
  });

  it(`${N} project creations with one id at once: one succeeds, the others the sequential 400 body`, async () => {
    const id = 'b'.repeat(32);
    const create = () => s.call('POST', '/archgate/v1/projects', { workspace: null, body: { id, name: 'race_project' } });
    const replies = await Promise.all(Array.from({ length: N }, create));
    no500(replies);
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    const sequential = await create();
    expect(sequential.status).toBe(400);
    for (const r of replies.filter((x) => x.status !== 200)) {
      expect(r.status).toBe(400);
      expect(withoutRequestIds(r.body)).toEqual(withoutRequestIds(sequential.body));
    }
  });
});
