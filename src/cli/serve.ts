import type { Command } from 'commander';
import { example } from './context.js';

/**
 * `archgate serve`: the server of `npm start`, unchanged. The flags set the ARCHGATE_* variables they
 * stand for, then src/main.ts runs as the process entry (banner, signals, one-line start-up errors).
 * The only command that opens the store, because it is the server.
 */
export function registerServe(program: Command) {
  program
    .command('serve')
    .description(
      'run the archgate server (as npm start does), with its data under ./data or ARCHGATE_DB; every ARCHGATE_* variable of the README applies',
    )
    .option('--port <port>', 'port to listen on, 0 for a free one (ARCHGATE_PORT, default 8080)')
    .option('--host <address>', 'address to listen on (ARCHGATE_HOST, default 127.0.0.1)')
    .option('--db <url>', 'the store: sqlite:<path> or postgres://… (ARCHGATE_DB, default sqlite:./data/archgate.db)')
    .option('--clock <mode>', 'system, or test for the test clock (ARCHGATE_CLOCK)')
    .option('--log-level <level>', 'pino log level (ARCHGATE_LOG_LEVEL)')
    .option(
      '--ci',
      'a CI stand-in (ARCHGATE_MODE=ci): an in-memory store unless --db, no throttling, the test clock, fixed ids and password, POST /archgate/v1/reset',
    )
    .addHelpText(
      'after',
      example(
        'archgate serve',
        'archgate serve --port 9090 --db sqlite:/var/lib/archgate/archgate.db',
        'ARCHGATE_DB=postgres://archgate:pw@db:5432/archgate archgate serve --host 0.0.0.0',
        'archgate serve --ci --port 8080 &  eval "$(archgate env --endpoint http://127.0.0.1:8080)"',
      ),
    )
    .action(async (o: { port?: string; host?: string; db?: string; clock?: string; logLevel?: string; ci?: boolean }) => {
      const set: Record<string, string | undefined> = {
        ARCHGATE_PORT: o.port,
        ARCHGATE_HOST: o.host,
        ARCHGATE_DB: o.db,
        ARCHGATE_CLOCK: o.clock,
        ARCHGATE_LOG_LEVEL: o.logLevel,
        ARCHGATE_MODE: o.ci ? 'ci' : undefined,
      };
      for (const [k, v] of Object.entries(set)) if (v !== undefined) process.env[k] = v;
      await import('../main.js');
      // The server now owns the process: it exits on SIGTERM or SIGINT, or with status 1 if it cannot start.
      await new Promise(() => undefined);
    });
}
