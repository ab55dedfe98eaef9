import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, addUser, startServer, type Engine, type Reply, type TestServer } from './helpers/server.js';

/** docs/API.md §3.6-§3.8, §4.5, R6, §11.5: CreateApprover, ListApprovers, DeleteApprover, and the Terraform reviewer. */
const USERS = '/v2/{p}/design/approvals/users';
const VO_KEYS = [
  'app_name',
  'approver_name',
  'create_by',
  'create_time',
  'email',
  'id',
  'phone_number',
  'project_id',
  'topic_urn',
  'user_id',
  'user_name',
  'user_type',
];
const ISO_Z = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function expectApproverVO(s: TestServer, a: any) {
  expect(Object.keys(a).sort()).toEqual(VO_KEYS);
  expect(a.id).toMatch(/^[1-9][0-9]{0,8}$/);
  expect(a.project_id).toBe(`${s.projectId}-workspace-${s.workspaceId}`);
  expect(a.user_type).toBe('APPROVER');
  expect(a.create_time).toMatch(ISO_Z);
  expect(Math.abs(Date.parse(a.create_time) - Date.now())).toBeLessThan(10 * 60_000);
}

function expect400(r: Reply, code: string) {
  expect(r.status, JSON.stringify(r.body)).toBe(400);
  expect(r.body).toMatchObject({ error_code: code, data: null, errors: [{ error_code: code }] });
}

async function list(s: TestServer, query = ''): Promise<{ total: number; records: any[] }> {
  const r = await s.call('GET', `${USERS}${query}`);
  expect(r.status).toBe(200);
  expect(Object.keys(r.body.data.value).sort()).toEqual(['records', 'total']);
  return r.body.data.value;
}

async function remove(s: TestServer, ids: string): Promise<Reply> {
  return s.call('DELETE', `${USERS}?approver_ids=${ids}`);
}

async function create(s: TestServer, body: Record<string, unknown>): Promise<any> {
  const r = await s.call('POST', USERS, { body });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(Object.keys(r.body)).toEqual(['data']);
  expectApproverVO(s, r.body.data.value);
  return r.body.data.value;
}

describe.each(ENGINES)('approvers over HTTP (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  it('lists the bootstrap admin as the one approver, with the ApproverVO shape', async () => {
    const v = await list(s);
    expect(v.total).toBe(1);
    expect(v.records).toHaveLength(1);
    const a = v.records[0];
    expectApproverVO(s, a);
    expect(a).toMatchObject({ approver_name: 'admin', user_id: s.adminId, user_name: 'admin', create_by: 'admin' });
  });

  it('deletes the admin registration and creates it again (only a member may review)', async () => {
    const [old] = (await list(s)).records;
    expect400(await s.call('POST', USERS, { body: { approver_name: 'admin', user_id: s.adminId } }), 'DLG.4002');
    const del = await remove(s, old.id);
    expect(del.status).toBe(200);
    expect(del.body).toEqual({ data: { value: 1 } });
    expect(await list(s)).toEqual({ total: 0, records: [] });
    expect400(await remove(s, old.id), 'DLG.3902');

    const a = await create(s, {
      approver_name: 'chief_reviewer',
      user_id: s.adminId,
      email: 'chief@example.com',
      phone_number: '+8613800000000',
      email_notify: true,
      sms_notify: false,
      app_name: 'dlg-ds',
    });
    expect(a).toMatchObject({
      approver_name: 'chief_reviewer',
      user_id: s.adminId,
      user_name: 'admin',
      create_by: 'admin',
      app_name: 'dlg-ds',
    });
    expect(a.id).not.toBe(old.id);
    expect(Number(a.id)).toBeGreaterThan(Number(old.id));
    expect(typeof a.email).toBe('string');
    expect((await list(s)).records).toEqual([a]);
  });

  it('filters by exact approver_name and pages with limit and offset', async () => {
    const [a] = (await list(s)).records;
    const name = a.approver_name as string;
    expect(await list(s, `?approver_name=${name}`)).toEqual({ total: 1, records: [a] });
    for (const other of [name.slice(0, -1), `${name}x`, name.toUpperCase(), 'chief%', 'chief_']) {
      expect(await list(s, `?approver_name=${encodeURIComponent(other)}`), other).toEqual({ total: 0, records: [] });
    }
    expect(await list(s, '?limit=1&offset=0')).toEqual({ total: 1, records: [a] });
    expect(await list(s, '?limit=1&offset=1')).toEqual({ total: 1, records: [] });
    expect(await list(s, '?limit=2&offset=1')).toEqual({ total: 1, records: [a] }); // rounded down to 0
    for (const q of ['?limit=0', '?limit=101', '?offset=-1']) expect400(await s.call('GET', `${USERS}${q}`), 'DLG.0001');
  });

  it('answers 400 DLG.0818 for an unknown workspace, which Terraform reads as "gone"', async () => {
    const r = await s.call('GET', USERS, { workspace: 'f'.repeat(32) });
    expect400(r, 'DLG.0818');
  });

  it('replays the Terraform reviewer: create, read by approver_name, delete by id, read nothing', async () => {
    for (const a of (await list(s)).records) await remove(s, a.id);
    const tf = { approver_name: 'admin', user_id: s.adminId, email: 'admin@example.com', email_notify: true, sms_notify: false };
    const r = await s.call('POST', USERS, { body: tf, headers: { 'content-type': 'application/json' } });
    expect(r.status).toBe(200);
    const resourceId = r.body.data.value.user_name as string; // the resource's id
    expect(resourceId).toBe('admin');
    const read = await list(s, `?approver_name=${resourceId}`);
    const rec = read.records[0];
    expect(rec).toMatchObject({ approver_name: 'admin', user_id: s.adminId, id: r.body.data.value.id });
    const del = await remove(s, rec.id);
    expect(del.body).toEqual({ data: { value: 1 } });
    expect(await list(s, `?approver_name=${resourceId}`)).toEqual({ total: 0, records: [] });
    await create(s, { approver_name: 'admin', user_id: s.adminId });
  });
});

/**
 * docs/API.md R6 with more than one member: developers may review, operators, viewers and non-members may not.
 * The extra users are made through the IAM user API and the membership extension.
 */
describe.each(ENGINES)('approvers with several workspace members (%s)', (engine: Engine) => {
  let s: TestServer;
  const member: Record<string, string> = {};

  beforeAll(async () => {
    s = await startServer(engine);
    for (const [name, role] of [
      ['dev_a', 'developer'],
      ['dev_b', 'developer'],
      ['op', 'operator'],
      ['viewer', 'viewer'],
      ['outsider', null],
    ] as const) {
      member[name] = (await addUser(s, name, role)).id;
    }
  });
  afterAll(async () => {
    await s.close();
  });

  it('registers developers, refuses operators, viewers and non-members', async () => {
    for (const name of ['op', 'viewer', 'outsider']) {
      expect400(await s.call('POST', USERS, { body: { approver_name: name, user_id: member[name] } }), 'DLG.4003');
    }
    expect((await list(s)).total).toBe(1);
    const a = await create(s, { approver_name: 'dev_a', user_id: member.dev_a });
    const b = await create(s, { approver_name: 'dev_ab', user_id: member.dev_b });
    expect(a).toMatchObject({ user_id: member.dev_a, user_name: 'dev_a', create_by: 'admin' });
    expect(b).toMatchObject({ user_id: member.dev_b, user_name: 'dev_b' });
    expect400(await s.call('POST', USERS, { body: { approver_name: 'again', user_id: member.dev_a } }), 'DLG.4002');
    expect((await list(s)).total).toBe(3);
  });

  it('filters exactly and pages over several approvers', async () => {
    const all = await list(s);
    expect(all.total).toBe(3);
    expect(all.records.map((r) => r.approver_name)).toEqual(['admin', 'dev_a', 'dev_ab']);
    expect((await list(s, '?approver_name=dev_a')).records.map((r) => r.user_id)).toEqual([member.dev_a]);
    expect((await list(s, '?approver_name=dev')).total).toBe(0);
    const p0 = await list(s, '?limit=2&offset=0');
    const p1 = await list(s, '?limit=2&offset=2');
    expect([p0.total, p1.total]).toEqual([3, 3]);
    expect([...p0.records, ...p1.records]).toEqual(all.records);
    expect(await list(s, '?limit=2&offset=3')).toEqual(p1); // rounded down to 2
  });

  it('deletes a comma-separated list and answers the count; one unknown id deletes nothing', async () => {
    const all = (await list(s)).records;
    const [a, b] = all.filter((r) => r.approver_name !== 'admin');
    expect400(await remove(s, `${a.id},99999`), 'DLG.3902');
    expect((await list(s)).total).toBe(3);
    const del = await remove(s, `${a.id},${b.id}`);
    expect(del.status).toBe(200);
    expect(del.body).toEqual({ data: { value: 2 } });
    expect((await list(s)).records.map((r) => r.approver_name)).toEqual(['admin']);
    expect400(await remove(s, a.id), 'DLG.3902');
  });
});
