import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.js';
import { ENGINES, USER_PASSWORD, addUser, startServer, type Reply, type TestServer } from './helpers/server.js';

/**
 * Password guessing is bounded as the cloud's "Account Lockout" setting bounds it: 5 failures of one
 * user within 15 minutes lock it for 15 minutes, with IAM's "The account is locked.". One client
 * address is bounded too, across users. The counts live in the store and are taken before the
 * password is verified, so that parallel guesses get no more verifications than the threshold.
 */
const PARALLEL = 20;
const WRONG = { error: { code: 401, message: 'The username or password is wrong.', title: 'Unauthorized' } };
const LOCKED = { error: { code: 401, message: 'The account is locked.', title: 'Unauthorized' } };
// IAM routes answer every error in IAM's shape; the words are the gateway's for its IP throttling policy.
const sourceLocked = (limit: number) => ({
  error: {
    code: 429,
    message: `The throttling threshold has been reached: policy ip over ratelimit,limit:${limit},time:15 minute`,
    title: 'Too Many Requests',
  },
});

const login = (s: TestServer, name: string, password: string) =>
  s.call('POST', '/v3/auth/tokens', {
    token: null,
    workspace: null,
    body: {
      auth: {
        identity: { methods: ['password'], password: { user: { name, password, domain: { name: 'archgate' } } } },
        scope: { project: { id: s.projectId } },
      },
    },
  });
const wrongly = (s: TestServer, name: string, n: number) =>
  Promise.all(Array.from({ length: n }, (_, i) => login(s, name, `Wrong-guess-${i}`)));
const count = (replies: Reply[], body: unknown) => replies.filter((r) => JSON.stringify(r.body) === JSON.stringify(body)).length;

describe.each(ENGINES)('password lockout (%s)', (engine) => {
  let s: TestServer;
  // The address limit is tested on its own below; here every guess comes from one address.
  beforeAll(async () => {
    s = await startServer(engine, { ARCHGATE_CLOCK: 'test', ARCHGATE_LOGIN_SOURCE_MAX_FAILURES: '0' });
  });
  afterAll(async () => {
    await s.close();
  });

  it('locks a user after parallel wrong passwords, having verified no more of them than the threshold', async () => {
    await addUser(s, 'lock_par', null);
    const replies = await wrongly(s, 'lock_par', PARALLEL);
    // Only a verified password can be answered "wrong"; every other guess met the lock unverified.
    expect(count(replies, WRONG)).toBeLessThanOrEqual(5);
    expect(count(replies, WRONG) + count(replies, LOCKED)).toBe(PARALLEL);
    expect(replies.every((r) => r.status === 401)).toBe(true);
    const right = await login(s, 'lock_par', USER_PASSWORD);
    expect(right.status).toBe(401);
    expect(right.body).toEqual(LOCKED);
    // Other users are not locked out by it.
    expect((await login(s, 'admin', 'archgate-test-password')).status).toBe(201);
  });

  it('answers "wrong" for the first four failures and locks at the fifth', async () => {
    await addUser(s, 'lock_seq', null);
    for (let i = 0; i < 5; i++) expect((await login(s, 'lock_seq', 'Wrong-pass-1')).body).toEqual(WRONG);
    expect((await login(s, 'lock_seq', 'Wrong-pass-1')).body).toEqual(LOCKED);
    expect((await login(s, 'lock_seq', USER_PASSWORD)).body).toEqual(LOCKED);
  });

  it("resets a user's count on a successful login", async () => {
    await addUser(s, 'lock_reset', null);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) expect((await login(s, 'lock_reset', 'Wrong-pass-1')).body).toEqual(WRONG);
      expect((await login(s, 'lock_reset', USER_PASSWORD)).status).toBe(201);
    }
  });

  it('counts a wrong original password of a password change as a failure', async () => {
    const { id, token } = await addUser(s, 'lock_change', null);
    for (let i = 0; i < 5; i++) {
      const r = await s.call('POST', `/v3/users/${id}/password`, {
        token,
        workspace: null,
        body: { user: { original_password: 'Wrong-pass-1', password: 'New-pass-456' } },
      });
      expect(r.status).toBe(400);
    }
    const locked = await s.call('POST', `/v3/users/${id}/password`, {
      token,
      workspace: null,
      body: { user: { original_password: USER_PASSWORD, password: 'New-pass-456' } },
    });
    expect(locked.body).toEqual(LOCKED);
    expect((await login(s, 'lock_change', USER_PASSWORD)).body).toEqual(LOCKED);
  });

  it('lets a locked user in again once the lockout duration has passed', async () => {
    await addUser(s, 'lock_time', null);
    await wrongly(s, 'lock_time', 5);
    expect((await login(s, 'lock_time', USER_PASSWORD)).body).toEqual(LOCKED);
    await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 14 * 60_000 } });
    expect((await login(s, 'lock_time', USER_PASSWORD)).body).toEqual(LOCKED);
    await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 60_000 } });
    expect((await login(s, 'lock_time', USER_PASSWORD)).status).toBe(201);
  });
});

describe.each(ENGINES)('password lockout per client address (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine, { ARCHGATE_LOGIN_SOURCE_MAX_FAILURES: '8' });
  });
  afterAll(async () => {
    await s.close();
  });

  it('locks an address that guesses across users, having verified no more guesses than its threshold', async () => {
    const names = ['src_a', 'src_b', 'src_c', 'src_d'];
    for (const n of names) await addUser(s, n, null);
    await addUser(s, 'src_innocent', null);
    const replies = (await Promise.all(names.map((n) => wrongly(s, n, 5)))).flat();
    expect(count(replies, WRONG)).toBeLessThanOrEqual(8);
    const blocked = replies.filter((r) => r.status === 429);
    expect(blocked.length).toBeGreaterThan(0);
    for (const r of blocked) expect(r.body).toEqual(sourceLocked(8));
    // Even a right password of a user nobody guessed at is not verified from that address now.
    const right = await login(s, 'src_innocent', USER_PASSWORD);
    expect(right.body).toEqual(sourceLocked(8));
    // It says when to come back: within the 15 minutes of the lock.
    const retryAfter = Number(right.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Credentials issued before keep working: the lock is on verifying passwords, not on the caller.
    expect((await s.call('GET', '/v3/users', { workspace: null })).status).toBe(200);
  });

  it('answers "wrong" for an unknown user name, and counts it against the address', async () => {
    const other = await startServer(engine, { ARCHGATE_LOGIN_SOURCE_MAX_FAILURES: '3' });
    try {
      for (let i = 0; i < 3; i++) expect((await login(other, 'nobody_here', 'Wrong-pass-1')).body).toEqual(WRONG);
      expect((await login(other, 'nobody_here', 'Wrong-pass-1')).body).toEqual(sourceLocked(3));
    } finally {
      await other.close();
    }
  });
});

describe('lockout settings', () => {
  it("default to the cloud's: 5 failures within 15 minutes lock for 15 minutes; 20 failures per address", () => {
    const c = readConfig({});
    expect([c.loginMaxFailures, c.loginFailureWindowMin, c.loginLockoutMin, c.loginSourceMaxFailures]).toEqual([5, 15, 15, 20]);
  });

  it('refuse what is not a whole number', () => {
    expect(() => readConfig({ ARCHGATE_LOGIN_MAX_FAILURES: '-1' })).toThrow(ConfigError);
    expect(() => readConfig({ ARCHGATE_LOGIN_LOCKOUT_MIN: '0' })).toThrow(ConfigError);
    expect(() => readConfig({ ARCHGATE_LOGIN_FAILURE_WINDOW_MIN: 'x' })).toThrow(ConfigError);
  });
});
