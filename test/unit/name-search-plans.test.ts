import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { rowBefore, type SearchKind } from '../../src/store/name-search.js';

/**
 * The search's plans on SQLite do not depend on what the planner knows of the data: a node opened on a file
 * gathers statistics (`PRAGMA optimize`), but a database that grew since has none for its new size, and
 * one plan that read a range with them walked every row of the tenant without them.
 */
describe('SQLite name search: plans that hold without statistics', () => {
  const plan = (db: Database.Database, q: { sql: string; parameters: readonly unknown[] }) =>
    (db.prepare(`explain query plan ${q.sql}`).all(...(q.parameters as unknown[])) as { detail: string }[]).map((r) => r.detail);

  it.each([
    ['approval', 'submit_time'],
    ['object', 'create_time'],
  ] as [SearchKind, string][])('the proof that no earlier row matches (%s) is one range of the order index', async (kind, time) => {
    const path = join(mkdtempSync(join(tmpdir(), 'plans-')), 'a.db');
    const store = await openStore(`sqlite:${path}`);
    const q = rowBefore(kind, 1, { t: '2026-01-01T00:00:00.000Z', id: '1' }, 5).compile(store.db);
    await store.close();
    const db = new Database(path);
    try {
      const range = `SEARCH ${kind}_search USING COVERING INDEX ${kind}_search_order (tkey=? AND (${time},id)>(?,?))`;
      db.exec('drop table if exists sqlite_stat1; drop table if exists sqlite_stat4');
      expect(plan(db, q)).toEqual([range]);
      // With statistics of a large tenant, as a node gathers them when it opens the file.
      db.exec(`analyze sqlite_schema; delete from sqlite_stat1 where tbl = '${kind}_search';
        insert into sqlite_stat1 (tbl, idx, stat) values ('${kind}_search', '${kind}_search_order', '1000000 1001 1 1');
        analyze sqlite_schema`);
      expect(plan(db, q)).toEqual([range]);
    } finally {
      db.close();
    }
  });
});
