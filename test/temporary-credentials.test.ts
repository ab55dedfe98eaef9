import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalRequest, stringToSign } from '../src/iam/aksk.js';
import { ENGINES, USER_PASSWORD, addUser, startServer, type TestServer } from './helpers/server.js';

/**
 * A temporary credential (a temporary access key with its security token) does not mint credentials
 * that outlive it: no permanent key, no password; and a temporary key asked for by a token or a
 * temporary key expires no later than the credential that asked for it.
 */
interface TempKey {
  access: string;
  secret: string;
  securitytoken: string;
  expires_at: string;
}

const FORBIDDEN = { error: { code: 403, message: 'You are not authorized to perform the requested action.', title: 'Forbidden' } };

/** Sends a request signed with a temporary key, exactly as the SDKs sign one (security token signed). */
function signed(s: TestServer, key: TempKey, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  const d = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    host: new URL(s.url).host,
    'x-sdk-date': d,
    'x-security-token': key.securitytoken,
  };
  const names = Object.keys(headers).sort();
  const canonical = canonicalRequest({ method, url: path, headers, body: text === undefined ? undefined : Buffer.from(text) }, names);
  const signature = createHmac('sha256', key.secret).update(stringToSign(d, canonical)).digest('hex');
  headers.authorization = `SDK-HMAC-SHA256 Access=${key.access}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
  const u = new URL(s.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method, path, headers }, (res) => {
      let out = '';
      res.on('data', (c) => {
        out += c;
      });
      res.on('end', () => resolve({ status: res.statusCode!, body: out ? JSON.parse(out) : undefined }));
    });
    req.on('error', reject);
    req.end(text);
  });
}

const stsBody = (duration: number) => ({ auth: { identity: { methods: ['token'], token: { duration_seconds: duration } } } });

async function tempKeyFromToken(s: TestServer, token: string, duration = 900): Promise<TempKey> {
  const r = await s.call('POST', '/v3.0/OS-CREDENTIAL/securitytokens', { token, workspace: null, body: stsBody(duration) });
  expect(r.status).toBe(201);
  return r.body.credential;
}

describe.each(ENGINES)('temporary credentials (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  it("refuses to change where its user's mail goes (UpdateUserInformation), with IAM's 403", async () => {
    const dev = await addUser(s, 'temp_mail', 'developer');
    const key = await tempKeyFromToken(s, dev.token);
    const r = await signed(s, key, 'PUT', `/v3.0/OS-USER/users/${dev.id}/info`, { user: { email: 'thief@example.test' } });
    expect(r).toEqual({ status: 403, body: FORBIDDEN });
    const users = (await s.call('GET', '/v3/users', { workspace: null })).body.users as { id: string; email?: string | null }[];
    expect(users.find((u) => u.id === dev.id)?.email ?? null).toBeNull();
  });

  it("refuses a permanent key to a temporary key, for its own user or another, with IAM's 403", async () => {
    const key = await tempKeyFromToken(s, s.token);
    const { id } = await addUser(s, 'tmp_other', null);
    for (const user_id of [s.adminId, id]) {
      const r = await signed(s, key, 'POST', '/v3.0/OS-CREDENTIAL/credentials', { credential: { user_id } });
      expect(r.status).toBe(403);
      expect(r.body).toEqual(FORBIDDEN);
    }
    const list = await s.call('GET', `/v3.0/OS-CREDENTIAL/credentials?user_id=${s.adminId}`, { workspace: null });
    expect(list.body.credentials).toEqual([]);
  });

  it("refuses a temporary key to create a user or to set another user's password", async () => {
    const key = await tempKeyFromToken(s, s.token);
    const created = await signed(s, key, 'POST', '/v3.0/OS-USER/users', { user: { name: 'tmp_made', password: USER_PASSWORD } });
    expect(created.status).toBe(403);
    expect(created.body).toEqual(FORBIDDEN);
    const { id } = await addUser(s, 'tmp_victim', null);
    const reset = await signed(s, key, 'PUT', `/v3.0/OS-USER/users/${id}`, { user: { password: 'Taken-over-1' } });
    expect(reset.status).toBe(403);
    expect(reset.body).toEqual(FORBIDDEN);
    // The same requests with the token that minted the key are allowed: the token is not temporary here.
    expect(
      (await s.call('PUT', `/v3.0/OS-USER/users/${id}`, { workspace: null, body: { user: { password: 'Reset-pass-789' } } })).status,
    ).toBe(200);
  });

  it('lets a temporary key still change its own password, proving the original', async () => {
    const { id, token } = await addUser(s, 'tmp_self', null);
    const key = await tempKeyFromToken(s, token);
    const r = await signed(s, key, 'POST', `/v3/users/${id}/password`, {
      user: { original_password: USER_PASSWORD, password: 'Self-change-12' },
    });
    expect(r.status).toBe(204);
  });

  it('ends a temporary key asked for by a temporary key no later than the asking key', async () => {
    const { token } = await addUser(s, 'tmp_chain', null);
    const parent = await tempKeyFromToken(s, token, 900);
    const r = await signed(s, parent, 'POST', '/v3.0/OS-CREDENTIAL/securitytokens', stsBody(86400));
    expect(r.status).toBe(201);
    expect(r.body.credential.expires_at).toBe(parent.expires_at);
  });
});

// Its own server: the clock moves forward a day here, and signatures carry the real time.
describe.each(ENGINES)('temporary keys from an old token (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine, { ARCHGATE_CLOCK: 'test' });
  });
  afterAll(async () => {
    await s.close();
  });

  it('ends a temporary key asked for by a token no later than the token', async () => {
    await addUser(s, 'tmp_cap', null);
    const login = await s.call('POST', '/v3/auth/tokens', {
      token: null,
      workspace: null,
      body: {
        auth: {
          identity: {
            methods: ['password'],
            password: { user: { name: 'tmp_cap', password: USER_PASSWORD, domain: { name: 'archgate' } } },
          },
          scope: { project: { id: s.projectId } },
        },
      },
    });
    const fresh = login.headers.get('x-subject-token')!;
    await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 23 * 3600_000 } });
    const key = await tempKeyFromToken(s, fresh, 86400);
    expect(key.expires_at).toBe(login.body.token.expires_at);
    // A shorter request than the token's remaining life is kept as asked.
    const short = await tempKeyFromToken(s, fresh, 900);
    expect(Date.parse(short.expires_at)).toBeLessThan(Date.parse(login.body.token.expires_at));
  });
});
