import { randomFillSync } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Metrics } from '../metrics.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route answers a batch it has just run (BatchOperationVO): the metrics count its size and outcomes. */
    countsBatch?: boolean;
  }
}

/** An `X-Request-Id` a client may choose: kept and echoed when it is this short and plain, else replaced. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Random bytes for request ids, drawn from the system's generator 256 ids at a time: a call into it per
 * request (randomBytes(16)) cost 14 µs of an offline2 request's 900 (docs/PERFORMANCE.md, round 9). Each
 * id still takes 16 bytes that no other id had.
 */
const ID_BYTES = 16;
const idPool = Buffer.alloc(ID_BYTES * 256);
let idAt = idPool.length;

function randomId(): string {
  if (idAt === idPool.length) {
    randomFillSync(idPool);
    idAt = 0;
  }
  idAt += ID_BYTES;
  return idPool.toString('hex', idAt - ID_BYTES, idAt);
}

/** Fastify's genReqId: the client's `X-Request-Id` when acceptable, else 32 random hex characters. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomId();
}

/** The label and log field naming what a request was: its OpenAPI operation id, else its route, else "unmatched". */
function operationOf(req: FastifyRequest): string {
  const schema = req.routeOptions.schema as { operationId?: string } | undefined;
  if (schema?.operationId) return schema.operationId;
  // The not-found handler has no route url; swagger-ui's pages have no operation id but a fixed route.
  return req.routeOptions.url ?? 'unmatched';
}

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' && v !== '' ? v.slice(0, 128) : undefined;
}

/** Who and where, as far as the request got: the resolved caller, else what it named. */
function whoAndWhere(req: FastifyRequest) {
  const params = req.params as { project_id?: unknown } | undefined;
  const pathProject = typeof params?.project_id === 'string' ? params.project_id : undefined;
  return {
    project: req.caller?.tenant.projectId ?? req.principal?.projectId ?? pathProject,
    workspace: req.caller?.tenant.workspaceId ?? header(req, 'workspace'),
    user: req.caller?.userName ?? req.principal?.userName,
  };
}

interface BatchBody {
  data?: { value?: { operation_type?: unknown; groups?: { operation_status?: unknown }[] | null } };
}

/**
 * Per request: one log line when it is answered (its id, operation, project, workspace, user, status and
 * duration; Fastify's own two lines are off), the request metrics, and the batch metrics of the routes
 * that run batches. Batches are counted here, from the answer, rather than inside the use cases: only a
 * batch that committed and was answered is counted, once (a transaction PostgreSQL runs again after a
 * deadlock would count twice inside), an idempotent replay is not counted again, and the use cases stay
 * free of metrics. Scheduled batches are counted by the scheduler when they run.
 */
export function registerObservation(app: FastifyInstance, metrics: Metrics) {
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  app.addHook('preSerialization', async (req, reply, payload: BatchBody) => {
    if (!req.routeOptions.config?.countsBatch || reply.statusCode !== 200 || reply.getHeader('idempotent-replayed')) return payload;
    const vo = payload?.data?.value;
    if (typeof vo?.operation_type === 'string' && Array.isArray(vo.groups)) {
      metrics.batch(
        vo.operation_type,
        vo.groups.map((g) => String(g.operation_status)),
      );
    }
    return payload;
  });
  app.addHook('onResponse', async (req, reply) => {
    const operation = operationOf(req);
    const ms = reply.elapsedTime;
    metrics.request(operation, reply.statusCode, ms / 1000);
    // The line's fields are gathered only when it is written (the bench and quiet deployments log at warn).
    if ((req.log as { isLevelEnabled?: (level: string) => boolean }).isLevelEnabled?.('info') === false) return;
    req.log.info(
      { req, operation, ...whoAndWhere(req), status: reply.statusCode, duration_ms: Math.round(ms * 1000) / 1000 },
      'request completed',
    );
  });
}
