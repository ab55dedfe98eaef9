import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { provider } from '../../src/store/migrations.js';
import { freshDbUrl, type Engine } from './server.js';
import { copySqliteStore } from './upgrade-pg-copy.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The last migration of release ee2af78: its store is the schema of 001 up to this one. */
export const OLD_LAST_MIGRATION = '005_inbox_index';

export interface MigrationRow {
  name: string;
  timestamp: string;
}

/** A store of release ee2af78 on one engine, in a temp folder of its own. */
export interface OldStore {
  /** Points a spawned archgate at the store and at the key that sealed its access keys' secrets. */
  env: Record<string, string>;
  /** Kysely's record of the migrations run, by name. */
  migrationRows(): Promise<MigrationRow[]>;
  dispose(): void;
}

/**
 * SQLite: a copy of test/fixtures/store-ee2af78.sqlite, its key file beside it (where archgate looks by
 * default). PostgreSQL: a new database brought to the old schema by the frozen migrations 001 to 005
 * (released migrations never change), then filled with every row of the fixture; its key file is named by
 * ARCHGATE_SECRET_KEY_FILE, since a PostgreSQL store has no folder to look beside.
 */
export async function oldReleaseStore(engine: Engine): Promise<OldStore> {
  const dir = mkdtempSync(join(tmpdir(), `archgate-upgrade-${engine}-`));
  const file = join(dir, 'archgate.db');
  const keyFile = join(dir, 'archgate.key');
  copyFileSync(join(FIXTURES, 'store-ee2af78.sqlite'), file);
  copyFileSync(join(FIXTURES, 'archgate.key'), keyFile);
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  // The key file alone seals: no key from the environment.
  const keyEnv = { ARCHGATE_SECRET_KEY: '', ARCHGATE_SECRET_KEY_FILE: '' };
  if (engine === 'sqlite') {
    return {
      env: { ...keyEnv, ARCHGATE_DB: `sqlite:${file}` },
      migrationRows: async () => {
        const db = new Database(file, { readonly: true });
        try {
          return db.prepare('select name, timestamp from kysely_migration order by name').all() as MigrationRow[];
        } finally {
          db.close();
        }
      },
      dispose,
    };
  }
  const url = await freshDbUrl('postgres');
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) });
  try {
    const { error, results } = await new Migrator({ db, provider }).migrateTo(OLD_LAST_MIGRATION);
    const failed = results?.find((r) => r.status !== 'Success');
    if (error || failed) throw new Error(`old schema: migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
    await copySqliteStore(file, db);
  } finally {
    await db.destroy();
  }
  return {
    env: { ...keyEnv, ARCHGATE_DB: url, ARCHGATE_SECRET_KEY_FILE: keyFile },
    migrationRows: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<MigrationRow>('select name, timestamp from kysely_migration order by name')).rows;
      } finally {
        await client.end();
      }
    },
    dispose,
  };
}
