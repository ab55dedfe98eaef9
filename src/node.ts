import type { Config } from './config.js';
import { bootstrap, type BootstrapResult } from './bootstrap.js';
import { buildApp, type App } from './app.js';
import { openStore, type Store } from './store/db.js';
import { systemClock } from './domain/time.js';
import { WorkerLease } from './jobs/worker-lease.js';
import { loadSecretBox } from './iam/secrets.js';
import { anySealedSecret } from './store/sealed.js';
import { listenMetrics } from './api/routes/health.js';

export interface Node extends App {
  store: Store;
  boot: BootstrapResult;
  workerId: number;
  /** Where GET /metrics is served when ARCHGATE_METRICS names a listener of its own. */
  metricsUrl?: string;
  /** Stops taking requests, finishes those in flight and the scheduler's pass, gives back claims and the lease. */
  stop(): Promise<void>;
}

export interface NodeOptions {
  logger?: boolean;
  loggerStream?: NodeJS.WritableStream;
  onLeaseLost?: (err: Error) => void;
}

/** One archgate node: store, bootstrap, a leased worker id, the HTTP app and the scheduler. */
export async function startNode(config: Config, opts: NodeOptions = {}): Promise<Node> {
  const store = await openStore(config.db);
  try {
    // The key is checked against the store's sealed secrets before anything is sealed with it.
    const secrets = loadSecretBox(config.secretKey, config.db, config.secretKeyFile, await anySealedSecret(store.db));
    const boot = await bootstrap(store, config, systemClock, secrets);
    // Losing the lease means another node may now issue our ids: stop issuing them at once.
    const lease = new WorkerLease(
      store,
      opts.onLeaseLost ??
        ((err) => {
          process.stderr.write(`archgate: ${err.message}; exiting\n`);
          process.exit(1);
        }),
    );
    const workerId = await lease.acquire(config.workerId);
    const built = await buildApp({
      config,
      store,
      secrets,
      workerId,
      nodeId: lease.nodeId,
      logger: opts.logger,
      loggerStream: opts.loggerStream,
      lease,
    });
    const m = config.metrics;
    const metricsServer =
      m.serve === 'own'
        ? await listenMetrics(built.metrics, m.host, m.port).catch(async (err: unknown) => {
            await built.app.close();
            await lease.release();
            throw err;
          })
        : undefined;
    built.scheduler.start();
    built.notifier.start();
    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= (async () => {
        // server.close() closes only the connections idle at that moment: a keep-alive connection whose
        // request is in flight would hold the close (and the exit) for the whole keep-alive timeout (72 s).
        // With this, it closes as soon as its answer is out.
        built.app.server.keepAliveTimeout = 1;
        // Readiness reads 503 "shutting down" before anything closes.
        built.markStopping();
        await built.app.close();
        await metricsServer?.close();
        await built.scheduler.stop();
        await built.notifier.stop();
        await lease.release();
        await store.close();
      })();
      return stopping;
    };
    return { ...built, store, boot, workerId, metricsUrl: metricsServer?.url, stop };
  } catch (err) {
    await store.close();
    throw err;
  }
}
