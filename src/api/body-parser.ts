import type { FastifyInstance } from 'fastify';
import { DomainError } from '../domain/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The body bytes as received: AK/SK signatures are computed over them, never over a re-serialisation. */
    rawBody?: Buffer;
  }
}

/**
 * JSON is the only body these APIs take, and the cloud's default when Content-Type is absent. An empty
 * body is allowed whatever the Content-Type says, because the SDK's withdraw PUT sends
 * `Content-Type: application/json` with `Content-Length: 0`.
 */
export function registerBodyParser(app: FastifyInstance) {
  app.removeAllContentTypeParsers();
  const parse = (req: { rawBody?: Buffer }, body: Buffer, done: (err: Error | null, value?: unknown) => void) => {
    req.rawBody = body;
    if (body.length === 0) return done(null, undefined);
    try {
      done(null, JSON.parse(body.toString('utf8')));
    } catch {
      done(new DomainError('BAD_REQUEST_BODY'));
    }
  };
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, parse);
  app.addContentTypeParser('*', { parseAs: 'buffer' }, parse);
}
