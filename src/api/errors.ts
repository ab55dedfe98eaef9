import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ERRORS, type ErrorKey } from '../domain/errors.js';

/**
 * The one place where errors become HTTP bodies. DataArts errors carry both documented shapes (spec
 * §11.3); the gateway answers `{error_msg, error_code, request_id}` (§7.4); IAM answers
 * `{"error":{code,message,title}}`.
 */
const IAM_TITLES: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict' };

export function errorBody(err: DomainError, requestId: string): Record<string, unknown> {
  if (err.fromGateway) return { error_msg: err.message, error_code: err.code, request_id: requestId };
  if (err.code.startsWith('IAM.')) {
    return { error: { code: err.status, message: err.message, title: IAM_TITLES[err.status] ?? 'Bad Request' } };
  }
  return {
    error_code: err.code,
    error_msg: err.message,
    data: null,
    errors: [{ error_code: err.code, error_msg: err.message, request_id: requestId }],
  };
}

function send(reply: FastifyReply, req: FastifyRequest, err: DomainError) {
  if (err.key === 'THROTTLED') reply.header('retry-after', String(err.params.retry_after ?? 60));
  return reply.status(err.status).header('x-request-id', req.id).send(errorBody(err, req.id));
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | DomainError, req, reply) => {
    if (error instanceof DomainError) return send(reply, req, error);
    const fe = error as FastifyError;
    if (fe.validation) {
      return send(reply, req, new DomainError('INVALID_PARAMETER', { detail: fe.message }));
    }
    if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      // Malformed JSON, an unsupported media type, a body over the limit: all the caller's doing.
      const key: ErrorKey = fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'BAD_REQUEST_BODY' : 'INVALID_PARAMETER';
      return send(reply, req, new DomainError(key, { detail: fe.message }));
    }
    req.log.error({ err: error }, 'unhandled error');
    return send(reply, req, new DomainError('INTERNAL', { request_id: req.id }));
  });
  app.setNotFoundHandler((req, reply) => send(reply, req, new DomainError('ROUTE_NOT_FOUND')));
}

export { ERRORS };
