import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailbox, type Mailbox } from './helpers/mailbox.js';
import { ENGINES, addUser, batchBody, createObjects, startServer, type TestServer } from './helpers/server.js';

/**
 * A user's email address, where their notifications go, is set by an administrator (UpdateUser) or by the
 * user (UpdateUserInformation), not only at CreateUser: the first administrator, made at the first start,
 * has none until then.
 */

const ALL = { workspace: null } as const;

describe.each(ENGINES)("IAM users' email addresses (%s)", (engine) => {
  let s: TestServer;
  let mail: Mailbox;
  beforeAll(async () => {
    mail = await startMailbox();
    s = await startServer(engine, { ARCHGATE_SMTP_URL: mail.url, ARCHGATE_MAIL_FROM: 'archgate <archgate@example.test>' });
  });
  afterAll(async () => {
    await s.close();
    await mail.close();
  });

  /** One fast batch-publish by `token`'s user, approver `approverId`; answers once it is recorded. */
  const publish = async (token: string, approverId: string, name: string) => {
    const [id] = await createObjects(s, 'TABLE_MODEL', [name]);
    const body = { ...batchBody(s, [id!], 'TABLE_MODEL'), approver_user_id: approverId };
    const r = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { token, body });
    expect(r.body.data.value.operation_status).toBe('SUCCESS');
  };
  const users = async () => (await s.call('GET', '/v3/users', ALL)).body.users as { id: string; email?: string | null }[];

  it('an administrator sets the first administrator its email with UpdateUser; tokens stay valid; the next batch end is mailed there', async () => {
    const r = await s.call('PUT', `/v3.0/OS-USER/users/${s.adminId}`, { ...ALL, body: { user: { email: 'first-admin@example.test' } } });
    expect(r.status).toBe(200);
    expect(r.body.user).toMatchObject({ id: s.adminId, email: 'first-admin@example.test' });
    expect((await users()).find((u) => u.id === s.adminId)?.email).toBe('first-admin@example.test');
    // No password changed: the token that made the change still works.
    await publish(s.token, s.adminId, 'email_admin_1');
    const [m] = await mail.waitFor('first-admin@example.test', 1);
    expect(m!.subject).toMatch(/^\[archgate\] Your PUBLISH batch \d+ ended SUCCESS: 1 succeeded, 0 failed$/);
    const audit = (await s.call('GET', `/archgate/v1/{p}/audit?object_id=${s.adminId}`, ALL)).body.data.value.records;
    expect(audit.map((a: { operation: string }) => a.operation)).toContain('UpdateUser');
  });

  it('a user sets (and clears) their own email with UpdateUserInformation, and no one else’s', async () => {
    const dev = await addUser(s, 'email_dev', 'developer');
    const other = await addUser(s, 'email_other', 'developer');
    const own = await s.call('PUT', `/v3.0/OS-USER/users/${dev.id}/info`, {
      token: dev.token,
      ...ALL,
      body: { user: { email: 'dev@example.test', mobile: '0086-123456789' } },
    });
    expect(own.status).toBe(204);
    expect((await users()).find((u) => u.id === dev.id)?.email).toBe('dev@example.test');
    const theirs = await s.call('PUT', `/v3.0/OS-USER/users/${other.id}/info`, {
      token: dev.token,
      ...ALL,
      body: { user: { email: 'x@example.test' } },
    });
    expect(theirs.status).toBe(403);
    expect(theirs.body.error.code).toBe(403);
    expect((await users()).find((u) => u.id === other.id)?.email ?? null).toBeNull();
    const cleared = await s.call('PUT', `/v3.0/OS-USER/users/${dev.id}/info`, {
      token: dev.token,
      ...ALL,
      body: { user: { email: null } },
    });
    expect(cleared.status).toBe(204);
    expect((await users()).find((u) => u.id === dev.id)?.email ?? null).toBeNull();
  });

  it('takes an empty address as none, at CreateUser and at both updates', async () => {
    const c = await s.call('POST', '/v3.0/OS-USER/users', {
      ...ALL,
      body: { user: { name: 'email_empty', password: 'Empty-pass-4567', email: '' } },
    });
    expect(c.status).toBe(201);
    expect(c.body.user.email ?? null).toBeNull();
    const id: string = c.body.user.id;
    await s.call('PUT', `/v3.0/OS-USER/users/${id}`, { ...ALL, body: { user: { email: 'empty@example.test' } } });
    const cleared = await s.call('PUT', `/v3.0/OS-USER/users/${id}`, { ...ALL, body: { user: { email: '' } } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.user.email).toBeNull();
    expect((await users()).find((u) => u.id === id)?.email ?? null).toBeNull();
  });

  it('refuses an address that is not one, with IAM’s 400, and writes nothing', async () => {
    for (const email of [
      'no-at-sign',
      'a@b@c',
      'two words@example.test',
      'x<y>@example.test',
      'a@example.test,b@example.test',
      'a@example.test;b@example.test',
      `${'a'.repeat(250)}@example.test`,
      42,
    ]) {
      const r = await s.call('PUT', `/v3.0/OS-USER/users/${s.adminId}`, { ...ALL, body: { user: { email } } });
      expect(r.status, String(email)).toBe(400);
      expect(r.body.error).toMatchObject({ code: 400, title: 'Bad Request' });
    }
    expect((await users()).find((u) => u.id === s.adminId)?.email).toBe('first-admin@example.test');
  });

  it('a password and an email set together are one write: a bad password changes neither', async () => {
    const u = await addUser(s, 'email_both', 'developer');
    const bad = await s.call('PUT', `/v3.0/OS-USER/users/${u.id}`, {
      ...ALL,
      body: { user: { password: 'short', email: 'both@example.test' } },
    });
    expect(bad.status).toBe(400);
    expect((await users()).find((x) => x.id === u.id)?.email ?? null).toBeNull();
    const good = await s.call('PUT', `/v3.0/OS-USER/users/${u.id}`, {
      ...ALL,
      body: { user: { password: 'Both-pass-4567', email: 'both@example.test' } },
    });
    expect(good.status).toBe(200);
    expect(good.body.user.email).toBe('both@example.test');
    // The new password revoked the user's token, as before.
    expect((await s.call('GET', '/v2/{p}/design/approvals', { token: u.token })).status).toBe(401);
  });
});
