import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../src/domain/errors.js';
import { addUser, ENGINES, startServer, type Reply, type TestServer } from './helpers/server.js';
import { rawHttp } from './helpers/raw-http.js';

/**
 * Every error on every route comes in the shape documented for that route (issue 9): IAM routes in IAM's
 * `{"error":{code,message,title}}`, DataArts and extension routes in the DataArts shape (or the gateway's
 * for APIGW.* codes), whatever raised it: the operation, the schema, Fastify or Node.
 */
// Every status the error table holds can be answered, so every operation declares each of them.
const STATUSES = [...new Set(Object.values(ERRORS).map((e) => String(e.status)))];
const IAM_PATH = /^\/v3(\.0)?\/(auth|users|projects|OS-)/;

function expectIam(r: { status: number; body: any }, status: number) {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  expect(Object.keys(r.body)).toEqual(['error']);
  expect(Object.keys(r.body.error).sort()).toEqual(['code', 'message', 'title']);
  expect(r.body.error.code).toBe(status);
  expect(r.body.error.message.length).toBeGreaterThan(0);
  expect(r.body.error.title.length).toBeGreaterThan(0);
}

function expectDlg(r: { status: number; body: any }, status: number, code?: string) {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  expect(Object.keys(r.body).sort()).toEqual(['data', 'error_code', 'error_msg', 'errors']);
  if (code) expect(r.body.error_code).toBe(code);
  expect(r.body.data).toBeNull();
  expect(r.body.errors).toEqual([
    { error_code: r.body.error_code, error_msg: r.body.error_msg, request_id: expect.stringMatching(/^[0-9a-f]{32}$/) },
  ]);
}

function expectGateway(r: { status: number; body: any }, status: number, code: string) {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  expect(Object.keys(r.body).sort()).toEqual(['error_code', 'error_msg', 'request_id']);
  expect(r.body.error_code).toBe(code);
  expect(r.body.request_id).toMatch(/^[0-9a-f]{32}$/);
}

const tokenBody = (name: unknown, password: unknown = 'x') => ({
  auth: {
    identity: { methods: ['password'], password: { user: { name, password, domain: { name: 'archgate' } } } },
    scope: { project: { name: 'archgate' } },
  },
});

describe.each(ENGINES)('error shapes (%s)', (engine) => {
  let s: TestServer;
  let host: string;
  beforeAll(async () => {
    s = await startServer(engine);
    host = new URL(s.url).host;
  });
  afterAll(async () => {
    await s.close();
  });

  it("declares, on every operation of the OpenAPI document, each error status with its family's schema", async () => {
    const doc = (await s.call('GET', '/docs/json', { token: null, workspace: null })).body;
    let operations = 0;
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const [method, op] of Object.entries(ops)) {
        operations++;
        const family = IAM_PATH.test(path) ? 'iam' : 'dlg';
        for (const status of STATUSES) {
          const schema = op.responses?.[status]?.content?.['application/json']?.schema;
          expect(schema?.['x-error-shape'], `${method} ${path} ${status}`).toBe(family);
          expect(Object.keys(schema.properties)).toEqual(
            family === 'iam' ? ['error'] : ['error_code', 'error_msg', 'data', 'errors', 'request_id'],
          );
        }
      }
    }
    expect(operations).toBeGreaterThan(40);
  });

  describe("IAM routes answer in IAM's shape", () => {
    const cases: [string, () => Promise<Reply>, number][] = [
      ['a token request without auth', () => s.call('POST', '/v3/auth/tokens', { token: null, workspace: null, body: {} }), 400],
      [
        'a token request whose user name is a number',
        () => s.call('POST', '/v3/auth/tokens', { token: null, workspace: null, body: tokenBody(42) }),
        400,
      ],
      [
        'a token request that is not JSON',
        () =>
          s.call('POST', '/v3/auth/tokens', {
            token: null,
            workspace: null,
            raw: '{"auth":',
            headers: { 'content-type': 'application/json' },
          }),
        400,
      ],
      [
        'a token request in text/plain',
        () =>
          s.call('POST', '/v3/auth/tokens', {
            token: null,
            workspace: null,
            raw: JSON.stringify(tokenBody('admin')),
            headers: { 'content-type': 'text/plain' },
          }),
        415,
      ],
      [
        'a user without a name',
        () => s.call('POST', '/v3.0/OS-USER/users', { workspace: null, body: { user: { password: 'Abc-12345' } } }),
        400,
      ],
      [
        'a user whose enabled flag is a string',
        () =>
          s.call('POST', '/v3.0/OS-USER/users', {
            workspace: null,
            body: { user: { name: 'u1', password: 'Abc-12345', enabled: 'true' } },
          }),
        400,
      ],
      ['a password change without a body', () => s.call('PUT', `/v3.0/OS-USER/users/${s.adminId}`, { workspace: null, body: {} }), 400],
      [
        'a credential without user_id',
        () => s.call('POST', '/v3.0/OS-CREDENTIAL/credentials', { workspace: null, body: { credential: {} } }),
        400,
      ],
      [
        'a security token request with duration as text',
        () =>
          s.call('POST', '/v3.0/OS-CREDENTIAL/securitytokens', {
            workspace: null,
            body: { auth: { identity: { methods: ['token'], token: { duration_seconds: '900' } } } },
          }),
        400,
      ],
      ['a user list without a token', () => s.call('GET', '/v3/users', { token: null, workspace: null }), 401],
      [
        'a credential list with a bogus token',
        () => s.call('GET', '/v3.0/OS-CREDENTIAL/credentials', { token: 'MIIbogus', workspace: null }),
        401,
      ],
      ['an unknown user', () => s.call('DELETE', '/v3/users/0123456789abcdef0123456789abcdef', { workspace: null }), 404],
    ];
    it.each(cases)('%s', async (_name, send, status) => {
      expectIam(await send(), status);
    });
  });

  it('answers an IAM error raised on an extension route in the DataArts shape', async () => {
    const dev = await addUser(s, `shape_dev_${engine}`, 'developer');
    const r = await s.call('POST', '/archgate/v1/projects', { token: dev.token, workspace: null, body: { name: 'nope' } });
    expectDlg(r, 403, ERRORS.IAM_FORBIDDEN.code);
  });

  describe('framework errors on a DataArts route', () => {
    const path = () => `/v2/${s.projectId}/design/approvals/batch-publish`;
    const head = (extra = '') =>
      `POST ${path()} HTTP/1.1\r\nHost: ${host}\r\nX-Auth-Token: ${s.token}\r\nworkspace: ${s.workspaceId}\r\n${extra}`;

    it("a body over the limit is a 413 in the gateway's shape", async () => {
      const r = await rawHttp(s.url, `${head()}Content-Type: application/json\r\nContent-Length: ${2 ** 31}\r\n\r\n{"biz_infos":[`);
      expectGateway(r, 413, ERRORS.BODY_TOO_LARGE.code);
      expect(r.body.error_msg).toBe(ERRORS.BODY_TOO_LARGE.message);
    });

    it('a body that is not JSON by its Content-Type is a 415', async () => {
      expectDlg(
        await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { raw: '<xml/>', headers: { 'content-type': 'application/xml' } }),
        415,
        ERRORS.UNSUPPORTED_MEDIA_TYPE.code,
      );
      expectDlg(
        await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
          raw: '{}',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
        415,
      );
    });

    it('invalid JSON is a 400', async () => {
      expectDlg(
        await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
          raw: '{"biz_infos": [',
          headers: { 'content-type': 'application/json' },
        }),
        400,
        ERRORS.BAD_REQUEST_BODY.code,
      );
    });

    it("a malformed URL is a 400 in the gateway's shape", async () => {
      const r = await rawHttp(
        s.url,
        `GET /v2/${s.projectId}/design/approvals/business/%E0%A4%A/diff HTTP/1.1\r\nHost: ${host}\r\nX-Auth-Token: ${s.token}\r\n\r\n`,
      );
      expectGateway(r, 400, ERRORS.BAD_HTTP_REQUEST.code);
    });

    it("a URL or a header over Node's limit is a 431 in the gateway's shape, never a 5xx", async () => {
      const longUrl = await rawHttp(
        s.url,
        `GET /v2/${s.projectId}/design/approvals?name=${'a'.repeat(20000)} HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      );
      expectGateway(longUrl, 431, ERRORS.HEADERS_TOO_LARGE.code);
      const longHeader = await rawHttp(
        s.url,
        `GET /v2/${s.projectId}/design/approvals HTTP/1.1\r\nHost: ${host}\r\nX-Padding: ${'b'.repeat(20000)}\r\n\r\n`,
      );
      expectGateway(longHeader, 431, ERRORS.HEADERS_TOO_LARGE.code);
      const garbage = await rawHttp(s.url, 'NOT HTTP AT ALL\r\n\r\n');
      expectGateway(garbage, 400, ERRORS.BAD_HTTP_REQUEST.code);
    });

    it("the same errors come in IAM's shape on an IAM route", async () => {
      const r = await rawHttp(
        s.url,
        `POST /v3/auth/tokens HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${2 ** 31}\r\n\r\n{"auth":`,
      );
      expectIam(r, 413);
    });

    it("errors raised before a route is found come in IAM's shape on an IAM path too", async () => {
      const longSegment = await rawHttp(
        s.url,
        `PUT /v3/users/${'u'.repeat(1200)}/password HTTP/1.1\r\nHost: ${host}\r\nX-Auth-Token: ${s.token}\r\n\r\n`,
      );
      // The router refuses an over-long segment as too long (414) or as no route (404), by where it stands.
      expect([404, 414]).toContain(longSegment.status);
      expectIam(longSegment, longSegment.status);
      const longHeader = await rawHttp(
        s.url,
        `GET /v3.0/OS-CREDENTIAL/credentials HTTP/1.1\r\nHost: ${host}\r\nX-Padding: ${'b'.repeat(20000)}\r\n\r\n`,
      );
      expectIam(longHeader, 431);
      const badUrl = await rawHttp(s.url, `GET /v3/users/%E0%A4%A HTTP/1.1\r\nHost: ${host}\r\nX-Auth-Token: ${s.token}\r\n\r\n`);
      expectIam(badUrl, 400);
    });
  });
});
