import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { SqliteLockFreeCompiler } from '../../src/store/sqlite-compiler.js';

interface T {
  objects: { id: string; status: string };
}

const sqlite = new Kysely<T>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteLockFreeCompiler(),
  },
});
const postgres = new Kysely<T>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

describe('row locks: stated once, compiled for each engine', () => {
  const locked = [
    { lock: 'for update', q: (db: Kysely<T>) => db.selectFrom('objects').selectAll().where('id', '=', '1').forUpdate() },
    { lock: 'for share', q: (db: Kysely<T>) => db.selectFrom('objects').selectAll().where('id', '=', '1').forShare() },
    { lock: 'for update skip locked', q: (db: Kysely<T>) => db.selectFrom('objects').select('id').forUpdate().skipLocked() },
  ];

  it.each(locked)('PostgreSQL keeps "$lock"; SQLite gets the same query without it', ({ lock, q }) => {
    expect(q(postgres).compile().sql).toContain(lock);
    const s = q(sqlite).compile().sql;
    expect(s).not.toMatch(/for (update|share)|skip locked|nowait/);
    expect(s).toContain('select');
  });

  it('strips the lock of a subquery too, and leaves DISTINCT alone', () => {
    const q = sqlite
      .updateTable('objects')
      .set({ status: 'X' })
      .where('id', 'in', sqlite.selectFrom('objects').select('id').distinct().forUpdate().skipLocked());
    const s = q.compile().sql;
    expect(s).not.toMatch(/for update|skip locked/);
    expect(s).toContain('select distinct');
  });
});
