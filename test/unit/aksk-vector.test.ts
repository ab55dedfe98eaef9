import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalQuery, canonicalRequest, canonicalUri, parseAuthorization, sign, stringToSign, verify } from '../../src/iam/aksk.js';

// The worked example of docs/API.md §8.2, with its made-up key.
const body = Buffer.from(
  '{"biz_infos":[{"biz_id":"1000000000000000001","biz_type":"TABLE_MODEL"},{"biz_id":"1000000000000000002","biz_type":"TABLE_MODEL"}],"approver_user_id":"capture-user-id","approver_user_name":"capture-approver","fast_approval":true}',
);
const req = {
  method: 'POST',
  url: '/v2/0123456789abcdef0123456789abcdef/design/approvals/batch-offline',
  headers: {
    'content-type': 'application/json',
    host: '127.0.0.1:34377',
    workspace: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5',
    'x-project-id': '0123456789abcdef0123456789abcdef',
    'x-sdk-date': '20261127T172556Z',
  },
  body,
};
const signed = ['content-type', 'host', 'workspace', 'x-project-id', 'x-sdk-date'];

describe("the spec's AK/SK test vector", () => {
  it('reproduces the payload hash, canonical URI, canonical-request hash and signature', () => {
    expect(createHash('sha256').update(body).digest('hex')).toBe('5ccfb07431b0d7ab5c9788d4ef15cfbe4df11287416a7d4f7be2959f7276433f');
    expect(canonicalUri(req.url)).toBe('/v2/0123456789abcdef0123456789abcdef/design/approvals/batch-offline/');
    const canonical = canonicalRequest(req, signed);
    expect(createHash('sha256').update(canonical).digest('hex')).toBe('5899fedd1c9d1a604a327181d37e0576e3845c2a115598d785fc658cbb93e3f7');
    expect(sign('CaptureSecretKeyExample0000000000000000000', stringToSign('20261127T172556Z', canonical))).toBe(
      '9c168e5a5a710d5da1cf58163a3f715881d9bb0adfefdf224b679349594eab7f',
    );
  });

  it('verifies the example request and refuses it with another key or a tampered body', () => {
    const auth = parseAuthorization(
      'SDK-HMAC-SHA256 Access=CAPTUREAKEXAMPLE0000, SignedHeaders=content-type;host;workspace;x-project-id;x-sdk-date, Signature=9c168e5a5a710d5da1cf58163a3f715881d9bb0adfefdf224b679349594eab7f',
    )!;
    const now = new Date('2026-11-27T17:30:00Z');
    expect(verify(req, auth, 'CaptureSecretKeyExample0000000000000000000', now)).toBeNull();
    expect(verify(req, auth, 'another-secret', now)).toBe('BAD_SIGNATURE');
    expect(
      verify(
        { ...req, body: Buffer.from(body.toString().replace('true', 'false')) },
        auth,
        'CaptureSecretKeyExample0000000000000000000',
        now,
      ),
    ).toBe('BAD_SIGNATURE');
    expect(verify(req, auth, 'CaptureSecretKeyExample0000000000000000000', new Date('2026-11-27T17:45:00Z'))).toBe('STALE_DATE');
  });

  it('canonicalises queries: sorted keys, sorted repeated values, empty values, RFC 3986 encoding', () => {
    expect(canonicalQuery('ids=b%2Ca&action-id=resolve')).toBe('action-id=resolve&ids=b%2Ca');
    expect(canonicalQuery('b=2&a=&b=1&Z=x')).toBe('Z=x&a=&b=1&b=2');
    expect(canonicalQuery("q=it's (ok)*!")).toBe('q=it%27s%20%28ok%29%2A%21');
    expect(canonicalUri('/a%20b/c')).toBe('/a%2520b/c/');
  });
});
