import { ConfigError, readConfig } from './config.js';
import { StoreUrlError } from './store/db.js';
import { WorkerLeaseError } from './jobs/worker-lease.js';
import { startNode } from './node.js';

/** Process entry: read the environment, start a node, listen, and stop cleanly on SIGTERM or SIGINT. */
async function main() {
  const config = readConfig();
  const node = await startNode(config);
  const address = await node.app.listen({ host: config.host, port: config.port });
  const { boot } = node;
  const lines = [
    `archgate listening on ${address}`,
    `  store:        ${config.db.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@')}`,
    `  domain:       ${config.domain}`,
    `  project id:   ${boot.projectId} (name ${boot.projectName})`,
    `  workspace id: ${boot.workspaceId}`,
    `  user:         ${boot.userName}`,
    `  worker id:    ${node.workerId}`,
  ];
  if (boot.generatedPassword) {
    lines.push(`  password:     ${boot.generatedPassword}   (generated on this first start; shown only now)`);
  }
  if (config.clock === 'test') lines.push('  clock:        test (POST /archgate/v1/clock moves it)');
  lines.push(`  API docs:     ${address}/docs`);
  process.stdout.write(`${lines.join('\n')}\n`);

  const stop = (signal: string) => {
    node.app.log.info({ signal }, 'shutting down: finishing requests in flight');
    node.stop().then(() => process.exit(0), (err: unknown) => {
      process.stderr.write(`archgate: unclean shutdown: ${String(err)}\n`);
      process.exit(1);
    });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof StoreUrlError || err instanceof WorkerLeaseError) {
    process.stderr.write(`archgate: ${err.message}\n`);
  } else {
    process.stderr.write(`archgate: failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  process.exit(1);
});
