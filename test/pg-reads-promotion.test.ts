import { Session } from 'node:inspector/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { toApprovalVO } from '../src/api/present.js';
import { insertApprovals, listApprovals, type NewApprovalRecord } from '../src/store/approvals.js';
import { openStore, type Store } from '../src/store/db.js';
import { freshDbUrl } from './helpers/server.js';

interface SamplingNode {
  selfSize: number;
  children: SamplingNode[];
}
const sum = (n: SamplingNode): number => n.selfSize + n.children.reduce((s, c) => s + sum(c), 0);

/** A collection, now: --expose-gc set at run time reaches functions compiled afterwards, as a new context's. */
function collect(type: 'minor' | 'major') {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as (o: { type: string }) => void)({ type });
}

/**
 * Bytes that `read` left in the old generation over 400 calls (after 50 unmeasured), by V8's sampling heap
 * profiler told to forget objects that die young and to keep those only a mark-compact frees.
 */
async function promotedBy(read: () => Promise<number>): Promise<{ promoted: number; bytes: number }> {
  for (let i = 0; i < 50; i++) await read();
  // A full collection first, so that the test runner's own heap starts the reads collected: without it, the
  // first case read 0.5, 3.1 and 9.4 MB in three runs with the store's pool as it is (0.4 to 0.9 MB with it).
  collect('major');
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: false,
  });
  let bytes = 0;
  for (let i = 0; i < 400; i++) bytes += await read();
  // The young garbage of the last reads is not collected yet, and the profiler would count it as alive (up
  // to a semi-space of it): two scavenges first leave what was promoted or still lives.
  collect('minor');
  collect('minor');
  const { profile } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  return { promoted: sum(profile.head as unknown as SamplingNode), bytes };
}

async function withStore(fn: (store: Store) => Promise<void>) {
  const store = await openStore(await freshDbUrl('postgres'));
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * The store's PostgreSQL reads must leave their rows to the young generation. Through node-postgres's promise
 * form every result's rows were promoted to the old generation, which filled it and made a list node run a
 * mark-compact every 150 or so requests (src/store/pg-callback-pool.ts, docs/PERFORMANCE.md round 10). Each
 * case parses and serialises what it read, as a request does, so that scavenges happen with a result in hand.
 * Through the promise form the first case promoted 20 to 25 MB and the second 34 MB. Through the callback
 * form it is usually 0.4 to 0.9 MB, but the test runner's own work on a busy machine counts too: one CI run
 * read 2.4 MB. The bound, 6 MB, sits well between the two.
 */
const PROMOTED_MAX = 6 * 1024 * 1024;
describe('PostgreSQL reads and the collector', () => {
  it('400 reads of 50 rows promote under 6 MB (20 to 25 MB through the promise form)', async () => {
    await withStore(async (store) => {
      const { promoted, bytes } = await promotedBy(async () => {
        const r = await sql<{ id: string; biz_info: string }>`
          select g::text as id, json_build_object('table_name', 'ods_orders_' || g, 'pad', repeat('x', 760))::text as biz_info,
                 'ods_orders_' || g as name_en, 'PUBLISHED' as status
          from generate_series(1, 50) g`.execute(store.db);
        return JSON.stringify(r.rows.map((row) => ({ id: row.id, snapshot: JSON.parse(row.biz_info), text: row.biz_info }))).length;
      });
      expect(bytes).toBeGreaterThan(400 * 50 * 800);
      expect(promoted).toBeLessThan(PROMOTED_MAX);
    });
  });

  it('400 list pages of 50 applications, answered as the API answers them, promote under 6 MB (34 MB through the promise form)', async () => {
    await withStore(async (store) => {
      const t = { projectId: 'p'.repeat(32), workspaceId: 'w'.repeat(32) };
      const rows: NewApprovalRecord[] = Array.from({ length: 50 }, (_, i) => ({
        id: String(1000 + i),
        project_id: t.projectId,
        workspace_id: t.workspaceId,
        group_id: '1',
        biz_id: String(5000 + i),
        biz_type: 'TABLE_MODEL',
        name_en: `ods_orders_${i}`,
        name_ch: `订单${i}`,
        biz_info: { table_name: `ods_orders_${i}`, pad: 'x'.repeat(760) },
        biz_version: 1,
        biz_status: 'PUBLISHED',
        approval_status: 'DEVELOPING',
        approval_type: 'PUBLISH',
        submit_time: `2026-12-02T08:00:${String(i).padStart(2, '0')}.000Z`,
        create_by: 'admin',
        create_by_id: 'u1',
        approval_time: null,
        approver: 'admin',
        approver_user_id: 'u1',
        email: null,
        msg: null,
        env_type: null,
        is_edit: 0,
        l1: 'Sales',
        l2: null,
        l3: null,
        directory_path: null,
      }));
      await insertApprovals(store.db, rows);
      const { promoted, bytes } = await promotedBy(async () => {
        const page = await listApprovals(store.db, t, { approvalStatus: 'DEVELOPING', limit: 50, offset: 0 });
        return JSON.stringify(page.records.map((a) => toApprovalVO(a, 'UTC'))).length;
      });
      expect(bytes).toBeGreaterThan(400 * 50 * 800);
      expect(promoted).toBeLessThan(PROMOTED_MAX);
    });
  });
});
