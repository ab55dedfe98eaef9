import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMITS, DEFAULT_BODY_LIMIT } from '../src/api/body-limits.js';
import { createKey, dropKey, handSign } from './helpers/aksk.js';
import { ENGINES, startServer, type TestServer } from './helpers/server.js';

const MiB = 1024 * 1024;
const BIG = 60 * MiB;

interface Streamed {
  status: number;
  body: any;
  sent: number;
}

/**
 * Streams a body of `total` bytes in 1 MiB chunks, as fast as the server takes them, and stops at the
 * response. `sent` is how much had gone out when the answer came: less than `total` proves that the
 * server answered without reading the whole body.
 */
function stream(
  s: TestServer,
  path: string,
  headers: Record<string, string>,
  total: number,
  framing: 'length' | 'chunked',
): Promise<Streamed> {
  const u = new URL(s.url);
  const framed = framing === 'length' ? { ...headers, 'content-length': String(total) } : { ...headers, 'transfer-encoding': 'chunked' };
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request({ host: u.hostname, port: u.port, method: 'POST', path, headers: framed });
    req.on('response', (res) => {
      answered = true;
      const at = sent;
      let text = '';
      res.on('data', (c) => {
        text += c;
      });
      res.on('end', () => {
        resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined, sent: at });
        req.destroy();
      });
    });
    // The server may close the connection after answering; only an error before the answer counts.
    req.on('error', (e) => {
      if (!answered) reject(e);
    });
    const chunk = Buffer.alloc(MiB, 0x20);
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe.each(ENGINES)('authentication before the body (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  const objects = () => `/archgate/v1/${s.projectId}/objects`;

  it.each(['length', 'chunked'] as const)('answers an anonymous 60 MB body (%s framing) with 401 before reading it', async (framing) => {
    const r = await stream(s, objects(), { 'content-type': 'application/json', workspace: s.workspaceId }, BIG, framing);
    expect(r.status).toBe(401);
    expect(r.body.error_code).toBe('APIGW.0301');
    expect(r.sent).toBeLessThan(BIG);
  });

  it('answers a 60 MB body under a wrong token with 401 before reading it', async () => {
    const r = await stream(
      s,
      objects(),
      { 'content-type': 'application/json', workspace: s.workspaceId, 'x-auth-token': 'not-a-token' },
      BIG,
      'length',
    );
    expect(r.status).toBe(401);
    expect(r.sent).toBeLessThan(BIG);
  });

  it.each([
    ['an unknown access key', { access: 'UNKNOWNAK00000000000', secret: 'x' }, {}],
    ['a date 16 minutes old', null, { date: new Date(Date.now() - 16 * 60_000) }],
  ] as const)('answers a 60 MB AK/SK body signed with %s with 401 before reading it', async (_label, unknown, opts) => {
    const key = unknown ?? (await createKey(s));
    try {
      const { headers } = handSign(s, key, 'POST', objects(), undefined, opts);
      const r = await stream(s, objects(), headers, BIG, 'length');
      expect(r.status).toBe(401);
      expect(r.body.error_code).toBe('APIGW.0301');
      expect(r.sent).toBeLessThan(BIG);
    } finally {
      if (!unknown) await dropKey(s, key);
    }
  });

  it('refuses a 60 MB body to the public token route as too large, before reading it', async () => {
    const r = await stream(s, '/v3/auth/tokens', { 'content-type': 'application/json' }, BIG, 'length');
    expect(r.status).toBe(413);
    expect(r.sent).toBeLessThan(BIG);
  });

  it.each([
    ['a token', 'length'],
    ['a token', 'chunked'],
    ['an AK/SK signature', 'length'],
    ['an AK/SK signature', 'chunked'],
  ] as const)("refuses an authenticated body over its route's limit with 413, not a 5xx (%s, %s framing)", async (auth, framing) => {
    // Creating an approver takes one small object: the default limit applies.
    const path = `/v2/${s.projectId}/design/approvals/users`;
    const key = auth === 'a token' ? null : await createKey(s);
    try {
      const headers = key
        ? handSign(s, key, 'POST', path, undefined).headers
        : { 'content-type': 'application/json', workspace: s.workspaceId, 'x-auth-token': s.token };
      const r = await stream(s, path, headers, DEFAULT_BODY_LIMIT + MiB, framing);
      expect(r.status).toBe(413);
    } finally {
      if (key) await dropKey(s, key);
    }
  });

  it("takes a 10,000-item batch, indented and with the longest values, within its route's limit", async () => {
    const body = JSON.stringify(
      {
        biz_infos: Array.from({ length: 10_000 }, (_, i) => ({
          biz_id: String(9_000_000_000_000_000_000n + BigInt(i)),
          biz_type: 'AGGREGATION_LOGIC_TABLE',
          env_type: 'DEV',
        })),
        approver_user_id: s.adminId,
        approver_user_name: 'admin',
        fast_approval: true,
      },
      null,
      2,
    );
    expect(Buffer.byteLength(body)).toBeLessThan(BODY_LIMITS['POST /v2/:project_id/design/approvals/batch-publish']!);
    const r = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      raw: body,
      headers: { 'content-type': 'application/json' },
    });
    // The ids do not exist: the use case answers, not the body limit.
    expect(r.status).not.toBe(413);
    expect(r.status).toBeLessThan(500);
  });
});
