import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.js';
import { Snowflake } from './domain/ids.js';
import { systemClock, type Clock } from './domain/time.js';
import type { Store } from './store/db.js';
import type { Services } from './services.js';
import { loadSecretBox, type SecretBox } from './iam/secrets.js';
import { anySealedSecret } from './store/sealed.js';
import { LOG_REDACT_PATHS } from './config-redact.js';
import { Scheduler } from './jobs/scheduler.js';
import { Notifier } from './jobs/notifier.js';
import { webhookRoutes } from './api/routes/webhooks.js';
import { TestClock } from './jobs/test-clock.js';
import { registerAuthentication } from './api/authenticate.js';
import { SECURITY_SCHEMES, securityTransform } from './api/openapi-security.js';
import { DEFAULT_BODY_LIMIT, registerBodyLimits } from './api/body-limits.js';
import { registerBodyParser } from './api/body-parser.js';
import { clientErrorHandler, frameworkErrors, registerErrorHandling } from './api/errors.js';
import { registerValidation } from './api/validation.js';
import { approvalRoutes } from './api/routes/approvals.js';
import { approverRoutes } from './api/routes/approvers.js';
import { auditRoutes } from './api/routes/audit.js';
import { batchRoutes } from './api/routes/batches.js';
import { businessRoutes } from './api/routes/business.js';
import { clockRoutes } from './api/routes/clock.js';
import { resetRoutes } from './api/routes/reset.js';
import { iamRoutes } from './api/routes/iam.js';
import { impactRoutes } from './api/routes/impact.js';
import { iamUserRoutes } from './api/routes/iam-users.js';
import { modelRoutes } from './api/routes/models.js';
import { objectRoutes } from './api/routes/objects.js';
import { subjectRoutes } from './api/routes/subjects.js';
import { tableModelRoutes } from './api/routes/table-models.js';
import { tenancyRoutes } from './api/routes/tenancy.js';
import { meRoutes } from './api/routes/me.js';
import { consoleRoutes } from './api/routes/console.js';
import { answerProbesWhileStopping, healthRoutes, metricsRoute } from './api/routes/health.js';
import { notReadyReason } from './usecases/readiness.js';
import { registerObservation, requestIdOf } from './api/observe.js';
import type { LeaseState } from './jobs/worker-lease.js';
import { Metrics } from './metrics.js';

export interface AppOptions {
  config: Config;
  store: Store;
  /** This node's snowflake worker id (leased by the caller); a random one when absent. */
  workerId?: number;
  /** Names this node in job claims. */
  nodeId?: string;
  clock?: Clock;
  logger?: boolean;
  /** Where logs go (tests capture them); standard output by default. */
  loggerStream?: NodeJS.WritableStream;
  /** The sealing key, when the caller loaded it already (a node does, before bootstrap). */
  secrets?: SecretBox;
  /** The worker id's lease (readiness and the metrics watch it); without one, the app never reads ready. */
  lease?: LeaseState;
}

export interface App {
  app: FastifyInstance;
  services: Services;
  scheduler: Scheduler;
  /** Sends the notification outbox (issue 14). */
  notifier: Notifier;
  metrics: Metrics;
  /** Readiness answers 503 "shutting down" from now on; called first thing when the node stops. */
  markStopping(): void;
}

/** The composition root: configuration and store in; services, the Fastify instance and the scheduler out. */
export async function buildApp(opts: AppOptions): Promise<App> {
  const testClock = opts.config.clock === 'test' ? new TestClock(opts.store) : undefined;
  await testClock?.refresh();
  const clock = opts.clock ?? testClock ?? systemClock;
  const workerId = opts.workerId ?? randomBytes(2).readUInt16BE() % 1024;
  const services: Services = {
    store: opts.store,
    clock,
    config: opts.config,
    ids: new Snowflake(workerId, () => clock.now().getTime()),
    secrets:
      opts.secrets ?? loadSecretBox(opts.config.secretKey, opts.config.db, opts.config.secretKeyFile, await anySealedSecret(opts.store.db)),
  };
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: opts.config.logLevel,
            redact: LOG_REDACT_PATHS,
            serializers: {
              // Headers are logged (redacted) so that a request can be traced; pino's default leaves them out.
              req: (r: { method: string; url: string; headers: Record<string, unknown> }) => ({
                method: r.method,
                url: r.url,
                headers: r.headers,
              }),
            },
            // Human-readable on a terminal; JSON lines (one per event) anywhere else.
            ...(opts.loggerStream
              ? { stream: opts.loggerStream }
              : process.stdout.isTTY
                ? {
                    transport: {
                      target: 'pino-pretty',
                      options: {
                        translateTime: 'SYS:HH:MM:ss.l',
                        ignore: 'pid,hostname,req',
                        messageFormat: '{if req.method}{req.method} {req.url} {end}{msg}',
                      },
                    },
                  }
                : {}),
          },
    // Small unless src/api/body-limits.ts gives the route more.
    bodyLimit: DEFAULT_BODY_LIMIT,
    genReqId: requestIdOf,
    // One line per request, when it is answered (src/api/observe.ts), instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    // Errors raised before a route runs (a malformed URL) and before Fastify sees the request (headers
    // over Node's limit) are answered in the gateway's shape too.
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>();
  const metrics = new Metrics(opts.store, opts.lease);
  app.addHook('onClose', async () => metrics.close());
  const nodeId = opts.nodeId ?? randomBytes(8).toString('hex');
  const scheduler = new Scheduler(services, nodeId, testClock, app.log, metrics);
  const notifier = new Notifier(services, nodeId, testClock, app.log, metrics);
  let stopping = false;
  answerProbesWhileStopping(app.server, () => stopping);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'archgate',
        version: '0.1.0',
        description:
          'DataArts Architecture approval API, wire-compatible. Paths under /archgate/v1/ are archgate extensions, not part of the cloud API.',
      },
      // Relative: the archgate that serves this document, wherever it listens or is proxied.
      servers: [{ url: '/', description: 'this archgate' }],
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: securityTransform,
    refResolver: { buildLocalReference: (json, _base, _frag, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  registerBodyParser(app);
  registerValidation(app);
  registerErrorHandling(app);
  registerAuthentication(app, services);
  registerBodyLimits(app);
  registerObservation(app, metrics);

  await app.register(iamRoutes(services));
  await app.register(iamUserRoutes(services));
  await app.register(tenancyRoutes(services));
  await app.register(meRoutes(services));
  await app.register(consoleRoutes());
  await app.register(approvalRoutes(services));
  await app.register(approverRoutes(services));
  await app.register(businessRoutes(services));
  await app.register(subjectRoutes(services));
  await app.register(modelRoutes(services));
  await app.register(tableModelRoutes(services));
  await app.register(objectRoutes(services));
  await app.register(batchRoutes(services));
  await app.register(impactRoutes(services));
  await app.register(auditRoutes(services));
  await app.register(webhookRoutes(services));
  await app.register(clockRoutes(services, testClock, () => scheduler.tick().then(() => notifier.tick())));
  await app.register(resetRoutes(services));
  await app.register(healthRoutes({ notReady: () => notReadyReason(opts.store, opts.lease, () => stopping) }));
  if (opts.config.metrics.serve === 'main') await app.register(metricsRoute(metrics));
  const markStopping = () => {
    stopping = true;
  };
  return { app, services, scheduler, notifier, metrics, markStopping };
}
