import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenHash } from '../src/iam/tokens.js';
import { openStore } from '../src/store/db.js';
import { ADMIN_PASSWORD, ENGINES, freshDbUrl, startServer, type TestServer } from './helpers/server.js';

const login = (s: TestServer, scope: Record<string, string>, password = ADMIN_PASSWORD) =>
  s.call('POST', '/v3/auth/tokens', {
    token: null,
    workspace: null,
    body: {
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'admin', password, domain: { name: 'archgate' } } } },
        scope: { project: scope },
      },
    },
  });

describe.each(ENGINES)('IAM tokens and the gateway checks (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    // A file-backed SQLite, so that a second connection can age a token as a clock would.
    const db = engine === 'sqlite' ? `sqlite:${join(mkdtempSync(join(tmpdir(), 'ag-auth-')), 'a.db')}` : await freshDbUrl(engine);
    s = await startServer(engine, {}, db);
  });
  afterAll(async () => {
    await s.close();
  });

  it('issues a 24-hour token scoped by project id, in the IAM shape', async () => {
    const r = await login(s, { id: s.projectId });
    expect(r.status).toBe(201);
    expect(r.headers.get('x-subject-token')).toMatch(/^MII/);
    const t = r.body.token;
    expect(t.methods).toEqual(['password']);
    expect(t.expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(Date.parse(t.expires_at) - Date.parse(t.issued_at)).toBe(24 * 3600 * 1000);
    expect(t.project).toEqual({
      id: s.projectId,
      name: 'archgate',
      domain: { id: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'archgate' },
    });
    expect(t.user).toMatchObject({ id: s.adminId, name: 'admin', domain: { name: 'archgate' } });
    expect(t.roles.length).toBeGreaterThan(0);
  });

  it('scopes by project name too', async () => {
    const r = await login(s, { name: 'archgate' });
    expect(r.status).toBe(201);
    expect(r.body.token.project.id).toBe(s.projectId);
  });

  it("refuses a wrong password with IAM's 401 body and an unknown project with 400", async () => {
    const bad = await login(s, { id: s.projectId }, 'wrong');
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual({ error: { code: 401, message: 'The username or password is wrong.', title: 'Unauthorized' } });
    expect(bad.headers.get('x-subject-token')).toBeNull();
    const noProject = await login(s, { name: 'nope' });
    expect(noProject.status).toBe(400);
  });

  const gatewayError = (body: any, msg: RegExp) => {
    expect(body.error_code).toBe('APIGW.0301');
    expect(body.error_msg).toMatch(msg);
    expect(body.request_id).toMatch(/^[0-9a-f]{32}$/);
  };

  it('answers 401 without a token, with a bad one and with an expired one', async () => {
    const none = await s.call('GET', '/v2/{p}/design/approvals', { token: null });
    expect(none.status).toBe(401);
    gatewayError(none.body, /x-auth-token not found/);
    const bad = await s.call('GET', '/v2/{p}/design/approvals', { token: 'MIIbogus' });
    expect(bad.status).toBe(401);
    gatewayError(bad.body, /decrypt token fail/);

    const fresh = (await login(s, { id: s.projectId })).headers.get('x-subject-token')!;
    expect((await s.call('GET', '/v2/{p}/design/approvals', { token: fresh })).status).toBe(200);
    const store = await openStore(s.dbUrl);
    await store.db
      .updateTable('tokens')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('token_hash', '=', tokenHash(fresh))
      .execute();
    await store.close();
    // A write straight into the store is another writer's change: the node holds the token in memory and
    // promises to see such a change within 1 s (the revocation epoch), not at once.
    // A request sent 1 s after the write must be refused, however slow the machine.
    const deadline = performance.now() + 1000;
    let sentAt = performance.now();
    let expired = await s.call('GET', '/v2/{p}/design/approvals', { token: fresh });
    while (expired.status === 200 && sentAt < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      sentAt = performance.now();
      expired = await s.call('GET', '/v2/{p}/design/approvals', { token: fresh });
    }
    expect(expired.status).toBe(401);
    gatewayError(expired.body, /token expires, expires_at: 2000-01-01T00:00:00\.000000Z/);
  });

  it('answers 403 for a path project the token is not scoped to, and 400 DLG.0818 for an unknown or missing workspace', async () => {
    const s2 = await login(s, { id: s.projectId });
    const token = s2.headers.get('x-subject-token')!;
    const other = await s.call('GET', '/v2/0123456789abcdef0123456789abcdef/design/approvals', { token });
    expect(other.status).toBe(403);
    expect(other.body.error_code).toBe('APIGW.0302');
    for (const workspace of ['ffffffffffffffffffffffffffffffff', null]) {
      const r = await s.call('GET', '/v2/{p}/design/approvals', { token, workspace });
      expect(r.status).toBe(400);
      expect(r.body.error_code).toBe('DLG.0818');
      expect(r.body.errors[0].error_code).toBe('DLG.0818');
      expect(r.body.data).toBeNull();
    }
  });

  it('answers 404 APIGW.0101 for an unknown route and serves the OpenAPI document', async () => {
    const r = await s.call('GET', '/v2/{p}/design/nothing-here');
    expect(r.status).toBe(404);
    expect(r.body.error_code).toBe('APIGW.0101');
    const doc = await s.call('GET', '/docs/json', { token: null, workspace: null });
    const ops = Object.values(doc.body.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((p) =>
      Object.values(p).map((o) => o.operationId),
    );
    for (const op of [
      'SearchApprovals',
      'RollbackApproval',
      'ConfirmApprovals',
      'BatchPublish',
      'BatchOffline',
      'CreateApprover',
      'ListApprovers',
      'DeleteApprover',
      'DeleteDesignLatestApproval',
      'SearchDesignLatestApprovalDiff',
    ]) {
      expect(ops).toContain(op);
    }
    expect(Object.keys(doc.body.paths).filter((p) => p.startsWith('/archgate/v1/')).length).toBeGreaterThan(0);
  });

  it('returns the request id in X-Request-Id on errors and successes', async () => {
    const r = await s.call('GET', '/v2/{p}/design/approvals', { workspace: 'x' });
    expect(r.headers.get('x-request-id')).toBe(r.body.errors[0].request_id);
  });
});
