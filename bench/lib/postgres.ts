import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../test/helpers/embedded-postgres.js';

export type Postgres = EmbeddedServer;

/**
 * A real PostgreSQL for the benchmarks, started as the tests start theirs but durable: fsync and
 * synchronous_commit stay on (the defaults), as archgate fsyncs SQLite's WAL before it answers.
 */
export function startPostgres(): Promise<Postgres> {
  return startEmbeddedPostgres({ prefix: 'archgate-bench-pg-', flags: ['-c', 'max_connections=100', '-c', 'shared_buffers=256MB'] });
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
