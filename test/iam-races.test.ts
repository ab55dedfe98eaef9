import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/db.js';
import { ENGINES, USER_PASSWORD, addUser, freshDbUrl, startServer, type TestServer } from './helpers/server.js';

/**
 * IAM writes raced by many clients at once. Each must end as the same requests would sequentially:
 * the database, not the luck of the interleaving, enforces the rule (PostgreSQL runs them truly in
 * parallel under READ COMMITTED; SQLite serialises writers).
 */
const PARALLEL = 20;

const tokenBody = (s: TestServer, name: string, password: string) => ({
  auth: {
    identity: { methods: ['password'], password: { user: { name, password, domain: { name: 'archgate' } } } },
    scope: { project: { id: s.projectId } },
  },
});

describe.each(ENGINES)('IAM races (%s)', (engine) => {
  let s: TestServer;
  // Password guessing is not what these tests are about: the lockout stays out of the way.
  beforeAll(async () => {
    // A file-backed SQLite, so that the test can read the store as a second node would.
    const db = engine === 'sqlite' ? `sqlite:${join(mkdtempSync(join(tmpdir(), 'ag-iam-races-')), 'a.db')}` : await freshDbUrl(engine);
    s = await startServer(engine, { ARCHGATE_LOGIN_MAX_FAILURES: '0', ARCHGATE_LOGIN_SOURCE_MAX_FAILURES: '0' }, db);
  });
  afterAll(async () => {
    await s.close();
  });

  it('leaves no token verified with the old password valid once a password reset has answered', async () => {
    const { id } = await addUser(s, 'race_reset', null);
    const login = () =>
      s.call('POST', '/v3/auth/tokens', { token: null, workspace: null, body: tokenBody(s, 'race_reset', USER_PASSWORD) });
    const before = Array.from({ length: PARALLEL }, login);
    const reset = s.call('PUT', `/v3.0/OS-USER/users/${id}`, { workspace: null, body: { user: { password: 'Reset-pass-789' } } });
    const after = Array.from({ length: PARALLEL }, login);
    expect((await reset).status).toBe(200);
    const logins = await Promise.all([...before, ...after]);
    for (const r of logins) expect([201, 401]).toContain(r.status);
    const tokens = logins.filter((r) => r.status === 201).map((r) => r.headers.get('x-subject-token')!);
    const uses = await Promise.all(tokens.map((token) => s.call('GET', '/v3.0/OS-CREDENTIAL/credentials', { token, workspace: null })));
    expect(uses.map((u) => u.status)).toEqual(tokens.map(() => 401));
    const fresh = await s.call('POST', '/v3/auth/tokens', {
      token: null,
      workspace: null,
      body: tokenBody(s, 'race_reset', 'Reset-pass-789'),
    });
    expect(fresh.status).toBe(201);
  });

  it('creates exactly two permanent keys for one user when many ask at once; the rest get IAM.0011', async () => {
    const { id, token } = await addUser(s, 'race_keys', null);
    const create = () =>
      s.call('POST', '/v3.0/OS-CREDENTIAL/credentials', { token, workspace: null, body: { credential: { user_id: id } } });
    const replies = await Promise.all(Array.from({ length: PARALLEL }, create));
    const sequential = await create();
    expect(sequential.status).toBe(400);
    expect(replies.filter((r) => r.status === 201)).toHaveLength(2);
    for (const r of replies.filter((x) => x.status !== 201)) {
      expect(r.status).toBe(400);
      expect(r.body).toEqual(sequential.body);
    }
    const list = await s.call('GET', `/v3.0/OS-CREDENTIAL/credentials?user_id=${id}`, { token, workspace: null });
    expect(list.body.credentials).toHaveLength(2);
  });

  it("creates one user of a name when many ask at once; the rest get the sequential duplicate's 409", async () => {
    const create = () =>
      s.call('POST', '/v3.0/OS-USER/users', { workspace: null, body: { user: { name: 'race_same', password: USER_PASSWORD } } });
    const replies = await Promise.all(Array.from({ length: PARALLEL }, create));
    const sequential = await create();
    expect(sequential.status).toBe(409);
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of replies.filter((x) => x.status !== 201)) {
      expect(r.status).toBe(409);
      expect(r.body).toEqual(sequential.body);
    }
    const list = await s.call('GET', '/v3/users?name=race_same', { workspace: null });
    expect(list.body.users).toHaveLength(1);
  });

  it("revokes a temporary key minted from a token while that token's password was being reset", async () => {
    const { id, token } = await addUser(s, 'race_sts', null);
    const mint = () =>
      s.call('POST', '/v3.0/OS-CREDENTIAL/securitytokens', {
        token,
        workspace: null,
        body: { auth: { identity: { methods: ['token'], token: { duration_seconds: 900 } } } },
      });
    // Minting is quick next to the reset's password hashing: keep minting until the reset has answered.
    let answered = false;
    const reset = s
      .call('PUT', `/v3.0/OS-USER/users/${id}`, { workspace: null, body: { user: { password: 'Reset-pass-789' } } })
      .finally(() => {
        answered = true;
      });
    const minted = [];
    while (!answered) minted.push(...(await Promise.all(Array.from({ length: PARALLEL }, mint))));
    minted.push(...(await Promise.all(Array.from({ length: PARALLEL }, mint))));
    expect((await reset).status).toBe(200);
    for (const r of minted) expect([201, 401]).toContain(r.status);
    // Every key minted from the revoked token is gone: none is left in the user's store of keys.
    const st = await openStore(s.dbUrl);
    try {
      const left = await st.db.selectFrom('access_keys').select('access').where('user_id', '=', id).execute();
      expect(left).toEqual([]);
    } finally {
      await st.close();
    }
  });
});
