import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import Type from 'typebox';
import { DomainError } from '../../domain/errors.js';
import type { Metrics } from '../../metrics.js';
import { errorBody } from '../errors.js';
import { requestIdOf } from '../observe.js';
import { errorResponses } from '../wire/common.js';

const tags = ['archgate extension: operations'];
const ext = 'archgate extension (not in the cloud API). ';
const Status = Type.Object({ status: Type.Literal('ok') });

export interface HealthSources {
  /** Why the node cannot take work now (the readiness use case), or null when it can. */
  notReady: () => Promise<string | null>;
}

/**
 * Probes, with no credentials: liveness (the process serves) and readiness (the store answers, the
 * migrations are done, the worker id is leased, and the node is not stopping). A 503 says why.
 */
export const healthRoutes =
  (h: HealthSources): FastifyPluginAsyncTypebox =>
  async (app) => {
    const live = async () => ({ status: 'ok' as const });
    app.get(
      '/health/live',
      {
        schema: {
          operationId: 'ArchgateHealthLive',
          summary: `${ext}Liveness: 200 while the process serves (no credentials)`,
          tags,
          response: { 200: Status, ...errorResponses },
        },
      },
      live,
    );
    app.get('/health', { schema: { hide: true } }, live);
    app.get(
      '/health/ready',
      {
        schema: {
          operationId: 'ArchgateHealthReady',
          summary: `${ext}Readiness: 200 when the store answers a query, every migration has run and the worker id is leased; 503 with the reason otherwise and while shutting down (no credentials)`,
          tags,
          response: { 200: Status, ...errorResponses },
        },
      },
      async () => {
        const reason = await h.notReady();
        if (reason !== null) throw new DomainError('NOT_READY', { reason });
        return { status: 'ok' as const };
      },
    );
  };

/** GET /metrics on the main port (ARCHGATE_METRICS unset or `on`): Prometheus' text format, no credentials. */
export const metricsRoute =
  (metrics: Metrics): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => {
      const { contentType, body } = await metrics.scrape();
      return reply.type(contentType).send(body);
    });
  };

const PROBES = new Set(['/health', '/health/live', '/health/ready']);

/**
 * Once Fastify begins to close, it answers every request that still arrives (on a connection it had
 * accepted) with a bare 503 before any route runs. The probes are answered here instead, so that a load
 * balancer reads why: readiness 503 "shutting down", liveness 200 while the in-flight requests drain.
 */
export function answerProbesWhileStopping(server: Server, stopping: () => boolean) {
  const handlers = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!stopping() || req.method !== 'GET' || !PROBES.has(path)) {
      for (const handle of handlers) handle(req, res);
      return;
    }
    const id = requestIdOf(req);
    const ready = path === '/health/ready';
    const body = JSON.stringify(ready ? errorBody(new DomainError('NOT_READY', { reason: 'shutting down' }), id) : { status: 'ok' });
    res.writeHead(ready ? 503 : 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'x-request-id': id,
      connection: 'close',
      ...(ready ? { 'retry-after': '5' } : {}),
    });
    res.end(body);
  });
}

/** ARCHGATE_METRICS=host:port: GET /metrics alone, on a listener of its own (a private interface, say). */
export async function listenMetrics(metrics: Metrics, host: string, port: number): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify({ logger: false });
  await app.register(metricsRoute(metrics));
  const url = await app.listen({ host, port });
  return { url, close: () => app.close() };
}
