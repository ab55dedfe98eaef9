import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, handSign, send } from './helpers/aksk.js';
import { ENGINES, addUser, startServer, type TestServer } from './helpers/server.js';

/**
 * KeystoneListProjects (GET /v3/projects), which the Terraform provider calls with `?name=<region>` to find
 * the project id it puts in every path (its loadUserProjects), signed with the access key it was given.
 */
describe.each(ENGINES)('IAM: GET /v3/projects (%s)', (engine) => {
  let s: TestServer;
  let second: string;
  beforeAll(async () => {
    s = await startServer(engine);
    const r = await s.call('POST', '/archgate/v1/projects', { workspace: null, body: { name: 'cn-north-4' } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    second = r.body.data.value.id;
  });
  afterAll(() => s?.close());

  const list = (query = '', token?: string) => s.call('GET', `/v3/projects${query}`, { token, workspace: null });

  it("lists the domain's projects in IAM's shape, and by name the one the provider asks for", async () => {
    const all = await list();
    expect(all.status).toBe(200);
    expect(all.body.links).toEqual({ self: '/v3/projects', previous: null, next: null });
    expect(all.body.projects.map((p: { id: string }) => p.id).sort()).toEqual([s.projectId, second].sort());
    const domainId = all.body.projects[0].domain_id as string;
    const byName = await list(`?name=cn-north-4&domain_id=${domainId}`);
    expect(byName.body.projects).toEqual([
      {
        id: second,
        name: 'cn-north-4',
        domain_id: domainId,
        parent_id: domainId,
        description: '',
        enabled: true,
        is_domain: false,
        links: { self: `/v3/projects/${second}` },
      },
    ]);
    expect((await list('?name=archgate')).body.projects.map((p: { id: string }) => p.id)).toEqual([s.projectId]);
    for (const q of ['?name=cn-south-1', '?domain_id=another-domain', '?enabled=false', '?is_domain=true', '?parent_id=x']) {
      expect((await list(q)).body.projects, q).toEqual([]);
    }
    expect((await list('?page=2&per_page=1')).body.projects).toHaveLength(1);
    // A malformed query is refused in IAM's error shape, as every error of an IAM path.
    const bad = await list('?per_page=0');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body)).toEqual(['error']);
  });

  it('answers a request signed with an access key, as the provider sends it', async () => {
    const key = await createKey(s);
    const r = await send(s, handSign(s, key, 'GET', '/v3/projects?name=cn-north-4', undefined, { omit: ['workspace', 'x-project-id'] }));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.projects.map((p: { id: string }) => p.id)).toEqual([second]);
  });

  it("is for domain administrators (IAM's 403 to others), and needs a credential (401)", async () => {
    const dev = await addUser(s, 'projects_dev', 'developer');
    const refused = await list('', dev.token);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe(403);
    expect((await list('?is_domain=true', dev.token)).status).toBe(403);
    expect((await s.call('GET', '/v3/projects', { token: null, workspace: null })).status).toBe(401);
  });
});
