import { ALGORITHM, canonicalRequest, sign, stringToSign } from '../iam/aksk.js';

/** A permanent or temporary access key, and the project a permanent key acts in. */
export interface AccessKeyCredentials {
  ak: string;
  sk: string;
  securityToken?: string;
  projectId?: string;
}

/** `20240131T080910Z`, the X-Sdk-Date form. */
export const sdkDate = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');

/**
 * Signs a fetch Request with SDK-HMAC-SHA256 the way the Huawei Cloud SDKs do, over the same canonical
 * request the server verifies (src/iam/aksk.ts), so a client signed here works against archgate and the
 * cloud alike. The body's SHA-256 is part of what is signed.
 */
export async function signRequest(request: Request, cred: AccessKeyCredentials, now: Date = new Date()): Promise<Request> {
  const url = new URL(request.url);
  const body = Buffer.from(await request.clone().arrayBuffer());
  const headers = new Headers(request.headers);
  headers.set('x-sdk-date', sdkDate(now));
  if (cred.projectId) headers.set('x-project-id', cred.projectId);
  if (cred.securityToken) headers.set('x-security-token', cred.securityToken);
  // fetch sets Host from the URL itself; it is signed with that value.
  const signable: Record<string, string> = { host: url.host };
  headers.forEach((v, k) => {
    signable[k] = v;
  });
  // Every header the request carries is signed, as the SDKs do: archgate refuses a request whose
  // workspace, Idempotency-Key or content type could have been changed on the way.
  const signed = Object.keys(signable)
    .filter((h) => h !== 'authorization')
    .sort();
  const canonical = canonicalRequest({ method: request.method, url: url.pathname + url.search, headers: signable, body }, signed);
  const date = headers.get('x-sdk-date')!;
  const signature = sign(cred.sk, stringToSign(date, canonical));
  headers.set('authorization', `${ALGORITHM} Access=${cred.ak}, SignedHeaders=${signed.join(';')}, Signature=${signature}`);
  return new Request(request, { headers, body: body.length ? body : undefined, duplex: 'half' } as RequestInit);
}
