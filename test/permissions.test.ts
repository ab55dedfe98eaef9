import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS, type Operation } from '../src/iam/permissions.js';
import { ENGINES, addUser, batchBody, createObjects, type Reply, type TestServer, startServer } from './helpers/server.js';

type Who = 'admin' | 'developer' | 'operator' | 'viewer' | 'outsider';
const A = true;
const D = false;

/**
 * The permission matrix as README and docs/SECURITY.md print it, written out here on its own so that a
 * change to the code's table shows up as a failing test, not as a silently changed expectation.
 */
const MATRIX: Record<Operation, Record<Exclude<Who, 'outsider'>, boolean>> = {
  searchApprovals: { admin: A, developer: A, operator: A, viewer: A },
  rollbackApproval: { admin: A, developer: A, operator: D, viewer: D },
  confirmApprovals: { admin: A, developer: A, operator: D, viewer: D },
  batchPublish: { admin: A, developer: A, operator: D, viewer: D },
  batchOffline: { admin: A, developer: A, operator: D, viewer: D },
  createApprover: { admin: A, developer: D, operator: D, viewer: D },
  listApprovers: { admin: A, developer: A, operator: A, viewer: A },
  deleteApprover: { admin: A, developer: D, operator: D, viewer: D },
  deleteDesignLatestApproval: { admin: A, developer: A, operator: D, viewer: D },
  searchDesignLatestApprovalDiff: { admin: A, developer: A, operator: A, viewer: A },
  readObjects: { admin: A, developer: A, operator: A, viewer: A },
  writeObjects: { admin: A, developer: A, operator: D, viewer: D },
  listOrphanedApprovals: { admin: A, developer: A, operator: A, viewer: A },
  reassignApprovals: { admin: A, developer: D, operator: D, viewer: D },
  manageWebhooks: { admin: A, developer: D, operator: D, viewer: D },
};

describe.each(ENGINES)('the permission matrix, enforced (%s)', (engine) => {
  let s: TestServer;
  const tokens = {} as Record<Who, string>;
  const ids = {} as Record<Who, string>;
  let draft: string;
  beforeAll(async () => {
    s = await startServer(engine);
    tokens.admin = s.token;
    ids.admin = s.adminId;
    for (const who of ['developer', 'operator', 'viewer', 'outsider'] as const) {
      const u = await addUser(s, `u_${who}`, who === 'outsider' ? null : who);
      tokens[who] = u.token;
      ids[who] = u.id;
    }
    draft = (await createObjects(s, 'TABLE_MODEL', ['perm_draft']))[0]!;
  });
  afterAll(async () => {
    await s.close();
  });

  /** One request per operation, valid enough that an allowed caller never gets 403. */
  const probe: Record<Operation, (token: string) => Promise<Reply>> = {
    searchApprovals: (token) => s.call('GET', '/v2/{p}/design/approvals', { token }),
    rollbackApproval: (token) => s.call('PUT', '/v2/{p}/design/approvals?ids=1234567890123456789', { token }),
    confirmApprovals: (token) =>
      s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', { token, body: { ids: ['1234567890123456789'], msg: 'ok' } }),
    batchPublish: async (token) => {
      const [id] = await createObjects(s, 'TABLE_MODEL', [`p_${Math.random().toString(36).slice(2)}`]);
      return s.call('POST', '/v2/{p}/design/approvals/batch-publish', { token, body: batchBody(s, [id!], 'TABLE_MODEL') });
    },
    batchOffline: (token) =>
      s.call('POST', '/v2/{p}/design/approvals/batch-offline', { token, body: batchBody(s, [draft], 'TABLE_MODEL') }),
    createApprover: (token) =>
      s.call('POST', '/v2/{p}/design/approvals/users', { token, body: { approver_name: 'x', user_id: ids.viewer } }),
    listApprovers: (token) => s.call('GET', '/v2/{p}/design/approvals/users', { token }),
    deleteApprover: (token) => s.call('DELETE', '/v2/{p}/design/approvals/users?approver_ids=999999', { token }),
    deleteDesignLatestApproval: (token) => s.call('DELETE', `/v2/{p}/design/approvals/business/${draft}?biz_type=TABLE_MODEL`, { token }),
    searchDesignLatestApprovalDiff: (token) =>
      s.call('GET', `/v2/{p}/design/approvals/business/${draft}/diff?biz_type=TABLE_MODEL`, { token }),
    readObjects: (token) => s.call('GET', '/archgate/v1/{p}/objects', { token }),
    writeObjects: (token) =>
      s.call('POST', '/archgate/v1/{p}/objects', { token, body: { objects: [{ biz_type: 'TAG', name_en: 'perm' }] } }),
    listOrphanedApprovals: (token) => s.call('GET', '/archgate/v1/{p}/approvals/orphaned', { token }),
    reassignApprovals: (token) =>
      s.call('POST', '/archgate/v1/{p}/approvals/reassign', { token, body: { ids: ['1234567890123456789'], approver_user_id: ids.admin } }),
    manageWebhooks: (token) => s.call('GET', '/archgate/v1/{p}/webhooks', { token }),
  };

  it('is the table the documentation prints', () => {
    const fromCode = Object.fromEntries(
      Object.entries(OPERATIONS).map(([op, roles]) => [
        op,
        {
          admin: (roles as readonly string[]).includes('admin'),
          developer: (roles as readonly string[]).includes('developer'),
          operator: (roles as readonly string[]).includes('operator'),
          viewer: (roles as readonly string[]).includes('viewer'),
        },
      ]),
    );
    expect(fromCode).toEqual(MATRIX);
  });

  const rows = Object.entries(MATRIX).flatMap(([op, roles]) => [
    ...Object.entries(roles).map(([who, allowed]) => [op, who, allowed] as const),
    [op, 'outsider', false] as const,
  ]);
  it.each(rows)('%s by %s: allowed=%s', async (op, who, allowed) => {
    const r = await probe[op as Operation](tokens[who as Who]);
    if (allowed) {
      expect(r.status).not.toBe(403);
      expect(r.status).toBeLessThan(500);
    } else {
      expect(r.status).toBe(403);
      expect(r.body.error_code).toBe('DLG.0403');
      expect(r.body.errors[0].error_code).toBe('DLG.0403');
    }
  });

  it('only the designated approver or a workspace admin decides an application', async () => {
    const dev2 = await addUser(s, 'u_dev2', 'developer');
    const dev3 = await addUser(s, 'u_dev3', 'developer');
    for (const u of [dev2, dev3]) {
      expect(
        (await s.call('POST', '/v2/{p}/design/approvals/users', { body: { approver_name: u.id.slice(0, 8), user_id: u.id } })).status,
      ).toBe(200);
    }
    const [x, y] = await createObjects(s, 'CODE_TABLE', ['decide_x', 'decide_y']);
    const submit = (id: string) =>
      s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
        token: tokens.developer,
        body: { biz_infos: [{ biz_id: id, biz_type: 'CODE_TABLE' }], approver_user_id: dev2.id, approver_user_name: 'dev2' },
      });
    await submit(x!);
    await submit(y!);
    const appOf = async (id: string) =>
      (await s.call('GET', `/v2/{p}/design/approvals?biz_id=${id}`)).body.data.value.records[0].id as string;
    const [ax, ay] = [await appOf(x!), await appOf(y!)];
    const decide = (token: string, id: string) =>
      s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', { token, body: { ids: [id], msg: 'ok' } });
    expect((await decide(dev3.token, ax)).status).toBe(403);
    expect((await decide(dev2.token, ax)).body.data.value.operation_status).toBe('SUCCESS');
    expect((await decide(tokens.admin, ay)).body.data.value.operation_status).toBe('SUCCESS');
  });

  it('a submitter withdraws only their own applications; an admin withdraws any', async () => {
    const [x, y] = await createObjects(s, 'CODE_TABLE', ['withdraw_x', 'withdraw_y']);
    for (const id of [x!, y!]) {
      await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { token: tokens.developer, body: batchBody(s, [id], 'CODE_TABLE') });
    }
    const other = await addUser(s, 'u_dev4', 'developer');
    const appOf = async (id: string) =>
      (await s.call('GET', `/v2/{p}/design/approvals?biz_id=${id}`)).body.data.value.records[0].id as string;
    const [ax, ay] = [await appOf(x!), await appOf(y!)];
    expect((await s.call('PUT', `/v2/{p}/design/approvals?ids=${ax}`, { token: other.token })).status).toBe(403);
    expect((await s.call('PUT', `/v2/{p}/design/approvals?ids=${ax}`, { token: tokens.developer })).body).toEqual({ data: { value: '1' } });
    expect((await s.call('PUT', `/v2/{p}/design/approvals?ids=${ay}`, { token: tokens.admin })).body).toEqual({ data: { value: '1' } });
  });

  it('a member who becomes a viewer loses its approver registration', async () => {
    const u = await addUser(s, 'u_demoted', 'developer');
    expect((await s.call('POST', '/v2/{p}/design/approvals/users', { body: { approver_name: 'demoted', user_id: u.id } })).status).toBe(
      200,
    );
    await s.call('PUT', `/archgate/v1/{p}/workspaces/${s.workspaceId}/members/${u.id}`, { workspace: null, body: { role: 'viewer' } });
    const list = await s.call('GET', '/v2/{p}/design/approvals/users?approver_name=demoted');
    expect(list.body.data.value.total).toBe(0);
    // Only a workspace admin manages members.
    const r = await s.call('PUT', `/archgate/v1/{p}/workspaces/${s.workspaceId}/members/${u.id}`, {
      token: tokens.developer,
      workspace: null,
      body: { role: 'admin' },
    });
    expect(r.status).toBe(403);
  });
});
