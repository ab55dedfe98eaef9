import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteDb } from '../bench/lib/create-db.js';
import { sqlFloor2 } from '../bench/lib/sql-floor2.js';
import { batchBody, createObjects, startServer, type TestServer } from './helpers/server.js';

/**
 * The offline2 SQL floor (bench/lib/sql-floor2.ts) is the yardstick of issue 15's `ratio_offline2_vs_sql_floor`:
 * what archgate's own SQL for one 2-item fast batch-offline allows. It must write what archgate writes for
 * the bench's objects, or it measures other work: until round 11 every application it wrote was named 'n',
 * which the search triggers (trigram index, name counts) have nothing to do for, while archgate indexed a real
 * name for each. So archgate takes two objects, named and published as the bench does, offline; the floor
 * does one transaction on objects named the same; the rows they wrote must be the same, column by column,
 * but for ids, tenants, users and times.
 */
const VARYING = new Set([
  'id',
  'project_id',
  'workspace_id',
  'group_id',
  'biz_id',
  'submit_time',
  'approval_time',
  'create_by_id',
  'approver_user_id',
]);

function comparable(row: Record<string, unknown>, objectId: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (!VARYING.has(k)) out[k] = v;
  if (typeof out.biz_info === 'string') out.biz_info = JSON.parse((out.biz_info as string).replaceAll(objectId, '<object id>'));
  return out;
}

/** The offline's applications (by object name), its items, and every application's name, as a store holds them. */
function written(db: Database.Database) {
  const approvals = db.prepare(`select * from approvals where approval_type = 'OFFLINE' order by name_en`).all() as (Record<
    string,
    unknown
  > & { biz_id: string; group_id: string })[];
  const items = db.prepare('select * from batch_items where group_id = ? order by seq').all(approvals[0]!.group_id) as (Record<
    string,
    unknown
  > & { biz_id: string })[];
  const published = db.prepare(`select name_en from approvals where approval_type = 'PUBLISH' order by name_en`).all();
  return {
    approvals: approvals.map((a) => comparable(a, a.biz_id)),
    items: items.map((i) => comparable(i, i.biz_id)),
    published,
  };
}

describe('the offline2 SQL floor', () => {
  let s: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ag-floor-'));
    s = await startServer('sqlite', {}, `sqlite:${join(dir, 'node.db')}`);
  });
  afterAll(async () => {
    await s.close();
  });

  it('writes the rows archgate writes for the same objects', async () => {
    // As the bench provisions them (bench/lib/offline2.ts provisionPairs): created, then fast-published.
    const ids = await createObjects(s, 'TABLE_MODEL', ['floor_0', 'floor_1']);
    const pub = await s.call('POST', '/v2/{p}/design/approvals/batch-publish?from=standard', {
      body: batchBody(s, ids, 'TABLE_MODEL', { fast_approval: true, email: null }),
    });
    expect(pub.body.data.value.operation_status).toBe('SUCCESS');
    const off = await s.call('POST', '/v2/{p}/design/approvals/batch-offline?from=standard', {
      body: batchBody(s, ids, 'TABLE_MODEL', { fast_approval: true, email: null }),
    });
    expect(off.body.data.value.operation_status).toBe('SUCCESS');
    const node = new Database(join(dir, 'node.db'), { readonly: true });
    const byArchgate = written(node);
    node.close();

    const floorPath = join(dir, 'floor.db');
    const tps = sqlFloor2(floorPath, await createSqliteDb(floorPath), 1, { data: 'as-archgate', namePrefix: 'floor' });
    expect(tps).toBeGreaterThan(0);
    const floor = new Database(floorPath, { readonly: true });
    const byFloor = written(floor);
    floor.close();

    expect(byArchgate.approvals.map((a) => a.name_en)).toEqual(['floor_0', 'floor_1']);
    expect(byFloor).toEqual(byArchgate);
  });

  it("as until round 11, names every application 'n'", async () => {
    const path = join(dir, 'one-name.db');
    sqlFloor2(path, await createSqliteDb(path), 2, { data: 'one-name' });
    const db = new Database(path, { readonly: true });
    const names = db.prepare(`select distinct name_en from approvals`).all();
    db.close();
    expect(names).toEqual([{ name_en: 'n' }]);
  });
});
