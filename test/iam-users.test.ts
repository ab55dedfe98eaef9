import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { readConfig } from '../src/config.js';
import { openStore } from '../src/store/db.js';
import { ENGINES, USER_PASSWORD, addUser, freshDbUrl, loginAs, startServer, type TestServer } from './helpers/server.js';

const fileDb = async (engine: (typeof ENGINES)[number]) =>
  engine === 'sqlite' ? `sqlite:${join(mkdtempSync(join(tmpdir(), 'ag-iam-')), 'a.db')}` : freshDbUrl(engine);

describe.each(ENGINES)('IAM users and access keys (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine, {}, await fileDb(engine));
  });
  afterAll(async () => {
    await s.close();
  });

  it("creates, lists and deletes users, in IAM's shapes; only a domain administrator may", async () => {
    const created = await s.call('POST', '/v3.0/OS-USER/users', {
      workspace: null,
      body: { user: { name: 'alice', password: USER_PASSWORD } },
    });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ name: 'alice', enabled: true, id: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const dup = await s.call('POST', '/v3.0/OS-USER/users', {
      workspace: null,
      body: { user: { name: 'alice', password: USER_PASSWORD } },
    });
    expect(dup.status).toBe(409);
    const weak = await s.call('POST', '/v3.0/OS-USER/users', { workspace: null, body: { user: { name: 'weak', password: 'short' } } });
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({ code: 400, title: 'Bad Request' });
    const list = await s.call('GET', '/v3/users', { workspace: null });
    expect(list.body.users.map((u: { name: string }) => u.name)).toEqual(['admin', 'alice']);
    const aliceToken = await loginAs(s, 'alice');
    const denied = await s.call('POST', '/v3.0/OS-USER/users', {
      token: aliceToken,
      workspace: null,
      body: { user: { name: 'mallory', password: USER_PASSWORD } },
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe(403);
    expect((await s.call('GET', '/v3/users', { token: aliceToken, workspace: null })).status).toBe(403);
    expect((await s.call('DELETE', `/v3/users/${created.body.user.id}`, { workspace: null })).status).toBe(204);
    expect((await s.call('DELETE', `/v3/users/${created.body.user.id}`, { workspace: null })).status).toBe(404);
  });

  it('returns a secret key once, lists keys without it, and allows two per user', async () => {
    const bob = await addUser(s, 'bob', 'developer');
    const mk = () =>
      s.call('POST', '/v3.0/OS-CREDENTIAL/credentials', {
        token: bob.token,
        workspace: null,
        body: { credential: { user_id: bob.id, description: 'ci' } },
      });
    const first = await mk();
    expect(first.status).toBe(201);
    expect(first.body.credential).toMatchObject({
      user_id: bob.id,
      status: 'active',
      description: 'ci',
      access: expect.stringMatching(/^[A-Z0-9]{20}$/),
      secret: expect.stringMatching(/^[A-Za-z0-9]{40}$/),
    });
    expect((await mk()).status).toBe(201);
    const third = await mk();
    expect(third.status).toBe(400);
    expect(third.body.error.message).toBe('akSkNumExceed');
    const list = await s.call('GET', `/v3.0/OS-CREDENTIAL/credentials?user_id=${bob.id}`, { token: bob.token, workspace: null });
    expect(list.body.credentials).toHaveLength(2);
    expect(JSON.stringify(list.body)).not.toContain(first.body.credential.secret);
    // Another user's keys are a domain administrator's business only.
    const carol = await addUser(s, 'carol', 'viewer');
    expect((await s.call('GET', `/v3.0/OS-CREDENTIAL/credentials?user_id=${bob.id}`, { token: carol.token, workspace: null })).status).toBe(
      403,
    );
    expect(
      (await s.call('DELETE', `/v3.0/OS-CREDENTIAL/credentials/${first.body.credential.access}`, { token: carol.token, workspace: null }))
        .status,
    ).toBe(403);
    expect(
      (await s.call('DELETE', `/v3.0/OS-CREDENTIAL/credentials/${first.body.credential.access}`, { token: bob.token, workspace: null }))
        .status,
    ).toBe(204);
    expect(
      (await s.call('GET', `/v3.0/OS-CREDENTIAL/credentials?user_id=${bob.id}`, { token: bob.token, workspace: null })).body.credentials,
    ).toHaveLength(1);
  });

  it("revokes a user's tokens and keys when the password changes, and when the user is deleted", async () => {
    const dan = await addUser(s, 'dan', 'developer');
    const key = await s.call('POST', '/v3.0/OS-CREDENTIAL/credentials', {
      token: dan.token,
      workspace: null,
      body: { credential: { user_id: dan.id } },
    });
    const wrongOriginal = await s.call('POST', `/v3/users/${dan.id}/password`, {
      token: dan.token,
      workspace: null,
      body: { user: { original_password: 'nope-1234', password: 'New-pass-456' } },
    });
    expect(wrongOriginal.status).toBe(400);
    const changed = await s.call('POST', `/v3/users/${dan.id}/password`, {
      token: dan.token,
      workspace: null,
      body: { user: { original_password: USER_PASSWORD, password: 'New-pass-456' } },
    });
    expect(changed.status).toBe(204);
    expect((await s.call('GET', '/v2/{p}/design/approvals', { token: dan.token })).status).toBe(401);
    const st = await openStore(s.dbUrl);
    expect(
      await st.db.selectFrom('access_keys').select('access').where('access', '=', key.body.credential.access).executeTakeFirst(),
    ).toBeUndefined();
    const newToken = await loginAs(s, 'dan', s.projectId, 'New-pass-456');
    expect((await s.call('GET', '/v2/{p}/design/approvals', { token: newToken })).status).toBe(200);
    // An administrator resets it too, with the same effect.
    expect(
      (await s.call('PUT', `/v3.0/OS-USER/users/${dan.id}`, { workspace: null, body: { user: { password: 'Reset-pass-789' } } })).status,
    ).toBe(200);
    expect((await s.call('GET', '/v2/{p}/design/approvals', { token: newToken })).status).toBe(401);
    const last = await loginAs(s, 'dan', s.projectId, 'Reset-pass-789');
    expect((await s.call('DELETE', `/v3/users/${dan.id}`, { workspace: null })).status).toBe(204);
    expect((await s.call('GET', '/v2/{p}/design/approvals', { token: last })).status).toBe(401);
    expect(await st.db.selectFrom('members').select('user_id').where('user_id', '=', dan.id).executeTakeFirst()).toBeUndefined();
    // Nothing in the store holds a password or a token in clear.
    const users = JSON.stringify(await st.db.selectFrom('users').selectAll().execute());
    const tokens = JSON.stringify(await st.db.selectFrom('tokens').selectAll().execute());
    await st.close();
    for (const secret of [USER_PASSWORD, 'New-pass-456', 'Reset-pass-789']) expect(users).not.toContain(secret);
    expect(tokens).not.toContain(s.token);
  });
});

describe('logs', () => {
  it('redact Authorization and X-Auth-Token', async () => {
    let out = '';
    const sink = new Writable({
      write(chunk, _enc, done) {
        out += chunk.toString();
        done();
      },
    });
    const dir = mkdtempSync(join(tmpdir(), 'ag-log-'));
    const config = readConfig({ ARCHGATE_DB: `sqlite:${join(dir, 'a.db')}`, ARCHGATE_LOG_LEVEL: 'info' });
    const store = await openStore(config.db);
    const { app } = await buildApp({ config, store, loggerStream: sink });
    await app.inject({
      method: 'GET',
      url: '/v2/x/design/approvals',
      headers: {
        'x-auth-token': 'MIIsecret-token-value',
        authorization: 'SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=abcdef0123',
      },
    });
    await app.close();
    await store.close();
    expect(out).toContain('"url":"/v2/x/design/approvals"');
    // The headers are logged, with the credentials replaced.
    expect(out).toContain('"x-auth-token":"[Redacted]"');
    expect(out).not.toContain('MIIsecret-token-value');
    expect(out).not.toContain('abcdef0123');
    expect(readFileSync(join(dir, 'archgate.key'), 'utf8').trim()).toHaveLength(44);
  });
});
