import { ConfigError, readConfig } from './config.js';
import { bootstrap } from './bootstrap.js';
import { buildApp } from './app.js';
import { openStore, StoreUrlError } from './store/db.js';
import { systemClock } from './domain/time.js';

/** Process entry: read the environment, open and migrate the store, bootstrap, listen, stop cleanly. */
async function main() {
  const config = readConfig();
  const store = await openStore(config.db);
  const boot = await bootstrap(store, config, systemClock);
  const { app } = await buildApp({ config, store });
  const address = await app.listen({ host: config.host, port: config.port });
  const lines = [
    `archgate listening on ${address}`,
    `  store:        ${config.db.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@')}`,
    `  domain:       ${config.domain}`,
    `  project id:   ${boot.projectId} (name ${boot.projectName})`,
    `  workspace id: ${boot.workspaceId}`,
    `  user:         ${boot.userName}`,
  ];
  if (boot.generatedPassword) {
    lines.push(`  password:     ${boot.generatedPassword}   (generated on this first start; shown only now)`);
  }
  lines.push(`  API docs:     ${address}/docs`);
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof StoreUrlError) {
    process.stderr.write(`archgate: ${err.message}\n`);
  } else {
    process.stderr.write(`archgate: failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  process.exit(1);
});
