import { describe, expect, it } from 'vitest';
import { parseAuthorization, verify } from '../src/iam/aksk.js';
import { signRequest } from '../src/client/sign.js';

/**
 * The client's signer (src/client/sign.ts, which AK/SK profiles of the archgate command use) against the
 * worked example of docs/API.md §8.2, and against archgate's verifier.
 */
const SK = 'CaptureSecretKeyExample0000000000000000000';
const body =
  '{"biz_infos":[{"biz_id":"1000000000000000001","biz_type":"TABLE_MODEL"},{"biz_id":"1000000000000000002","biz_type":"TABLE_MODEL"}],"approver_user_id":"capture-user-id","approver_user_name":"capture-approver","fast_approval":true}';
const url = 'http://127.0.0.1:34377/v2/0123456789abcdef0123456789abcdef/design/approvals/batch-offline';
const at = new Date('2026-11-27T17:25:56Z');

const example = () =>
  new Request(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', workspace: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5' },
  });

/** The request as archgate's verifier sees it on arrival. */
async function received(r: Request) {
  const u = new URL(r.url);
  const headers: Record<string, string> = { host: u.host };
  r.headers.forEach((v, k) => {
    headers[k] = v;
  });
  return { method: r.method, url: u.pathname + u.search, headers, body: Buffer.from(await r.arrayBuffer()) };
}

describe("the client signer and the spec's AK/SK test vector", () => {
  it("reproduces the vector's signed headers and signature", async () => {
    const signed = await signRequest(example(), { ak: 'CAPTUREAKEXAMPLE0000', sk: SK, projectId: '0123456789abcdef0123456789abcdef' }, at);
    expect(signed.headers.get('x-sdk-date')).toBe('20261127T172556Z');
    expect(signed.headers.get('x-project-id')).toBe('0123456789abcdef0123456789abcdef');
    expect(signed.headers.get('authorization')).toBe(
      'SDK-HMAC-SHA256 Access=CAPTUREAKEXAMPLE0000, SignedHeaders=content-type;host;workspace;x-project-id;x-sdk-date, Signature=9c168e5a5a710d5da1cf58163a3f715881d9bb0adfefdf224b679349594eab7f',
    );
    expect(await signed.text()).toBe(body);
  });

  it("is accepted by archgate's verifier, and refused once the body, a header or the key differs", async () => {
    const cred = { ak: 'CAPTUREAKEXAMPLE0000', sk: SK, projectId: '0123456789abcdef0123456789abcdef', securityToken: 'temporary-token' };
    const signed = await signRequest(example(), cred, at);
    const auth = parseAuthorization(signed.headers.get('authorization')!)!;
    expect(auth.signedHeaders).toContain('x-security-token');
    const req = await received(signed);
    const now = new Date('2026-11-27T17:30:00Z');
    expect(verify(req, auth, SK, now)).toBeNull();
    expect(verify(req, auth, 'another-secret', now)).toBe('BAD_SIGNATURE');
    expect(verify({ ...req, body: Buffer.from(body.replace('true', 'false')) }, auth, SK, now)).toBe('BAD_SIGNATURE');
    expect(verify({ ...req, headers: { ...req.headers, workspace: 'f'.repeat(32) } }, auth, SK, now)).toBe('BAD_SIGNATURE');
    // A bodiless GET with a query, as `archgate approvals list` sends it.
    const get = await signRequest(
      new Request('http://127.0.0.1:8080/v2/p/design/approvals?biz_type=TABLE_MODEL&limit=50&offset=0', { headers: { workspace: 'w' } }),
      cred,
      at,
    );
    expect(verify(await received(get), parseAuthorization(get.headers.get('authorization')!)!, SK, now)).toBeNull();
  });
});
