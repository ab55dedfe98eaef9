import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/db.js';
import { createKey, dropKey as dropKeyOf, handSign, send, type Key, type Signed } from './helpers/aksk.js';
import { ENGINES, batchBody, createObjects, freshDbUrl, startServer, statusOf, type TestServer } from './helpers/server.js';

const require = createRequire(import.meta.url);
// The official Huawei Cloud SDK core from npm: its client signs exactly as the cloud's SDKs do.
const core = { ...require('@huaweicloud/huaweicloud-sdk-core'), ...require('@huaweicloud/huaweicloud-sdk-core/ClientBuilder') };

function sdkClient(s: TestServer, key: Key, extra?: (c: any) => any) {
  let cred = new core.BasicCredentials().withAk(key.access).withSk(key.secret).withProjectId(s.projectId);
  if (extra) cred = extra(cred);
  return new core.ClientBuilder((c: unknown) => c).withCredential(cred).withEndpoint(s.url).build();
}

/** What a generated DataArts Studio client method does: fill the request options and send them. */
function sdkSend(client: any, s: TestServer, method: string, url: string, opts: { query?: Record<string, unknown>; data?: unknown } = {}) {
  return client.sendRequest({
    method,
    url,
    contentType: 'application/json',
    queryParams: opts.query ?? {},
    pathParams: {},
    headers: { 'Content-Type': 'application/json', workspace: s.workspaceId },
    data: opts.data,
  });
}

describe.each(ENGINES)('AK/SK signatures (%s)', (engine) => {
  let s: TestServer;
  let key: Key;
  beforeAll(async () => {
    // A file-backed SQLite, so that the test can reach the store as a second node would.
    const db = engine === 'sqlite' ? `sqlite:${join(mkdtempSync(join(tmpdir(), 'ag-aksk-')), 'a.db')}` : await freshDbUrl(engine);
    s = await startServer(engine, {}, db);
    key = await createKey(s);
  });
  afterAll(async () => {
    await s.close();
  });

  it('accepts a batch-offline that the official SDK signs and sends', async () => {
    const ids = await createObjects(s, 'TABLE_MODEL', ['sdk_a', 'sdk_b']);
    const client = sdkClient(s, key);
    const path = '/v2/{project_id}/design/approvals/batch-publish';
    const pub = await sdkSend(client, s, 'POST', path, {
      query: { from: 'standard' },
      data: batchBody(s, ids, 'TABLE_MODEL', { fast_approval: true }),
    });
    expect(pub.httpStatusCode).toBe(200);
    const off = await sdkSend(client, s, 'POST', '/v2/{project_id}/design/approvals/batch-offline', {
      data: batchBody(s, ids, 'TABLE_MODEL', { fast_approval: true }),
    });
    expect(off.data.value).toMatchObject({ operation_status: 'SUCCESS', operation_type: 'OFFLINE', total: 2, success: 2 });
    for (const id of ids) expect(await statusOf(s, id)).toBe('OFFLINE');
  });

  it("accepts the SDK's GET with a query, its withdraw PUT with an empty body, and its DELETE", async () => {
    const client = sdkClient(s, key);
    const list = await sdkSend(client, s, 'GET', '/v2/{project_id}/design/approvals', {
      query: { approval_status: 'DEVELOPING', approval_type: 'PUBLISH', limit: 100, offset: 0 },
    });
    expect(list.httpStatusCode).toBe(200);
    const [id] = await createObjects(s, 'CODE_TABLE', ['sdk_withdraw']);
    await sdkSend(client, s, 'POST', '/v2/{project_id}/design/approvals/batch-publish', { data: batchBody(s, [id!], 'CODE_TABLE') });
    const appId = (await s.call('GET', `/v2/{p}/design/approvals?biz_id=${id}`)).body.data.value.records[0].id;
    const withdrawn = await sdkSend(client, s, 'PUT', '/v2/{project_id}/design/approvals', { query: { ids: `${appId}` } });
    expect(withdrawn.data).toEqual({ value: '1' });
    const approvers = await sdkSend(client, s, 'GET', '/v2/{project_id}/design/approvals/users', {
      query: { approver_name: 'admin', limit: 10, offset: 0 },
    });
    expect(approvers.data.value.total).toBe(1);
  });

  it("refuses the SDK with a wrong secret key, with the gateway's 401 body", async () => {
    const client = sdkClient(s, { access: key.access, secret: 'not-the-secret' });
    const err: any = await sdkSend(client, s, 'GET', '/v2/{project_id}/design/approvals').catch((e: unknown) => e);
    expect(err.httpStatusCode).toBe(401);
    expect(err.errorCode).toBe('APIGW.0301');
    expect(err.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(err.errorMsg).toBe('Incorrect IAM authentication information: verify aksk signature fail');
  });

  const base = '/v2/{p}/design/approvals';
  it.each([
    [
      'an encoded query with sorted keys, repeated keys and an empty value',
      `${base}?name=a%20b%2Fc&approval_type=PUBLISH&limit=10&approver=&create_by=x%27y`,
    ],
    ['a query with characters Node leaves unescaped', `${base}?name=it's(ok)*!`],
    ['no query and no body', `${base}`],
    ['a trailing slash is added only in the canonical form', `${base}/users`],
  ])('accepts %s', async (_label, rawPath) => {
    const r = await send(s, handSign(s, key, 'GET', rawPath.replace('{p}', s.projectId), undefined));
    expect(r.status).toBe(200);
  });

  it('verifies a query whose key repeats (an array), before the route refuses it as a string parameter', async () => {
    const r = await send(s, handSign(s, key, 'GET', `/v2/${s.projectId}/design/approvals?from=b&from=a&limit=5`, undefined));
    expect(r.status).toBe(400);
    expect(r.body.error_code).toBe('DLG.0001');
  });

  it("encodes a % already in the path as %25 (the Node.js SDK's form)", async () => {
    const r = await send(
      s,
      handSign(s, key, 'GET', `/v2/${s.projectId}/design/approvals/business/12%2534/diff?biz_type=TABLE_MODEL`, undefined),
    );
    // Authenticated and authorised, then refused by the route's own validation: the signature held.
    expect(r.status).toBe(400);
    expect(r.body.error_code).toMatch(/^DLG\./);
  });

  it('accepts a POST body signed by its bytes, and X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD', async () => {
    const body = JSON.stringify({ objects: [{ biz_type: 'TAG', name_en: 'signed_body' }] });
    const path = `/archgate/v1/${s.projectId}/objects`;
    expect((await send(s, handSign(s, key, 'POST', path, body))).status).toBe(200);
    const unsigned = handSign(s, key, 'POST', path, body.replace('signed_body', 'unsigned'), {
      extra: { 'x-sdk-content-sha256': 'UNSIGNED-PAYLOAD' },
    });
    expect((await send(s, unsigned)).status).toBe(200);
  });

  describe('refuses every tampered or stale request with 401 APIGW.0301', () => {
    const tampered: [string, (k: Key) => Signed][] = [
      [
        'a tampered body',
        (k) => {
          const r = handSign(s, k, 'POST', `/archgate/v1/${s.projectId}/objects`, '{"objects":[{"biz_type":"TAG","name_en":"a"}]}');
          return { ...r, body: r.body!.replace('"a"', '"b"') };
        },
      ],
      [
        'a tampered signed header',
        (k) => {
          const r = handSign(s, k, 'GET', `/v2/${s.projectId}/design/approvals`, undefined);
          return { ...r, headers: { ...r.headers, 'x-project-id': 'ffffffffffffffffffffffffffffffff' } };
        },
      ],
      [
        'a tampered path',
        (k) => {
          const r = handSign(s, k, 'GET', `/v2/${s.projectId}/design/approvals`, undefined);
          return { ...r, path: `${r.path}/users` };
        },
      ],
      [
        'a tampered query',
        (k) => {
          const r = handSign(s, k, 'GET', `/v2/${s.projectId}/design/approvals?limit=10`, undefined);
          return { ...r, path: r.path.replace('10', '11') };
        },
      ],
      [
        'a replay 16 minutes old',
        (k) => handSign(s, k, 'GET', `/v2/${s.projectId}/design/approvals`, undefined, { date: new Date(Date.now() - 16 * 60_000) }),
      ],
      [
        'a date 16 minutes ahead',
        (k) => handSign(s, k, 'GET', `/v2/${s.projectId}/design/approvals`, undefined, { date: new Date(Date.now() + 16 * 60_000) }),
      ],
      [
        'a declared signed header that is missing',
        (k) => {
          const r = handSign(s, k, 'GET', `/v2/${s.projectId}/design/approvals`, undefined, { extra: { 'x-extra': 'signed' } });
          const { 'x-extra': _gone, ...h } = r.headers;
          return { ...r, headers: h };
        },
      ],
      [
        'an unsigned x-sdk-date',
        (k) => handSign(s, k, 'GET', `/v2/${s.projectId}/design/approvals`, undefined, { skipSign: ['x-sdk-date'] }),
      ],
      // The attack: another body under a captured signature, with a hash header that was never signed.
      [
        'another body with an unsigned X-Sdk-Content-Sha256 of the signed body',
        (k) => swapBody(k, createHash('sha256').update(OBJECT_BODY).digest('hex')),
      ],
      ['another body with an unsigned X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD', (k) => swapBody(k, 'UNSIGNED-PAYLOAD')],
      [
        'a signed X-Sdk-Content-Sha256 that is not the hash of the body',
        (k) =>
          handSign(s, k, 'POST', `/archgate/v1/${s.projectId}/objects`, OBJECT_BODY, {
            extra: { 'x-sdk-content-sha256': createHash('sha256').update('{}').digest('hex') },
          }),
      ],
      [
        'an unsigned Idempotency-Key added',
        (k) => {
          const r = handSign(s, k, 'GET', `/v2/${s.projectId}/design/approvals`, undefined);
          return { ...r, headers: { ...r.headers, 'idempotency-key': 'k1' } };
        },
      ],
      [
        'a workspace header left out of the signature',
        (k) => handSign(s, k, 'GET', `/v2/${s.projectId}/design/approvals`, undefined, { skipSign: ['workspace'] }),
      ],
      [
        'a query that does not percent-decode (the router would read it otherwise)',
        (k) => handSign(s, k, 'GET', `/v2/${s.projectId}/design/approvals?name=%ZZ+1`, undefined),
      ],
      [
        'a # in the request target (the router ends the path there)',
        (k) => handSign(s, k, 'GET', `/v2/${s.projectId}/design/approvals#?limit=5`, undefined),
      ],
      [
        'a malformed Authorization header',
        (k) => {
          const r = handSign(s, k, 'GET', `/v2/${s.projectId}/design/approvals`, undefined);
          return { ...r, headers: { ...r.headers, authorization: 'SDK-HMAC-SHA256 Access=x' } };
        },
      ],
    ];
    it.each(tampered)('%s', async (_label, make) => {
      const fresh = await createKeyFresh();
      try {
        const r = await send(s, make(fresh));
        expect(r.status).toBe(401);
        expect(r.body.error_code).toBe('APIGW.0301');
        expect(r.body.request_id).toMatch(/^[0-9a-f]{32}$/);
      } finally {
        await dropKey(fresh);
      }
    });
  });

  const OBJECT_BODY = '{"objects":[{"biz_type":"TAG","name_en":"signed_name"}]}';
  function swapBody(k: Key, declared: string): Signed {
    const r = handSign(s, k, 'POST', `/archgate/v1/${s.projectId}/objects`, OBJECT_BODY);
    return { ...r, body: OBJECT_BODY.replace('signed_name', 'other_name'), headers: { ...r.headers, 'x-sdk-content-sha256': declared } };
  }

  // Each tamper case uses its own key, so that the lockout counter of one does not leak into another.
  async function createKeyFresh(): Promise<Key> {
    return createKey(s);
  }
  async function dropKey(k: Key) {
    await dropKeyOf(s, k);
  }

  it('answers an unknown AK with "ak not exist"', async () => {
    const r = await send(
      s,
      handSign(s, { access: 'UNKNOWNAK00000000000', secret: 'x' }, 'GET', `/v2/${s.projectId}/design/approvals`, undefined),
    );
    expect(r.status).toBe(401);
    expect(r.body.error_msg).toBe(
      'Incorrect IAM authentication information: Get secretKey failed,ak:UNKNOWNAK00000000000,err:ak not exist',
    );
  });

  it('locks an AK for 5 minutes after 5 consecutive failures, even for a good signature', async () => {
    const k = await createKeyFresh();
    try {
      const bad = { access: k.access, secret: 'wrong' };
      for (let i = 0; i < 5; i++) {
        const r = await send(s, handSign(s, bad, 'GET', `/v2/${s.projectId}/design/approvals`, undefined));
        expect(r.body.error_msg).toMatch(/verify aksk signature fail/);
      }
      const locked = await send(s, handSign(s, k, 'GET', `/v2/${s.projectId}/design/approvals`, undefined));
      expect(locked.status).toBe(401);
      expect(locked.body.error_msg).toBe('Incorrect IAM authentication information: AK access failed to reach the limit,forbidden');
      // Five minutes pass (the lock is stored, so every node sees it): the good signature works again.
      const st = await openStore(s.dbUrl);
      await st.db
        .updateTable('aksk_failures')
        .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
        .where('access', '=', k.access)
        .execute();
      await st.close();
      expect((await send(s, handSign(s, k, 'GET', `/v2/${s.projectId}/design/approvals`, undefined))).status).toBe(200);
    } finally {
      await dropKey(k);
    }
  });

  it('accepts a temporary key only with its signed X-Security-Token', async () => {
    const t = await s.call('POST', '/v3.0/OS-CREDENTIAL/securitytokens', {
      workspace: null,
      body: { auth: { identity: { methods: ['token'], token: { duration_seconds: 900 } } } },
    });
    expect(t.status).toBe(201);
    const { access, secret, securitytoken } = t.body.credential;
    const client = sdkClient(s, { access, secret }, (c) => c.withSecurityToken(securitytoken));
    const ok = await sdkSend(client, s, 'GET', '/v2/{project_id}/design/approvals');
    expect(ok.httpStatusCode).toBe(200);
    const without = await send(s, handSign(s, { access, secret }, 'GET', `/v2/${s.projectId}/design/approvals`, undefined));
    expect(without.status).toBe(401);
    const forged = await send(
      s,
      handSign(s, { access, secret }, 'GET', `/v2/${s.projectId}/design/approvals`, undefined, {
        extra: { 'x-security-token': 'gQforged' },
      }),
    );
    expect(forged.status).toBe(401);
  });

  it('keeps no secret key in clear in the store', async () => {
    const k = await createKeyFresh();
    const st = await openStore(s.dbUrl);
    const rows = await st.db.selectFrom('access_keys').selectAll().execute();
    await st.close();
    await dropKey(k);
    const dump = JSON.stringify(rows);
    expect(dump).toContain(k.access);
    expect(dump).not.toContain(k.secret);
    expect(createHash('sha256').update(dump).digest('hex')).toHaveLength(64);
  });
});

describe('secrets at rest', () => {
  it('writes the key file beside a SQLite database with mode 0600', async () => {
    const { statSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'ag-key-'));
    const s = await startServer('sqlite', { ARCHGATE_SECRET_KEY: '' }, `sqlite:${join(dir, 'a.db')}`);
    try {
      expect(statSync(join(dir, 'archgate.key')).mode & 0o777).toBe(0o600);
    } finally {
      await s.close();
    }
  });
});
