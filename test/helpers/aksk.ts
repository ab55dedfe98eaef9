import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { expect } from 'vitest';
import { canonicalRequest, stringToSign } from '../../src/iam/aksk.js';
import type { TestServer } from './server.js';

/** AK/SK test tools: keys through the IAM API, a hand-written signer, and a sender that changes nothing. */

export interface Key {
  access: string;
  secret: string;
}

export async function createKey(s: TestServer): Promise<Key> {
  const r = await s.call('POST', '/v3.0/OS-CREDENTIAL/credentials', {
    workspace: null,
    body: { credential: { user_id: s.adminId, description: 'test' } },
  });
  expect(r.status).toBe(201);
  return { access: r.body.credential.access, secret: r.body.credential.secret };
}

export async function dropKey(s: TestServer, k: Key) {
  await s.call('DELETE', `/v3.0/OS-CREDENTIAL/credentials/${k.access}`, { workspace: null });
}

export interface Signed {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** `20240131T080910Z` */
export const sdkDate = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export interface SignOptions {
  date?: Date;
  /** Headers sent besides the SDK's usual ones (and signed, unless `skipSign` names them). */
  extra?: Record<string, string>;
  /** Headers sent but left out of the signature. */
  skipSign?: string[];
  /** The SDK's usual headers not to send at all. */
  omit?: string[];
}

/** Signs as the SDK does, for the edge cases the SDK never produces. */
export function handSign(s: TestServer, key: Key, method: string, path: string, body: string | undefined, opts: SignOptions = {}): Signed {
  const d = sdkDate(opts.date ?? new Date());
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    host: new URL(s.url).host,
    workspace: s.workspaceId,
    'x-project-id': s.projectId,
    'x-sdk-date': d,
    ...(opts.extra ?? {}),
  };
  for (const h of opts.omit ?? []) delete headers[h];
  const signed = Object.keys(headers)
    .filter((h) => !(opts.skipSign ?? []).includes(h))
    .sort();
  const canonical = canonicalRequest({ method, url: path, headers, body: body === undefined ? undefined : Buffer.from(body) }, signed);
  const signature = createHmac('sha256', key.secret).update(stringToSign(d, canonical)).digest('hex');
  headers.authorization = `SDK-HMAC-SHA256 Access=${key.access}, SignedHeaders=${signed.join(';')}, Signature=${signature}`;
  return { method, path, headers, body };
}

/**
 * Sends exactly these bytes, path and headers (fetch would normalise some of them), with the
 * Content-Length every client sends with a body (Node leaves it out of a DELETE or GET).
 */
export function send(s: TestServer, r: Signed): Promise<{ status: number; body: any }> {
  const u = new URL(s.url);
  const headers = r.body === undefined ? r.headers : { 'content-length': String(Buffer.byteLength(r.body)), ...r.headers };
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method: r.method, path: r.path, headers, setHost: false }, (res) => {
      let text = '';
      res.on('data', (c) => {
        text += c;
      });
      res.on('end', () => resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    req.end(r.body);
  });
}
