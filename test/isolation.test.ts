import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalRequest, stringToSign } from '../src/iam/aksk.js';
import { ENGINES, addUser, batchBody, createObjects, loginAs, type Reply, startServer, type TestServer } from './helpers/server.js';

/**
 * Two tenants (project × workspace) that attack each other. Tenant A is the bootstrap project and
 * workspace with user alice; tenant B is a second project and workspace with user bob. Every attack
 * must end in an error (or an empty list) that carries none of the other tenant's data. docs/SECURITY.md
 * prints this table.
 */
interface World {
  s: TestServer;
  a: {
    project: string;
    ws: string;
    token: string;
    object: string;
    published: string;
    approval: string;
    approver: string;
    tableModel: string;
    model: string;
    alice: string;
  };
  b: { project: string; ws: string; token: string; tokenScopedToA: string; userId: string; ak: string; sk: string };
}

type Attack = [name: string, expected: string, run: (w: World) => Promise<Reply>];

const inB = (w: World, method: string, path: string, body?: unknown) =>
  w.s.call(method, path.replace('{b}', w.b.project), { token: w.b.token, workspace: w.b.ws, body });

const ATTACKS: Attack[] = [
  [
    "B's token on A's project path",
    '403 APIGW.0302',
    (w) => w.s.call('GET', `/v2/${w.a.project}/design/approvals`, { token: w.b.token, workspace: w.a.ws }),
  ],
  [
    "B's token on A's project path, B's workspace",
    '403 APIGW.0302',
    (w) => w.s.call('GET', `/v2/${w.a.project}/design/approvals`, { token: w.b.token, workspace: w.b.ws }),
  ],
  [
    "B scoped to A's project, A's workspace (not a member)",
    '403 DLG.0403',
    (w) => w.s.call('GET', `/v2/${w.a.project}/design/approvals`, { token: w.b.tokenScopedToA, workspace: w.a.ws }),
  ],
  [
    "B's project with A's workspace header",
    '400 DLG.0818',
    (w) => w.s.call('GET', `/v2/${w.b.project}/design/approvals`, { token: w.b.token, workspace: w.a.ws }),
  ],
  [
    "B's AK/SK with X-Project-Id of A (same domain, not a member)",
    '403 DLG.0403',
    (w) => signedGet(w, `/v2/${w.a.project}/design/approvals`, w.a.project, w.a.ws),
  ],
  [
    "batch-publish of A's object in B",
    '400 DLG.3903',
    (w) =>
      inB(
        w,
        'POST',
        '/v2/{b}/design/approvals/batch-publish',
        batchBody(w.s, [w.a.object], 'TABLE_MODEL', { approver_user_id: w.b.userId, fast_approval: true }),
      ),
  ],
  [
    "batch-offline of A's published object in B",
    '400 DLG.3903',
    (w) =>
      inB(
        w,
        'POST',
        '/v2/{b}/design/approvals/batch-offline',
        batchBody(w.s, [w.a.published], 'TABLE_MODEL', { approver_user_id: w.b.userId, fast_approval: true }),
      ),
  ],
  [
    "resolve A's application in B",
    '400 DLG.3902',
    (w) => inB(w, 'PUT', '/v2/{b}/design/approvals/action?action-id=resolve', { ids: [w.a.approval], msg: 'x' }),
  ],
  [
    "reject A's application in B",
    '400 DLG.3902',
    (w) => inB(w, 'PUT', '/v2/{b}/design/approvals/action?action-id=reject', { ids: [w.a.approval], msg: 'x' }),
  ],
  ["withdraw A's application in B", '400 DLG.3902', (w) => inB(w, 'PUT', `/v2/{b}/design/approvals?ids=${w.a.approval}`)],
  ["delete A's approver in B", '400 DLG.3902', (w) => inB(w, 'DELETE', `/v2/{b}/design/approvals/users?approver_ids=${w.a.approver}`)],
  [
    "register A's developer as an approver in B",
    '400 DLG.4003',
    (w) => inB(w, 'POST', '/v2/{b}/design/approvals/users', { approver_name: 'x', user_id: w.a.alice }),
  ],
  ["read A's object in B", '400 DLG.3903', (w) => inB(w, 'GET', `/archgate/v1/{b}/objects/${w.a.object}`)],
  ["edit A's object in B", '400 DLG.3903', (w) => inB(w, 'PUT', `/archgate/v1/{b}/objects/${w.a.object}`, { name_en: 'hijacked' })],
  ["delete A's object in B", '400 DLG.3903', (w) => inB(w, 'DELETE', `/archgate/v1/{b}/objects?ids=${w.a.object}`)],
  [
    "reference A's object from B",
    '400 DLG.3903',
    (w) =>
      inB(w, 'POST', '/archgate/v1/{b}/objects', {
        objects: [{ biz_type: 'TAG', name_en: 't', references: [{ biz_type: 'TABLE_MODEL', biz_id: w.a.object }] }],
      }),
  ],
  [
    "diff of A's object in B",
    '400 DLG.3903',
    (w) => inB(w, 'GET', `/v2/{b}/design/approvals/business/${w.a.published}/diff?biz_type=TABLE_MODEL`),
  ],
  [
    "discard A's pending edit in B",
    '400 DLG.3903',
    (w) => inB(w, 'DELETE', `/v2/{b}/design/approvals/business/${w.a.published}?biz_type=TABLE_MODEL`),
  ],
  ["read A's table model in B", '400 DLG.6019', (w) => inB(w, 'GET', `/v2/{b}/design/table-model/${w.a.tableModel}?latest=true`)],
  [
    "create a table model in A's model from B",
    '400 DLG.6026',
    (w) =>
      inB(w, 'POST', '/v2/{b}/design/table-model', {
        model_id: w.a.model,
        tb_name: 't',
        logic_tb_name: 't',
        description: 'd',
        dw_type: 'DWS',
        attributes: [],
      }),
  ],
  [
    "list A's workspace members from B's project",
    '400 DLG.0818',
    (w) => w.s.call('GET', `/archgate/v1/${w.b.project}/workspaces/${w.a.ws}/members`, { token: w.b.token, workspace: null }),
  ],
  [
    "make oneself admin of A's workspace",
    '403 APIGW.0302',
    (w) =>
      w.s.call('PUT', `/archgate/v1/${w.a.project}/workspaces/${w.a.ws}/members/${w.b.userId}`, {
        token: w.b.token,
        workspace: null,
        body: { role: 'admin' },
      }),
  ],
  ["list approvals in B filtered by A's object", '200, empty', (w) => inB(w, 'GET', `/v2/{b}/design/approvals?biz_id=${w.a.object}`)],
];

async function signedGet(w: World, path: string, xProject: string, ws: string): Promise<Reply> {
  const date = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    host: new URL(w.s.url).host,
    workspace: ws,
    'x-project-id': xProject,
    'x-sdk-date': date,
  };
  const signed = Object.keys(headers).sort();
  const sig = createHmac('sha256', w.b.sk)
    .update(stringToSign(date, canonicalRequest({ method: 'GET', url: path, headers, body: undefined }, signed)))
    .digest('hex');
  const res = await fetch(w.s.url + path, {
    headers: { ...headers, authorization: `SDK-HMAC-SHA256 Access=${w.b.ak}, SignedHeaders=${signed.join(';')}, Signature=${sig}` },
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

describe.each(ENGINES)('tenant isolation (%s)', (engine) => {
  let w: World;
  let before: string;
  const snapshotA = async () =>
    JSON.stringify([
      (await w.s.call('GET', '/archgate/v1/{p}/objects?limit=1000')).body.data.value,
      (await w.s.call('GET', '/v2/{p}/design/approvals?limit=100')).body.data.value,
      (await w.s.call('GET', '/v2/{p}/design/approvals/users')).body.data.value,
    ]);

  beforeAll(async () => {
    const s = await startServer(engine);
    // Tenant A: the bootstrap tenant; alice is its developer.
    const alice = await addUser(s, 'alice', 'developer');
    const [object, published] = await createObjects(s, 'TABLE_MODEL', ['a_secret_draft', 'a_secret_published']);
    await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      body: batchBody(s, [published!], 'TABLE_MODEL', { fast_approval: true }),
    });
    await s.call('PUT', `/archgate/v1/{p}/objects/${published}`, { body: { name_en: 'a_secret_edit' } });
    const [pending] = await createObjects(s, 'TABLE_MODEL', ['a_secret_pending']);
    await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { token: alice.token, body: batchBody(s, [pending!], 'TABLE_MODEL') });
    const approval = (await s.call('GET', `/v2/{p}/design/approvals?biz_id=${pending}`)).body.data.value.records[0].id;
    const approver = (await s.call('GET', '/v2/{p}/design/approvals/users')).body.data.value.records[0].id;
    const model = (await s.call('POST', '/v2/{p}/design/workspaces', { body: { name: 'a_model', type: 'THIRD_NF' } })).body.data.value.id;
    const tableModel = (
      await s.call('POST', '/v2/{p}/design/table-model', {
        body: { model_id: model, tb_name: 'a_tm', logic_tb_name: 'a_tm', description: 'd', dw_type: 'DWS', attributes: [] },
      })
    ).body.data.value.id;

    // Tenant B: a second project and workspace, made by the domain administrator; bob is its admin.
    const projectB = (await s.call('POST', '/archgate/v1/projects', { workspace: null, body: { name: 'tenant-b' } })).body.data.value.id;
    const adminB = await loginAs(s, 'admin', projectB, 'archgate-test-password');
    const wsB = (await s.call('POST', `/archgate/v1/${projectB}/workspaces`, { token: adminB, workspace: null, body: { name: 'b' } })).body
      .data.value.id;
    const bob = await addUser(s, 'bob', 'admin', wsB, projectB, adminB);
    await s.call('POST', `/v2/${projectB}/design/approvals/users`, {
      token: bob.token,
      workspace: wsB,
      body: { approver_name: 'bob', user_id: bob.id },
    });
    const key = (
      await s.call('POST', '/v3.0/OS-CREDENTIAL/credentials', {
        token: bob.token,
        workspace: null,
        body: { credential: { user_id: bob.id } },
      })
    ).body.credential;
    w = {
      s,
      a: {
        project: s.projectId,
        ws: s.workspaceId,
        token: s.token,
        object: object!,
        published: published!,
        approval,
        approver,
        tableModel,
        model,
        alice: alice.id,
      },
      b: {
        project: projectB,
        ws: wsB,
        token: await loginAs(s, 'bob', projectB),
        tokenScopedToA: await loginAs(s, 'bob', s.projectId),
        userId: bob.id,
        ak: key.access,
        sk: key.secret,
      },
    };
    before = await snapshotA();
  });
  afterAll(async () => {
    await w.s.close();
  });

  it("B's own tenant works, so the refusals below are about crossing", async () => {
    const own = await inB(w, 'POST', '/archgate/v1/{b}/objects', { objects: [{ biz_type: 'TAG', name_en: 'b_tag' }] });
    expect(own.status).toBe(200);
    expect((await signedGet(w, `/v2/${w.b.project}/design/approvals`, w.b.project, w.b.ws)).status).toBe(200);
  });

  it.each(ATTACKS)('%s → %s', async (_name, expected, run) => {
    const r = await run(w);
    const text = JSON.stringify(r.body);
    expect(text).not.toMatch(/a_secret|a_model|a_tm/);
    if (expected === '200, empty') {
      expect(r.status).toBe(200);
      expect(r.body.data.value).toEqual({ total: 0, records: [] });
      return;
    }
    const [status, code] = expected.split(' ');
    expect(r.status).toBe(Number(status));
    expect(r.body.error_code).toBe(code);
    expect(r.body.data ?? null).toBeNull();
  });

  it('leaves tenant A exactly as it was', async () => {
    expect(await snapshotA()).toBe(before);
  });
});
