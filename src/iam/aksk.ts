import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * SDK-HMAC-SHA256, as the Huawei Cloud SDKs sign (docs/API.md §8.2). Pure functions: the
 * caller looks up the secret key and decides what a failure means.
 */
export const ALGORITHM = 'SDK-HMAC-SHA256';
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export interface ParsedAuthorization {
  access: string;
  signedHeaders: string[];
  signature: string;
}

const AUTH_RE = /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s?SignedHeaders=([^,\s]+),\s?Signature=([0-9a-fA-F]+)$/;

export function parseAuthorization(value: string | undefined): ParsedAuthorization | null {
  const m = value ? AUTH_RE.exec(value.trim()) : null;
  if (!m) return null;
  return { access: m[1]!, signedHeaders: m[2]!.split(';').map((h) => h.toLowerCase()), signature: m[3]!.toLowerCase() };
}

/** RFC 3986 unreserved characters stay; every other UTF-8 byte becomes %XY in upper-case hex. */
export function encode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The path as sent, each segment encoded (so an existing %XY becomes %25XY), with a trailing slash. */
export function canonicalUri(rawPath: string): string {
  const encoded = rawPath.split('/').map(encode).join('/');
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

/** The decoded query re-encoded, sorted by key (code units), each value of a repeated key sorted too. */
export function canonicalQuery(rawQuery: string): string {
  if (!rawQuery) return '';
  const pairs = new Map<string, string[]>();
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const i = part.indexOf('=');
    const k = decodeQueryComponent(i < 0 ? part : part.slice(0, i));
    const v = i < 0 ? '' : decodeQueryComponent(part.slice(i + 1));
    pairs.set(k, [...(pairs.get(k) ?? []), v]);
  }
  const keys = [...pairs.keys()].sort(codeUnitOrder);
  return keys
    .flatMap((k) =>
      pairs
        .get(k)!
        .sort(codeUnitOrder)
        .map((v) => `${encode(k)}=${encode(v)}`),
    )
    .join('&');
}

function decodeQueryComponent(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface SignableRequest {
  method: string;
  /** The path and query exactly as they arrived on the request line. */
  url: string;
  /** Header values by lower-case name, as received. */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer | undefined;
  /** The body's SHA-256 in lower-case hex, when it was hashed as it streamed in (then `body` is not needed). */
  bodySha256?: string;
}

/** A request before its body is read: enough to refuse most bad signatures without reading a byte of it. */
export type SignableHead = Omit<SignableRequest, 'body'>;

export const CONTENT_SHA256 = 'x-sdk-content-sha256';
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

/**
 * Headers archgate acts on. When one of them is present, a signature that leaves it out does not cover
 * what executes: anyone could add it to, or change it on, a captured request. The official SDKs sign every
 * header they set, so they always include these.
 */
export const SIGNED_WHEN_PRESENT: readonly string[] = [
  'content-type',
  'idempotency-key',
  'workspace',
  'x-project-id',
  CONTENT_SHA256,
  'x-security-token',
  'x-sdk-date',
];

/** The lower-case hex SHA-256 of the bytes received (of the empty string without a body). */
export function bodyHash(req: Pick<SignableRequest, 'body' | 'bodySha256'>): string {
  if (req.bodySha256 !== undefined) return req.bodySha256;
  if (!req.body || req.body.length === 0) return EMPTY_SHA256;
  return createHash('sha256').update(req.body).digest('hex');
}

/**
 * The payload line of the canonical request, as a signer writes it: a signed X-Sdk-Content-Sha256 as it
 * is (the SDK sets UNSIGNED-PAYLOAD for non-JSON bodies), otherwise the hash of the body. An unsigned
 * declaration counts for nothing; `verify` refuses one, and a signed hash that is not the body's.
 */
export function payloadHash(req: SignableRequest, signedHeaders: readonly string[]): string {
  const declared = req.headers[CONTENT_SHA256];
  if (signedHeaders.includes(CONTENT_SHA256) && typeof declared === 'string') return declared;
  return bodyHash(req);
}

function splitUrl(url: string): { path: string; query: string } {
  const q = url.indexOf('?');
  return q < 0 ? { path: url, query: '' } : { path: url.slice(0, q), query: url.slice(q + 1) };
}

export function canonicalRequest(req: SignableRequest, signedHeaders: readonly string[]): string {
  const { path, query } = splitUrl(req.url);
  const sorted = [...signedHeaders].sort(codeUnitOrder);
  const headerBlock = sorted
    .map((h) => {
      const v = req.headers[h];
      return `${h}:${Array.isArray(v) ? v.join(',') : (v ?? '')}\n`;
    })
    .join('');
  return [
    req.method.toUpperCase(),
    canonicalUri(path),
    canonicalQuery(query),
    headerBlock,
    sorted.join(';'),
    payloadHash(req, signedHeaders),
  ].join('\n');
}

export function stringToSign(sdkDate: string, canonical: string): string {
  return `${ALGORITHM}\n${sdkDate}\n${createHash('sha256').update(canonical).digest('hex')}`;
}

export function sign(secret: string, toSign: string): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(toSign).digest('hex');
}

export type VerifyFailure =
  | 'MALFORMED'
  | 'MISSING_HEADER'
  | 'UNSIGNED_HEADER'
  | 'NO_DATE'
  | 'STALE_DATE'
  | 'PAYLOAD_MISMATCH'
  | 'BAD_SIGNATURE';

/** Parses `20240131T080910Z`; null when malformed. */
export function parseSdkDate(v: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(v);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(d.getTime()) ? null : d;
}

export const MAX_SKEW_MS = 15 * 60 * 1000;

/**
 * True when the router would read this URL as the canonical form does. The router ends the path at `#` as
 * well as `?`, and keeps a query component that does not percent-decode as it came; the canonical form
 * would then describe another request than the one that runs. No SDK sends either.
 */
function readsAsSigned(url: string): boolean {
  if (url.includes('#')) return false;
  for (const part of splitUrl(url).query.split('&')) {
    for (const piece of part.split('=')) {
      try {
        decodeURIComponent(piece);
      } catch {
        return false;
      }
    }
  }
  return true;
}

/** Everything that needs no body: the signed header list, the date and its skew. */
export function verifyHead(req: SignableHead, auth: ParsedAuthorization, now: Date): VerifyFailure | null {
  if (!readsAsSigned(req.url)) return 'MALFORMED';
  for (const h of auth.signedHeaders) if (req.headers[h] === undefined) return 'MISSING_HEADER';
  for (const h of SIGNED_WHEN_PRESENT) if (req.headers[h] !== undefined && !auth.signedHeaders.includes(h)) return 'UNSIGNED_HEADER';
  const date = req.headers['x-sdk-date'];
  if (typeof date !== 'string') return 'NO_DATE';
  const when = parseSdkDate(date);
  if (!when) return 'NO_DATE';
  if (Math.abs(when.getTime() - now.getTime()) > MAX_SKEW_MS) return 'STALE_DATE';
  return null;
}

/** The signature over the request as received, body included; call after `verifyHead` passed. */
export function verifyBody(req: SignableRequest, auth: ParsedAuthorization, secret: string): VerifyFailure | null {
  const declared = auth.signedHeaders.includes(CONTENT_SHA256) ? req.headers[CONTENT_SHA256] : undefined;
  if (
    declared !== undefined &&
    declared !== UNSIGNED_PAYLOAD &&
    (typeof declared !== 'string' || declared.toLowerCase() !== bodyHash(req))
  ) {
    return 'PAYLOAD_MISMATCH';
  }
  // verifyHead has refused a request without its date; this only tells the compiler so.
  const date = req.headers['x-sdk-date'];
  if (typeof date !== 'string') return 'NO_DATE';
  const expected = Buffer.from(sign(secret, stringToSign(date, canonicalRequest(req, auth.signedHeaders))), 'hex');
  const given = Buffer.from(auth.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? null : 'BAD_SIGNATURE';
}

/**
 * Accepts a request only when what was signed is what executes: method, path, query, every signed header,
 * every header archgate acts on, and the bytes of the body (unless the signature itself says
 * UNSIGNED-PAYLOAD).
 */
export function verify(req: SignableRequest, auth: ParsedAuthorization, secret: string, now: Date): VerifyFailure | null {
  return verifyHead(req, auth, now) ?? verifyBody(req, auth, secret);
}
