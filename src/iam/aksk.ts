import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * SDK-HMAC-SHA256, as the Huawei Cloud SDKs sign (../shared/spec/aksk-signing.md). Pure functions: the
 * caller looks up the secret key and decides what a failure means.
 */
export const ALGORITHM = 'SDK-HMAC-SHA256';
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export interface ParsedAuthorization { access: string; signedHeaders: string[]; signature: string }

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
  return keys.flatMap((k) => pairs.get(k)!.sort(codeUnitOrder).map((v) => `${encode(k)}=${encode(v)}`)).join('&');
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
}

export function payloadHash(req: SignableRequest): string {
  const declared = req.headers['x-sdk-content-sha256'];
  if (typeof declared === 'string' && declared !== '') return declared === 'UNSIGNED-PAYLOAD' ? declared : declared.toLowerCase();
  if (!req.body || req.body.length === 0) return EMPTY_SHA256;
  return createHash('sha256').update(req.body).digest('hex');
}

export function canonicalRequest(req: SignableRequest, signedHeaders: readonly string[]): string {
  const q = req.url.indexOf('?');
  const path = q < 0 ? req.url : req.url.slice(0, q);
  const query = q < 0 ? '' : req.url.slice(q + 1);
  const headerBlock = [...signedHeaders].sort(codeUnitOrder).map((h) => {
    const v = req.headers[h];
    return `${h}:${Array.isArray(v) ? v.join(',') : (v ?? '')}\n`;
  }).join('');
  return [req.method.toUpperCase(), canonicalUri(path), canonicalQuery(query), headerBlock, [...signedHeaders].sort(codeUnitOrder).join(';'), payloadHash(req)].join('\n');
}

export function stringToSign(sdkDate: string, canonical: string): string {
  return `${ALGORITHM}\n${sdkDate}\n${createHash('sha256').update(canonical).digest('hex')}`;
}

export function sign(secret: string, toSign: string): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(toSign).digest('hex');
}

export type VerifyFailure = 'MALFORMED' | 'MISSING_HEADER' | 'NO_DATE' | 'STALE_DATE' | 'BAD_SIGNATURE';

/** Parses `20240131T080910Z`; null when malformed. */
export function parseSdkDate(v: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(v);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(d.getTime()) ? null : d;
}

export const MAX_SKEW_MS = 15 * 60 * 1000;

/** Checks a request's signature with the secret key of its access key, over the headers it declares signed. */
export function verify(req: SignableRequest, auth: ParsedAuthorization, secret: string, now: Date): VerifyFailure | null {
  for (const h of auth.signedHeaders) if (req.headers[h] === undefined) return 'MISSING_HEADER';
  const date = req.headers['x-sdk-date'];
  if (typeof date !== 'string' || !auth.signedHeaders.includes('x-sdk-date')) return 'NO_DATE';
  const when = parseSdkDate(date);
  if (!when) return 'NO_DATE';
  if (Math.abs(when.getTime() - now.getTime()) > MAX_SKEW_MS) return 'STALE_DATE';
  const expected = Buffer.from(sign(secret, stringToSign(date, canonicalRequest(req, auth.signedHeaders))), 'hex');
  const given = Buffer.from(auth.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? null : 'BAD_SIGNATURE';
}
