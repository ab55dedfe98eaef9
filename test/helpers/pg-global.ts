import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from './embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
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
  // Fast and not durable: a test database never outlives its run.
  const pg = await startEmbeddedPostgres({
    prefix: 'archgate-pg-',
    flags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
  });
  project.provide('pgUrl', pg.url);
  return () => pg.stop();
}
