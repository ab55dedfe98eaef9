import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../src/domain/errors.js';
import { OPERATIONS } from '../src/iam/permissions.js';
import { ENGINES, addUser, startServer, type TestServer } from './helpers/server.js';

/** ArchgateShowMe: who the caller is and the workspaces they belong to, with role and allowed operations. */
describe.each(ENGINES)('GET /archgate/v1/{p}/me (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  it('answers the admin, the project and the workspace with every operation the admin role allows', async () => {
    const r = await s.call('GET', '/archgate/v1/{p}/me', { workspace: null });
    expect(r.status).toBe(200);
    const me = r.body.data.value;
    expect(me.user).toMatchObject({ id: s.adminId, name: 'admin', domain_name: 'archgate', is_domain_admin: true });
    expect(me.project).toMatchObject({ id: s.projectId, name: 'archgate' });
    expect(me.workspaces).toEqual([
      { id: s.workspaceId, name: 'default', mode: expect.any(String), role: 'admin', operations: Object.keys(OPERATIONS) },
    ]);
  });

  it('lists only the workspaces a user is a member of, with the role of each', async () => {
    const other = await s.call('POST', '/archgate/v1/{p}/workspaces', { workspace: null, body: { name: 'me-second' } });
    expect(other.status).toBe(200);
    const third = await s.call('POST', '/archgate/v1/{p}/workspaces', { workspace: null, body: { name: 'me-third' } });
    expect(third.status).toBe(200);
    const viewer = await addUser(s, 'me_viewer', 'viewer');
    const put = await s.call('PUT', `/archgate/v1/{p}/workspaces/${other.body.data.value.id}/members/${viewer.id}`, {
      workspace: null,
      body: { role: 'developer' },
    });
    expect(put.status).toBe(200);
    const r = await s.call('GET', '/archgate/v1/{p}/me', { token: viewer.token, workspace: null });
    expect(r.status).toBe(200);
    const me = r.body.data.value;
    expect(me.user).toMatchObject({ id: viewer.id, name: 'me_viewer', is_domain_admin: false });
    const byName = Object.fromEntries(me.workspaces.map((w: { name: string }) => [w.name, w]));
    expect(Object.keys(byName).sort()).toEqual(['default', 'me-second']);
    expect(byName.default.role).toBe('viewer');
    expect(byName.default.operations).not.toContain('confirmApprovals');
    expect(byName.default.operations).toContain('searchApprovals');
    expect(byName['me-second'].role).toBe('developer');
    expect(byName['me-second'].operations).toContain('confirmApprovals');
    expect(byName['me-second'].operations).not.toContain('createApprover');
  });

  it('refuses a project the credential is not scoped to, and a call without credential', async () => {
    const r = await s.call('GET', '/archgate/v1/0123456789abcdef0123456789abcdef/me', { workspace: null });
    expect(r.status).toBe(403);
    expect(r.body.error_code).toBe(ERRORS.PROJECT_NOT_SCOPED.code);
    const anon = await s.call('GET', '/archgate/v1/{p}/me', { token: null, workspace: null });
    expect(anon.status).toBe(401);
  });
});
