import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, addUser, createObjects, startServer, type Reply, type TestServer } from './helpers/server.js';

/**
 * Issue 9, breach 5: once an approver's registration is gone (DeleteApprover, demotion, leaving the
 * workspace), the applications naming them are orphaned: that user can no longer decide them (400
 * DLG.4001), a workspace admin still can, and the archgate extension lists them and reassigns them to
 * a registered approver in one transaction.
 */
const USERS = '/v2/{p}/design/approvals/users';
const APPROVALS = '/v2/{p}/design/approvals';
const ORPHANED = '/archgate/v1/{p}/approvals/orphaned';
const REASSIGN = '/archgate/v1/{p}/approvals/reassign';

interface Approver {
  id: string;
  user_id: string;
  token: string;
}

describe.each(ENGINES)('applications of a removed approver (%s)', (engine) => {
  let s: TestServer;
  let developer: { id: string; token: string };
  beforeAll(async () => {
    s = await startServer(engine);
    developer = await addUser(s, 'ra_submitter', 'developer');
  });
  afterAll(async () => {
    await s.close();
  });

  async function approver(name: string): Promise<Approver> {
    const u = await addUser(s, name, 'developer');
    const r = await s.call('POST', USERS, { body: { approver_name: name, user_id: u.id } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return { id: r.body.data.value.id, user_id: u.id, token: u.token };
  }

  /** Submits each object for review by `a` and answers the applications' ids. */
  async function submitFor(a: Approver, names: string[]): Promise<string[]> {
    const ids = await createObjects(s, 'TABLE_MODEL', names);
    const r = await s.call('POST', `${APPROVALS}/batch-publish`, {
      token: developer.token,
      body: { biz_infos: ids.map((biz_id) => ({ biz_id, biz_type: 'TABLE_MODEL' })), approver_user_id: a.user_id, approver_user_name: 'x' },
    });
    expect(r.body.data.value.operation_status, JSON.stringify(r.body)).toBe('SUCCESS');
    const found = await Promise.all(
      ids.map(async (id) => (await s.call('GET', `${APPROVALS}?biz_id=${id}`)).body.data.value.records[0].id as string),
    );
    return found;
  }

  const decide = (token: string, ids: string[], action = 'resolve') =>
    s.call('PUT', `${APPROVALS}/action?action-id=${action}`, { token, body: { ids, msg: 'ok' } });
  const orphanedIds = async (token = s.token): Promise<string[]> => {
    const r = await s.call('GET', `${ORPHANED}?limit=100`, { token });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return (r.body.data.value.records as { id: string }[]).map((a) => a.id);
  };

  function expectNotRegistered(r: Reply, userId: string) {
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body).toMatchObject({ error_code: 'DLG.4001', errors: [{ error_code: 'DLG.4001' }] });
    expect(r.body.error_msg).toContain(userId);
  }

  it('after DeleteApprover the removed approver cannot decide; the application stays under review', async () => {
    const a = await approver('ra_deleted');
    const [app] = await submitFor(a, ['ra_obj_1']);
    expect((await s.call('DELETE', `${USERS}?approver_ids=${a.id}`)).status).toBe(200);
    for (const action of ['resolve', 'reject']) expectNotRegistered(await decide(a.token, [app!], action), a.user_id);
    const pending = (await s.call('GET', `${APPROVALS}?approval_status=DEVELOPING&limit=100`)).body.data.value.records as { id: string }[];
    expect(pending.map((x) => x.id)).toContain(app);
    expect(await orphanedIds()).toContain(app);
  });

  it('a workspace admin still decides an orphaned application', async () => {
    const a = await approver('ra_admin_decides');
    const [app] = await submitFor(a, ['ra_obj_2']);
    await s.call('DELETE', `${USERS}?approver_ids=${a.id}`);
    const r = await decide(s.token, [app!]);
    expect(r.body.data.value.operation_status, JSON.stringify(r.body)).toBe('SUCCESS');
    expect(await orphanedIds()).not.toContain(app);
  });

  it('a demotion to viewer or leaving the workspace orphans the applications too', async () => {
    const demoted = await approver('ra_demoted');
    const leaver = await approver('ra_leaver');
    const [a1] = await submitFor(demoted, ['ra_obj_3']);
    const [a2] = await submitFor(leaver, ['ra_obj_4']);
    await s.call('PUT', `/archgate/v1/{p}/workspaces/${s.workspaceId}/members/${demoted.user_id}`, {
      workspace: null,
      body: { role: 'viewer' },
    });
    await s.call('DELETE', `/archgate/v1/{p}/workspaces/${s.workspaceId}/members/${leaver.user_id}`, { workspace: null });
    expect(await orphanedIds()).toEqual(expect.arrayContaining([a1, a2]));
  });

  it('the orphan list holds only pending applications whose approver is not registered', async () => {
    const kept = await approver('ra_kept');
    const gone = await approver('ra_gone');
    const [live] = await submitFor(kept, ['ra_obj_5']);
    const [orphan, decided] = await submitFor(gone, ['ra_obj_6', 'ra_obj_7']);
    await decide(gone.token, [decided!]);
    await s.call('DELETE', `${USERS}?approver_ids=${gone.id}`);
    const listed = await orphanedIds(developer.token);
    expect(listed).toContain(orphan);
    expect(listed).not.toContain(live);
    expect(listed).not.toContain(decided);
    const page = (await s.call('GET', `${ORPHANED}?limit=100`)).body.data.value;
    expect(page.total).toBe(page.records.length);
    expect(page.records.find((r: { id: string }) => r.id === orphan)).toMatchObject({
      approval_status: 'DEVELOPING',
      approval_type: 'PUBLISH',
    });
  });

  it('reassigns orphaned applications to a registered approver, who then decides them', async () => {
    const gone = await approver('ra_gone2');
    const next = await approver('ra_next');
    const apps = await submitFor(gone, ['ra_obj_8', 'ra_obj_9']);
    await s.call('DELETE', `${USERS}?approver_ids=${gone.id}`);
    const r = await s.call('POST', REASSIGN, { body: { ids: apps, approver_user_id: next.user_id } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toEqual({ data: { value: 2 } });
    const listed = await orphanedIds();
    for (const id of apps) expect(listed).not.toContain(id);
    const shown = (await s.call('GET', `${APPROVALS}?approver=ra_next`)).body.data.value.records as { id: string; email: string | null }[];
    expect(shown.map((a) => a.id).sort()).toEqual([...apps].sort());
    expect((await decide(next.token, apps)).body.data.value.operation_status).toBe('SUCCESS');
  });

  it('reassignment is all or nothing: an unregistered target, a decided or unknown application changes nothing', async () => {
    const gone = await approver('ra_gone3');
    const next = await approver('ra_next3');
    const [orphan, decided] = await submitFor(gone, ['ra_obj_10', 'ra_obj_11']);
    await decide(gone.token, [decided!]);
    await s.call('DELETE', `${USERS}?approver_ids=${gone.id}`);

    expectNotRegistered(await s.call('POST', REASSIGN, { body: { ids: [orphan], approver_user_id: gone.user_id } }), gone.user_id);
    const processed = await s.call('POST', REASSIGN, { body: { ids: [orphan, decided], approver_user_id: next.user_id } });
    expect(processed).toMatchObject({ status: 400, body: { error_code: 'DLG.4004' } });
    const unknown = await s.call('POST', REASSIGN, { body: { ids: [orphan, '1234567890123456789'], approver_user_id: next.user_id } });
    expect(unknown).toMatchObject({ status: 400, body: { error_code: 'DLG.3902' } });
    expect(await orphanedIds()).toContain(orphan);
  });

  it('only a workspace admin reassigns', async () => {
    const next = await approver('ra_next4');
    const r = await s.call('POST', REASSIGN, {
      token: developer.token,
      body: { ids: ['1234567890123456789'], approver_user_id: next.user_id },
    });
    expect(r).toMatchObject({ status: 403, body: { error_code: 'DLG.0403' } });
  });

  it(`${20} decisions by an approver racing its DeleteApprover: each is decided or refused with DLG.4001, the rest are listed`, async () => {
    const a = await approver('ra_racing');
    const apps = await submitFor(
      a,
      Array.from({ length: 20 }, (_, i) => `ra_race_${i}`),
    );
    const replies = await Promise.all([
      ...apps.slice(0, 10).map((id) => decide(a.token, [id])),
      s.call('DELETE', `${USERS}?approver_ids=${a.id}`),
      ...apps.slice(10).map((id) => decide(a.token, [id])),
    ]);
    for (const r of replies) expect(r.status, JSON.stringify(r.body)).toBeLessThan(500);
    const decisions = replies.filter((r) => !(typeof r.body?.data?.value === 'number'));
    const refused = decisions.filter((r) => r.status === 400);
    for (const r of refused) expectNotRegistered(r, a.user_id);
    for (const r of decisions.filter((x) => x.status === 200)) expect(r.body.data.value.operation_status).toBe('SUCCESS');
    const listed = new Set(await orphanedIds());
    expect(apps.filter((id) => listed.has(id))).toHaveLength(refused.length);
    // After the removal has answered, nothing more is decided by that user.
    const left = apps.filter((id) => listed.has(id));
    if (left.length) expectNotRegistered(await decide(a.token, left), a.user_id);
  });
});
