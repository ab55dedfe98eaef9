import { randomBytes } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ERRORS, type ErrorKey } from '../domain/errors.js';
import { storeUnavailable } from '../store/unavailable.js';
import { familyOfPath, type ErrorFamily } from './wire/common.js';

/**
 * The one place where errors become HTTP bodies. The shape is the route's, not the error's: a route
 * declares its family through the error schemas of its `response` (wire/common.ts errorResponsesOf), and
 * every error it answers, the framework's included, comes in that shape. DataArts and archgate routes:
 * DataArts errors carry both documented shapes (docs/API.md §11.3), the gateway's (APIGW.*) are
 * `{error_msg, error_code, request_id}` (§7.4). IAM routes: `{"error":{code,message,title}}`, whatever the
 * error. Requests that reach no route are the gateway's to answer.
 */
export function errorBody(err: DomainError, requestId: string, family: ErrorFamily = 'dlg'): Record<string, unknown> {
  if (family === 'iam') return { error: { code: err.status, message: err.message, title: STATUS_CODES[err.status] ?? 'Error' } };
  if (err.fromGateway) return { error_msg: err.message, error_code: err.code, request_id: requestId };
  return {
    error_code: err.code,
    error_msg: err.message,
    data: null,
    errors: [{ error_code: err.code, error_msg: err.message, request_id: requestId }],
  };
}

/** The family a route declared; a request that found no route is answered in the family of its path. */
export function familyOf(req: FastifyRequest): ErrorFamily {
  const responses = req.routeOptions?.schema?.response as Record<string, { 'x-error-shape'?: ErrorFamily } | undefined> | undefined;
  const declared = responses?.['400']?.['x-error-shape'];
  return declared ?? familyOfPath(req.url);
}

function send(reply: FastifyReply, req: FastifyRequest, err: DomainError) {
  // Every "not now" answer says when to come back: throttling and lockouts (429), an unavailable store (503).
  if (err.status === 429 || err.status === 503)
    reply.header('retry-after', String(err.params.retry_after ?? (err.status === 429 ? 60 : 5)));
  return reply
    .status(err.status)
    .header('x-request-id', req.id)
    .send(errorBody(err, req.id, familyOf(req)));
}

/** Fastify's own 4xx errors (body parsing, content type, bad URL), as keys of the table. */
const FRAMEWORK_ERRORS: Record<string, ErrorKey> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST_BODY',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_HTTP_REQUEST',
  FST_ERR_BAD_URL: 'BAD_HTTP_REQUEST',
  FST_ERR_MAX_PARAM_LENGTH: 'URI_TOO_LARGE',
  FST_ERR_ASYNC_CONSTRAINT: 'BAD_HTTP_REQUEST',
};

/** Any error raised while handling a request, as the DomainError its body is built from. */
export function asDomainError(error: unknown, req: FastifyRequest): DomainError {
  if (error instanceof DomainError) return error;
  const fe = error as FastifyError;
  if (fe.validation) {
    // IAM words a malformed request its own way; the field is the one IAM would name.
    if (familyOf(req) === 'iam') return new DomainError('IAM_BAD_REQUEST', { key: fieldOf(fe) });
    return new DomainError('INVALID_PARAMETER', { detail: fe.message });
  }
  const key = typeof fe.code === 'string' ? FRAMEWORK_ERRORS[fe.code] : undefined;
  if (key) return new DomainError(key, { type: String(req.headers['content-type'] ?? '') });
  if (storeUnavailable(error)) {
    req.log.error({ err: error, code: (error as { code?: unknown }).code }, 'store unavailable');
    return new DomainError('STORE_UNAVAILABLE', { request_id: req.id });
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new DomainError('INVALID_PARAMETER', { detail: fe.message });
  }
  req.log.error({ err: error }, 'unhandled error');
  return new DomainError('INTERNAL', { request_id: req.id });
}

function fieldOf(fe: FastifyError): string {
  const v = fe.validation?.[0] as { instancePath?: string; params?: { missingProperty?: string } } | undefined;
  const path = `${v?.instancePath ?? ''}${v?.params?.missingProperty ? `/${v.params.missingProperty}` : ''}`;
  return path.replace(/^\//, '').replace(/\//g, '.') || String(fe.validationContext ?? 'body');
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | DomainError, req, reply) => send(reply, req, asDomainError(error, req)));
  app.setNotFoundHandler((req, reply) => send(reply, req, new DomainError('ROUTE_NOT_FOUND')));
}

/** Fastify's `frameworkErrors` option: errors raised before a route is found (a malformed URL). */
export function frameworkErrors(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  return send(reply, req, asDomainError(error, req));
}

/** The path of the request line in the bytes Node's parser refused, when they start with one. */
function requestTarget(err: NodeJS.ErrnoException & { rawPacket?: unknown }): string {
  const head = Buffer.isBuffer(err.rawPacket) ? err.rawPacket.subarray(0, 8192).toString('latin1') : '';
  return /^[A-Z]+ (\S+) HTTP\//.exec(head)?.[1] ?? '';
}

/**
 * Fastify's `clientErrorHandler` option: Node's HTTP parser refused the request before Fastify saw it
 * (headers or request line over the limit, malformed HTTP). Answered in the gateway's shape, never a 5xx.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const key: ErrorKey =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? 'HEADERS_TOO_LARGE'
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'REQUEST_TIMEOUT'
        : 'BAD_HTTP_REQUEST';
  const e = new DomainError(key);
  const id = randomBytes(16).toString('hex');
  const body = JSON.stringify(errorBody(e, id, familyOfPath(requestTarget(err))));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${e.status} ${STATUS_CODES[e.status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${id}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

export { ERRORS };
