import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, ENGINES, addUser, loginAs, startServer, type TestServer } from './helpers/server.js';

/**
 * Issue 13 (choose a project): ArchgateShowMe lists the projects of the caller's domain they can work in,
 * so that the console can offer them: those where they belong to a workspace, every one for a domain
 * administrator, and always the one the credential is scoped to.
 */
describe.each(ENGINES)('the projects in GET /archgate/v1/{p}/me (%s)', (engine) => {
  let s: TestServer;
  let second: string;
  let third: string;
  let member: { id: string; token: string };
  let solo: { id: string; token: string };

  const projectsOf = async (token: string, projectId = s.projectId) => {
    const r = await s.call('GET', `/archgate/v1/${projectId}/me`, { token, workspace: null });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.data.value as { project: { id: string; name: string }; projects: { id: string; name: string }[] };
  };

  beforeAll(async () => {
    s = await startServer(engine);
    const create = async (name: string) => {
      const r = await s.call('POST', '/archgate/v1/projects', { workspace: null, body: { name } });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body.data.value.id as string;
    };
    second = await create('mp_second');
    third = await create('mp_third');
    // A workspace in the second project, made by the admin signed in to it.
    const adminThere = await loginAs(s, 'admin', second, ADMIN_PASSWORD);
    const ws = await s.call('POST', `/archgate/v1/${second}/workspaces`, { token: adminThere, workspace: null, body: { name: 'mp_ws' } });
    expect(ws.status, JSON.stringify(ws.body)).toBe(200);
    member = await addUser(s, 'mp_member', 'developer');
    const put = await s.call('PUT', `/archgate/v1/${second}/workspaces/${ws.body.data.value.id}/members/${member.id}`, {
      token: adminThere,
      workspace: null,
      body: { role: 'viewer' },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    solo = await addUser(s, 'mp_solo', 'developer');
  });
  afterAll(async () => {
    await s.close();
  });

  it('lists the projects where the user belongs to a workspace, in creation order, and not the others', async () => {
    const me = await projectsOf(member.token);
    expect(me.projects).toEqual([
      { id: s.projectId, name: 'archgate' },
      { id: second, name: 'mp_second' },
    ]);
    expect((await projectsOf(solo.token)).projects).toEqual([{ id: s.projectId, name: 'archgate' }]);
  });

  it('answers the same list from a token scoped to the other project', async () => {
    const there = await loginAs(s, 'mp_member', second);
    const me = await projectsOf(there, second);
    expect(me.project).toEqual({ id: second, name: 'mp_second' });
    expect(me.projects.map((p) => p.id)).toEqual([s.projectId, second]);
  });

  it("lists every project of the domain for its administrator, and the token's own project for a non-member", async () => {
    expect((await projectsOf(s.token)).projects.map((p) => p.name)).toEqual(['archgate', 'mp_second', 'mp_third']);
    // mp_solo belongs to no workspace of the third project, yet may sign in to it: that one is listed.
    const inThird = await loginAs(s, 'mp_solo', third);
    expect((await projectsOf(inThird, third)).projects).toEqual([
      { id: third, name: 'mp_third' },
      { id: s.projectId, name: 'archgate' },
    ]);
  });
});
