import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, dropKey, handSign, send, type Signed } from './helpers/aksk.js';
import { ENGINES, startServer, type TestServer } from './helpers/server.js';

/**
 * What was signed is exactly what executes: a correctly signed request, changed in any way that changes
 * what archgate would do (method, path, query, a signed header, a header archgate acts on, the body's
 * bytes), is refused with 401. Each run signs with a fresh key, so that a lockout never answers in place
 * of the signature check.
 */

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

interface Base {
  label: string;
  method: string;
  path: string;
  body?: string;
  /** The same route under another method, when there is one. */
  otherMethod?: string;
  extra: Record<string, string>;
  omit: string[];
}

function bases(s: TestServer): fc.Arbitrary<Base> {
  const objects = `/archgate/v1/${s.projectId}/objects`;
  const approvals = `/v2/${s.projectId}/design/approvals`;
  const offline = JSON.stringify({
    biz_infos: [{ biz_id: '1000000000000000001', biz_type: 'TABLE_MODEL' }],
    approver_user_id: s.adminId,
    approver_user_name: 'admin',
  });
  const options = fc.record({
    idempotencyKey: fc.boolean(),
    declareHash: fc.boolean(),
    projectHeader: fc.boolean(),
    name: fc.stringMatching(/^[a-z]{1,12}$/),
  });
  return fc.tuple(options, fc.nat(3)).map(([o, which]) => {
    const create = JSON.stringify({ objects: [{ biz_type: 'TAG', name_en: `prop_${o.name}` }] });
    const base = [
      { label: 'create objects', method: 'POST', path: objects, body: create, otherMethod: 'DELETE' },
      { label: 'batch offline', method: 'POST', path: `${approvals}/batch-offline`, body: offline },
      { label: 'search', method: 'GET', path: `${approvals}?approval_type=PUBLISH&limit=10`, otherMethod: 'PUT' },
      { label: 'withdraw', method: 'PUT', path: `${approvals}?ids=1000000000000000001`, body: '', otherMethod: 'GET' },
    ][which]!;
    return {
      ...base,
      extra: {
        ...(o.idempotencyKey ? { 'idempotency-key': `k-${o.name}` } : {}),
        ...(o.declareHash && base.body !== undefined ? { 'x-sdk-content-sha256': sha256(base.body) } : {}),
      },
      // A permanent key may also act in the path's project with no X-Project-Id at all.
      omit: o.projectHeader ? [] : ['x-project-id'],
    };
  });
}

const sign = (s: TestServer, key: { access: string; secret: string }, b: Base) =>
  handSign(s, key, b.method, b.path, b.body, { extra: b.extra, omit: b.omit });

type Mutation = (r: Signed, b: Base, pick: number) => Signed | null;

const withHeaders = (r: Signed, headers: Record<string, string>): Signed => ({ ...r, headers });
const signedList = (r: Signed) => /SignedHeaders=([^,]+)/.exec(r.headers.authorization!)![1]!.split(';');
const pathOf = (r: Signed) => r.path.split('?')[0]!;
const queryOf = (r: Signed) => r.path.split('?')[1] ?? '';
const withQuery = (r: Signed, q: string): Signed => ({ ...r, path: q ? `${pathOf(r)}?${q}` : pathOf(r) });
/** A body the route reads (a GET's body is never read, so changing it changes nothing). */
const readsBody = (r: Signed) => r.body !== undefined && r.method !== 'GET';
const fastApproval = (body: string) => (body ? body.replace(/}$/, ',"fast_approval":true}') : '{}');

/** Each answers the changed request, or null when it does not apply to this one. */
const MUTATIONS: Record<string, Mutation> = {
  'the body, one byte more': (r) => (readsBody(r) ? { ...r, body: `${r.body} ` } : null),
  // The attack: a captured request's headers, another body, and the first body's hash declared.
  'another body, with an unsigned hash of the signed one': (r) => {
    if (!readsBody(r) || 'x-sdk-content-sha256' in r.headers) return null;
    return { ...r, body: fastApproval(r.body!), headers: { ...r.headers, 'x-sdk-content-sha256': sha256(r.body!) } };
  },
  'another body, with an unsigned UNSIGNED-PAYLOAD': (r) => {
    if (!readsBody(r) || 'x-sdk-content-sha256' in r.headers) return null;
    return { ...r, body: fastApproval(r.body!), headers: { ...r.headers, 'x-sdk-content-sha256': 'UNSIGNED-PAYLOAD' } };
  },
  'a signed header changed': (r, _b, pick) => {
    const names = signedList(r);
    const h = names[pick % names.length]!;
    // A date stays within the allowed skew: only the signature can tell.
    const value = h === 'x-sdk-date' ? r.headers[h]!.replace(/(\d)Z$/, (_m, d: string) => `${(Number(d) + 1) % 10}Z`) : `${r.headers[h]}0`;
    return withHeaders(r, { ...r.headers, [h]: value });
  },
  'a signed header dropped': (r, _b, pick) => {
    // Without Host, Node's HTTP parser answers 400 before archgate sees the request.
    const names = signedList(r).filter((h) => h !== 'host');
    const { [names[pick % names.length]!]: _gone, ...rest } = r.headers;
    return withHeaders(r, rest);
  },
  'an unsigned header that archgate acts on added': (r, _b, pick) => {
    const acted: Record<string, string> = {
      'idempotency-key': 'added',
      'x-project-id': 'ffffffffffffffffffffffffffffffff',
      'x-security-token': 'gQadded',
      'x-sdk-content-sha256': 'UNSIGNED-PAYLOAD',
    };
    const free = Object.keys(acted).filter((h) => !(h in r.headers));
    if (free.length === 0) return null;
    const h = free[pick % free.length]!;
    return withHeaders(r, { ...r.headers, [h]: acted[h]! });
  },
  'a query parameter added': (r) => withQuery(r, [queryOf(r), 'offset=5'].filter(Boolean).join('&')),
  'a query value changed': (r) => (queryOf(r) ? withQuery(r, `${queryOf(r)}0`) : null),
  'a query parameter dropped': (r) => (queryOf(r) ? withQuery(r, queryOf(r).split('&').slice(1).join('&')) : null),
  "the path's project changed": (r) => ({ ...r, path: r.path.replace(/[0-9a-f]{32}/, 'ffffffffffffffffffffffffffffffff') }),
  'a path letter percent-encoded (the route is the same)': (r) => ({
    ...r,
    path: r.path.replace('/design/', '/d%65sign/').replace('/objects', '/%6Fbjects'),
  }),
  'another operation on the same body': (r) =>
    r.path.includes('/batch-offline') ? { ...r, path: r.path.replace('/batch-offline', '/batch-publish') } : null,
  'another method on the same route': (r, b) => (b.otherMethod ? { ...r, method: b.otherMethod } : null),
};

describe.each(ENGINES)('an AK/SK signature covers exactly what executes (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  it('refuses every mutation that changes what executes with 401 APIGW.0301', async () => {
    await fc.assert(
      fc.asyncProperty(bases(s), fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(), async (b, name, pick) => {
        const mutated = MUTATIONS[name]!(sign(s, { access: 'PLACEHOLDER', secret: 'x' }, b), b, pick);
        fc.pre(mutated !== null);
        const key = await createKey(s);
        try {
          const r = await send(s, MUTATIONS[name]!(sign(s, key, b), b, pick)!);
          expect({ base: b.label, mutation: name, status: r.status, code: r.body?.error_code, msg: r.body?.error_msg }).toEqual({
            base: b.label,
            mutation: name,
            status: 401,
            code: 'APIGW.0301',
            msg: 'Incorrect IAM authentication information: verify aksk signature fail',
          });
        } finally {
          await dropKey(s, key);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('still accepts the signed request with a header added that archgate does not act on', async () => {
    await fc.assert(
      fc.asyncProperty(bases(s), fc.constantFrom('user-agent', 'accept', 'x-trace-id', 'accept-language'), async (b, extra) => {
        const key = await createKey(s);
        try {
          const r = sign(s, key, b);
          const reply = await send(s, withHeaders(r, { ...r.headers, [extra]: 'anything' }));
          expect({ base: b.label, status: reply.status }).not.toEqual({ base: b.label, status: 401 });
          expect(reply.status).toBeLessThan(500);
        } finally {
          await dropKey(s, key);
        }
      }),
      { numRuns: 16 },
    );
  });
});
