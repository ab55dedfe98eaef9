import { CI_DEFAULTS, ConfigError, readConfig, type Config } from './config.js';
import { redactText, redactUrl } from './config-redact.js';
import { StoreOpenError, StoreUrlError } from './store/db.js';
import { SecretKeyError } from './iam/secrets.js';
import { WorkerLeaseError } from './jobs/worker-lease.js';
import { generatedPasswordShown } from './bootstrap.js';
import { startNode, type Node } from './node.js';

/** A start-up failure the operator can act on from its one line; a stack would only bury it. */
class ListenError extends Error {}

const LISTEN_FAILURES: Record<string, (c: Config) => string> = {
  EADDRINUSE: (c) => `port ${c.port} is in use on ${c.host}, set ARCHGATE_PORT to a free port`,
  EACCES: (c) => `not allowed to listen on port ${c.port}, set ARCHGATE_PORT to a port above 1023`,
  EADDRNOTAVAIL: (c) => `${c.host} is not an address of this machine, set ARCHGATE_HOST`,
};

async function listen(node: Node, config: Config): Promise<string> {
  try {
    return await node.app.listen({ host: config.host, port: config.port });
  } catch (err) {
    // Give back the worker id lease and the store before going.
    await node.stop().catch(() => undefined);
    const explain = LISTEN_FAILURES[(err as NodeJS.ErrnoException).code ?? ''];
    throw explain ? new ListenError(explain(config)) : err;
  }
}

/** Process entry: read the environment, start a node, listen, and stop cleanly on SIGTERM or SIGINT. */
async function main() {
  const config = readConfig();
  const node = await startNode(config);
  const address = await listen(node, config);
  const { boot } = node;
  let passwordForgotten: Promise<void> = Promise.resolve();
  const stop = (signal: string) => {
    node.app.log.info({ signal }, 'shutting down: finishing requests in flight');
    passwordForgotten
      .then(() => node.stop())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          process.stderr.write(`archgate: unclean shutdown: ${redactText(String(err))}\n`);
          process.exit(1);
        },
      );
  };
  // A terminal's Ctrl-C reaches the server twice under `npm start`: from the terminal, and passed on by
  // npm. A repeat within a second is that same keypress; a later one is someone insisting, and ends the
  // process without waiting for the requests in flight.
  let stoppingSince = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stoppingSince === 0) {
      stoppingSince = Date.now();
      stop(signal);
    } else if (Date.now() - stoppingSince > 1000) {
      process.stderr.write(`archgate: ${signal} again: exiting without finishing the requests in flight\n`);
      process.exit(1);
    }
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  const lines = [
    `archgate listening on ${address}`,
    `  store:        ${redactUrl(config.db)}`,
    `  domain:       ${config.domain}`,
    `  project id:   ${boot.projectId} (name ${boot.projectName})`,
    `  workspace id: ${boot.workspaceId}`,
    `  user:         ${boot.userName}`,
    `  worker id:    ${node.workerId}`,
  ];
  if (boot.generatedPassword) {
    lines.push(`  password:     ${boot.generatedPassword}   (generated on the first start; not shown again)`);
  }
  if (config.mode === 'ci') {
    // A throw-away stand-in: its well-known default password is no secret. One the environment set is not shown.
    const pw = config.adminPassword === CI_DEFAULTS.adminPassword ? config.adminPassword : '(ARCHGATE_ADMIN_PASSWORD)';
    lines.push(
      `  password:     ${pw}`,
      '  mode:         ci (POST /archgate/v1/reset empties the store; no throttling, no lockout)',
      `  environment:  eval "$(archgate env --endpoint ${address})"`,
    );
  }
  if (config.clock === 'test') lines.push('  clock:        test (POST /archgate/v1/clock moves it)');
  lines.push(`  API docs:     ${address}/docs`);
  const written = new Promise<boolean>((resolve) => process.stdout.write(`${lines.join('\n')}\n`, (err) => resolve(!err)));
  if (boot.generatedPassword) {
    // Forgotten only once written: until then, every start shows it again.
    passwordForgotten = written
      .then((ok) => (ok ? generatedPasswordShown(node.store) : undefined))
      .catch((err: unknown) => {
        node.app.log.warn({ err }, 'could not forget the generated password; the next start shows it again');
      });
  }
}

const ONE_LINE = [ConfigError, StoreUrlError, StoreOpenError, SecretKeyError, WorkerLeaseError, ListenError];

main().catch((err: unknown) => {
  const known = ONE_LINE.some((cls) => err instanceof cls);
  const text = known ? (err as Error).message : `failed to start: ${err instanceof Error ? err.stack : String(err)}`;
  process.stderr.write(`archgate: ${redactText(text)}\n`);
  process.exit(1);
});
