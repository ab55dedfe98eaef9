import fc from 'fast-check';
import type { Operation, Parameter } from './openapi-operations.js';
import { preview, RawJson, toJson } from './raw-json.js';
import { schemaArb, type Mode, type Pools } from './schema-arbitrary.js';

/** One generated request for one operation, before credentials and ids become wire text. */
export interface FuzzRequest {
  op: Operation;
  mode: Mode;
  params: { in: Parameter['in']; name: string; value: unknown }[];
  body: unknown;
  /** How the body travels: as JSON, as broken JSON, under another content type, or not at all. */
  transport: 'json' | 'malformed' | 'content-type' | 'none';
  variant: number;
  credential: Credential;
}

export type Credential = 'admin' | 'none' | 'bogus-token' | 'viewer' | 'developer' | 'bogus-aksk';

export interface WireRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const MALFORMED = (json: string) => [
  json.slice(0, Math.max(1, json.length >> 1)),
  '{',
  '{"a":}',
  `${json}garbage`,
  "{'a':1}",
  '\u0000',
  '[1,]',
  `${json}${json}`,
  'null',
  '"text"',
  '{"a":1,"a":2}',
];
const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/xml',
  'application/octet-stream',
];
/**
 * Node's HTTP server refuses request heads over 16 KiB before archgate's handlers run; each part of the
 * head is kept under a share of that (archgate's own, smaller URI limit is still well within reach).
 */
const SEGMENT_ROOM = 2000;
const QUERY_ROOM = 6000;
const HEADER_ROOM = 2000;
const CREDENTIALS = fc.oneof(
  { weight: 20, arbitrary: fc.constant<Credential>('admin' as const) },
  { weight: 1, arbitrary: fc.constantFrom<Credential>('none', 'bogus-token', 'viewer', 'developer', 'bogus-aksk') },
);

function paramArb(p: Parameter, mode: Mode, pools: Pools): fc.Arbitrary<unknown> {
  const v = schemaArb(p.schema, mode, pools, p.name);
  if (p.required && mode !== 'invalid') return v;
  const keep = p.required ? 20 : 1;
  return fc.oneof({ weight: keep, arbitrary: v }, { weight: 1, arbitrary: fc.constant(undefined) });
}

export function requestArb(op: Operation, mode: Mode, pools: Pools): fc.Arbitrary<FuzzRequest> {
  const params = op.parameters.filter((p) => p.name.toLowerCase() !== 'x-auth-token');
  const hasBody = op.body !== undefined && op.method !== 'GET' && op.method !== 'HEAD';
  const transports =
    hasBody && mode === 'invalid'
      ? fc.oneof(
          { weight: 8, arbitrary: fc.constant('json' as const) },
          { weight: 1, arbitrary: fc.constantFrom('malformed' as const, 'content-type' as const, 'none' as const) },
        )
      : fc.constant(hasBody ? ('json' as const) : ('none' as const));
  return fc
    .record({
      params: fc
        .tuple(...params.map((p) => paramArb(p, mode, pools)))
        .map((vs) => params.map((p, i) => ({ in: p.in, name: p.name, value: vs[i] }))),
      body: hasBody ? schemaArb(op.body!.schema, mode, pools) : fc.constant(undefined),
      transport: transports,
      variant: fc.nat(20),
      credential: mode === 'valid' ? fc.constant<Credential>('admin') : CREDENTIALS,
    })
    .map((r) => ({ ...r, op, mode }));
}

/** Header-safe text: Latin-1 without control characters, under Node's limit on request heads. */
const wellFormed = (v: string) => v.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

const headerText = (v: string) =>
  v
    .replace(/[\u0000-\u001f\u007f]/g, '?')
    .replace(/[^\u0000-\u00ff]/g, '?')
    .slice(0, HEADER_ROOM);

/** Percent-encoded, cut (before encoding, so no escape is split) to fit `room`. */
function encodeFitting(t: string, room: number): string {
  let cut = t;
  while (encodeURIComponent(cut).length > room) cut = cut.slice(0, Math.floor(cut.length / 2)).replace(/[\ud800-\udbff]$/, '');
  return encodeURIComponent(cut);
}

function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof RawJson) return v.text;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return toJson(v);
}

/** Path segments the URL parser would resolve away (".", "..") or that match no route (empty) keep the route. */
function segment(v: unknown): string {
  const t = wellFormed(text(v));
  return t === '' || /^(\.|%2e){1,2}$/i.test(t) ? 'x' : encodeFitting(t, SEGMENT_ROOM);
}

export function toWire(r: FuzzRequest, tokens: Record<'admin' | 'viewer' | 'developer', string>, accessKey: string): WireRequest {
  let path = r.op.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  for (const p of r.params) {
    if (p.value === undefined) continue;
    if (p.in === 'path') path = path.replace(`{${p.name}}`, segment(p.value));
    else if (p.in === 'query')
      for (const v of Array.isArray(p.value) ? p.value : [p.value]) query.append(p.name, wellFormed(text(v)).slice(0, QUERY_ROOM / 9));
    else if (p.in === 'header') headers[p.name] = headerText(text(p.value));
  }
  path = path.replace(/\{[^}]+\}/g, 'x');
  let qs = query.toString();
  if (qs.length > QUERY_ROOM) qs = qs.slice(0, Math.max(0, qs.lastIndexOf('&', QUERY_ROOM)));
  if (qs) path += `?${qs}`;
  if (r.credential === 'admin' || r.credential === 'viewer' || r.credential === 'developer') headers['x-auth-token'] = tokens[r.credential];
  if (r.credential === 'bogus-token') headers['x-auth-token'] = 'MIIbogus-token';
  if (r.credential === 'bogus-aksk') {
    headers['x-sdk-date'] = '20240101T000000Z';
    headers.authorization = `SDK-HMAC-SHA256 Access=${accessKey}, SignedHeaders=host;x-sdk-date, Signature=${'0'.repeat(64)}`;
  }
  if (r.transport === 'none' || (r.body === undefined && r.transport === 'json')) return { method: r.op.method, path, headers };
  const json = toJson(r.body);
  if (r.transport === 'malformed') {
    const choices = MALFORMED(json);
    return {
      method: r.op.method,
      path,
      headers: { ...headers, 'content-type': 'application/json' },
      body: choices[r.variant % choices.length],
    };
  }
  const type = r.transport === 'content-type' ? CONTENT_TYPES[r.variant % CONTENT_TYPES.length]! : 'application/json';
  return { method: r.op.method, path, headers: { ...headers, 'content-type': type }, body: json };
}

/** A reproduction to paste into a report: tokens by role, long values cut. */
export function describeWire(r: FuzzRequest, w: WireRequest, tokens: Record<string, string>): string {
  const named = Object.fromEntries(Object.entries(tokens).map(([k, v]) => [v, `<${k} token>`]));
  const headers = Object.entries(w.headers)
    .map(([k, v]) => `${k}: ${named[v] ?? preview(v, 120)}`)
    .join('; ');
  // A JSON body is shown from the generated value, where deep nesting and long runs have short labels.
  const body = w.body === undefined ? '' : ` body=${r.transport === 'json' ? preview(r.body, 600) : preview(w.body, 300)}`;
  return `${w.method} ${preview(w.path, 300)} [${headers}]${body}`;
}
