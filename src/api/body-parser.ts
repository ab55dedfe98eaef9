import type { FastifyInstance } from 'fastify';
import { DomainError } from '../domain/errors.js';
import { MAX_BODY_DEPTH, depthOf } from './wire/bounds.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The body bytes as received: AK/SK signatures are computed over them, never over a re-serialisation. */
    rawBody?: Buffer;
  }
}

/** A JSON escape of a UTF-16 surrogate (the only way a body can carry an unpaired one). */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/** A surrogate on its own: in a `u` regex a pair is one code point, so only an unpaired half matches. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Every string of a parsed body, keys included, is well-formed UTF-16 (no unpaired surrogate). */
function wellFormed(v: unknown): boolean {
  if (typeof v === 'string') return !LONE_SURROGATE.test(v);
  if (Array.isArray(v)) return v.every(wellFormed);
  if (v !== null && typeof v === 'object') return Object.entries(v).every(([k, x]) => !LONE_SURROGATE.test(k) && wellFormed(x));
  return true;
}

/** application/json, with or without parameters, and the structured `+json` types. */
const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

/**
 * JSON is the only body these APIs take, and the cloud's default when Content-Type is absent. An empty
 * body is allowed whatever the Content-Type says, because the SDK's withdraw PUT sends
 * `Content-Type: application/json` with `Content-Length: 0`. A body of another declared type is refused
 * with 415 rather than read as JSON. A body nested deeper than any wire schema goes is refused before
 * validation walks it (free-form fields have their own, lower cap: wire/bounds.ts).
 */
export function registerBodyParser(app: FastifyInstance) {
  app.removeAllContentTypeParsers();
  const parse = (
    req: { rawBody?: Buffer; headers: Record<string, unknown> },
    body: Buffer,
    done: (err: Error | null, value?: unknown) => void,
  ) => {
    req.rawBody = body;
    if (body.length === 0) return done(null, undefined);
    const type = req.headers['content-type'];
    if (typeof type === 'string' && type.trim() !== '' && !JSON_TYPE.test(type.trim())) {
      return done(new DomainError('UNSUPPORTED_MEDIA_TYPE', { type: type.slice(0, 100) }));
    }
    const text = body.toString('utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return done(new DomainError('BAD_REQUEST_BODY'));
    }
    if (depthOf(value, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
      return done(new DomainError('INVALID_PARAMETER', { detail: `the request body nests deeper than ${MAX_BODY_DEPTH} levels` }));
    }
    // Bytes decode to well-formed text (an invalid sequence becomes U+FFFD), but a \uD800–\uDFFF escape
    // can leave half a surrogate pair in a string: no UTF-8 encodes it, and PostgreSQL refuses it in JSON.
    if (SURROGATE_ESCAPE.test(text) && !wellFormed(value)) {
      return done(
        new DomainError('INVALID_PARAMETER', {
          detail: 'the request body holds a string that is not valid Unicode (an unpaired surrogate)',
        }),
      );
    }
    done(null, value);
  };
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, parse);
  app.addContentTypeParser('*', { parseAs: 'buffer' }, parse);
}
