import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, addUser, startServer, type TestServer } from './helpers/server.js';

/**
 * The revocation epoch (migration 010) moves only when a watched row really changed: a refused write must
 * write nothing, the epoch included (PostgreSQL's statement triggers fire even for a statement that
 * touched no row). The schema fuzz found it through a DELETE of a member who is not one.
 */
describe.each(ENGINES)('the revocation epoch on refusals (%s)', (engine) => {
  let s: TestServer;
  const epoch = async () =>
    Number((await sql<{ epoch: number | string }>`select epoch from revocation_epoch where id = 1`.execute(s.store!.db)).rows[0]!.epoch);

  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(() => s.close());

  it('stays put when a member removal, a key deletion or a user deletion is refused', async () => {
    const before = await epoch();
    const refused = [
      await s.call('DELETE', `/archgate/v1/{p}/workspaces/${s.workspaceId}/members/not-a-member`, { workspace: null }),
      await s.call('DELETE', '/v3.0/OS-CREDENTIAL/credentials/NOSUCHACCESSKEY0000', { workspace: null }),
      await s.call('DELETE', '/v3/users/no-such-user', { workspace: null }),
    ];
    for (const r of refused) expect(r.status, JSON.stringify(r.body)).toBeGreaterThanOrEqual(400);
    expect(await epoch()).toBe(before);
  });

  it('moves once when a member really is removed', async () => {
    const u = await addUser(s, 'epoch_member', 'developer');
    const before = await epoch();
    const r = await s.call('DELETE', `/archgate/v1/{p}/workspaces/${s.workspaceId}/members/${u.id}`, { workspace: null });
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    expect(await epoch()).toBeGreaterThan(before);
  });
});
