import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenTx, transact } from '../src/store/db.js';
import { searchCounts011 } from '../src/store/migrations/011_search_counts.js';
import { sqliteStatusCounts014 } from '../src/store/migrations/014_sqlite_status_counts.js';
import { ENGINES, batchBody, startServer, type TestServer } from './helpers/server.js';

/**
 * The applications list's exact `total` under every status, type and name filter, whatever writes the
 * applications: concurrent batches, decisions and withdrawals, offline batches, a rolled-back transaction,
 * and writes straight into the store (insert, status change, rename, delete). Those totals come from the
 * counts that triggers keep (migration 011; on SQLite, 014 for the status and type filters); the list of
 * every application, read without a filter and filtered here, is the reference.
 */

const APPROVALS = '/v2/{p}/design/approvals';
/** Names shared by several objects, in several cases, with and without a Chinese name. */
const NAMES = [
  { name_en: 'dws_Orders_daily', name_ch: '订单日报' },
  { name_en: 'DWS_ORDERS_DAILY', name_ch: null },
  { name_en: 'dws_orders_daily', name_ch: '订单日报' },
  { name_en: 'ods_customer_100%', name_ch: '客户' },
  { name_en: 'ods_customer_100_', name_ch: '' },
  { name_en: 'dim_region', name_ch: '区域订单' },
];
const NEEDLES = ['orders', 'ORDERS_d', '订单', '100%', '100_', 'customer', 'dim', 'zzz', 'o', '_'];
const STATUS_FILTERS = ['', 'approval_status=DEVELOPING', 'approval_status=FINISHED'];
const DETAIL_FILTERS = ['', 'approval_status_detail=DEVELOPING', 'approval_status_detail=APPROVED', 'approval_status_detail=REJECT'];
const TYPE_FILTERS = ['', 'approval_type=PUBLISH', 'approval_type=OFFLINE'];

interface App {
  id: string;
  name_en: string;
  name_ch: string | null;
  approval_status: string;
  approval_type: string;
}

const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const has = (field: string | null, needle: string) => field !== null && fold(field).includes(fold(needle));

describe.each(ENGINES)('exact totals of the applications list through every kind of write (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s?.close();
  });

  const every = async (): Promise<App[]> => {
    const out: App[] = [];
    for (let offset = 0; ; offset += 100) {
      const r = await s.call('GET', `${APPROVALS}?limit=100&offset=${offset}`);
      expect(r.status).toBe(200);
      out.push(...r.body.data.value.records);
      // A wrong total must fail the test, not keep it paging.
      if (r.body.data.value.records.length < 100) return out;
    }
  };

  /** Every status and type filter, and every needle, against the list read whole. */
  const expectExact = async () => {
    const apps = await every();
    const plain = await s.call('GET', `${APPROVALS}?limit=1`);
    expect(plain.body.data.value.total).toBe(apps.length);
    for (const st of STATUS_FILTERS)
      for (const detail of DETAIL_FILTERS)
        for (const type of TYPE_FILTERS) {
          const q = [st, detail, type].filter(Boolean).join('&');
          const want = apps.filter(
            (a) =>
              (st === '' || (st.endsWith('DEVELOPING') ? a.approval_status === 'DEVELOPING' : a.approval_status !== 'DEVELOPING')) &&
              (detail === '' || a.approval_status === detail.split('=')[1]) &&
              (type === '' || a.approval_type === type.split('=')[1]),
          );
          const r = await s.call('GET', `${APPROVALS}?${q}&limit=5`);
          expect(r.status).toBe(200);
          expect(r.body.data.value.total, q).toBe(want.length);
          expect(r.body.data.value.records.map((a: App) => a.id)).toEqual(want.slice(0, 5).map((a) => a.id));
        }
    for (const needle of NEEDLES) {
      const want = apps.filter((a) => has(a.name_en, needle) || has(a.name_ch, needle));
      const r = await s.call('GET', `${APPROVALS}?name=${encodeURIComponent(needle)}&limit=5`);
      expect(r.body.data.value.total, needle).toBe(want.length);
      expect(r.body.data.value.records.map((a: App) => a.id)).toEqual(want.slice(0, 5).map((a) => a.id));
    }
    return apps;
  };

  const register = async (count: number, tag: string) => {
    const r = await s.call('POST', '/archgate/v1/{p}/objects', {
      body: {
        objects: Array.from({ length: count }, (_, i) => ({ biz_type: 'TABLE_MODEL', ...NAMES[i % NAMES.length]!, code: `${tag}${i}` })),
      },
    });
    expect(r.status).toBe(200);
    return r.body.data.value.records.map((o: { id: string }) => o.id) as string[];
  };

  it('concurrent batches, decisions, withdrawals and offline batches', async () => {
    const ids = await register(60, 'c');
    // Twelve batches at once, every other one fast-approved.
    const batches = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        s.call('POST', `${APPROVALS}/batch-publish`, {
          body: batchBody(s, ids.slice(i * 5, i * 5 + 5), 'TABLE_MODEL', i % 2 ? { fast_approval: true } : {}),
        }),
      ),
    );
    for (const b of batches) expect(b.status, JSON.stringify(b.body)).toBe(200);
    let apps = await expectExact();
    expect(apps).toHaveLength(60);
    // Every pending application decided at once: resolved, rejected or withdrawn.
    const pending = apps.filter((a) => a.approval_status === 'DEVELOPING');
    expect(pending.length).toBe(30);
    const decided = await Promise.all(
      pending.map((a, i) =>
        i % 3 === 2
          ? s.call('PUT', `${APPROVALS}?ids=${a.id}`)
          : s.call('PUT', `${APPROVALS}/action?action-id=${i % 3 ? 'reject' : 'resolve'}`, { body: { ids: [a.id], msg: 'm' } }),
      ),
    );
    for (const d of decided) expect(d.status, JSON.stringify(d.body)).toBe(200);
    apps = await expectExact();
    // The published objects offline, half pending, half fast-approved, at once.
    const published = (await s.call('GET', '/archgate/v1/{p}/objects?status=PUBLISHED&limit=100')).body.data.value.records.map(
      (o: { id: string }) => o.id,
    ) as string[];
    expect(published.length).toBeGreaterThan(10);
    const offline = await Promise.all(
      published.map((id, i) =>
        s.call('POST', `${APPROVALS}/batch-offline`, { body: batchBody(s, [id], 'TABLE_MODEL', i % 2 ? { fast_approval: true } : {}) }),
      ),
    );
    for (const o of offline) expect(o.status, JSON.stringify(o.body)).toBe(200);
    apps = await expectExact();
    expect(apps.filter((a) => a.approval_type === 'OFFLINE')).toHaveLength(published.length);
  }, 120_000);

  it('a rolled-back write changes no total; writes straight into the store (insert, status, rename, delete) are counted', async () => {
    const before = await expectExact();
    const [a, b, c] = before;
    const cols = sql.raw(`project_id, workspace_id, group_id, biz_type, name_en, name_ch, biz_info, biz_version, biz_status,
      approval_type, submit_time, create_by, create_by_id, approval_time, approver, approver_user_id, email, msg, env_type, is_edit,
      l1, l2, l3, directory_path`);
    // A copy of an application under another id and object, decided.
    const copy = (id: string, from: string) =>
      sql`insert into approvals (id, biz_id, approval_status, ${cols}) select ${id}, biz_id || 'x', 'REJECT', ${cols}
            from approvals where id = ${from}`;
    const writes = async (tx: OpenTx) => {
      await copy('900000000000000001', a!.id).execute(tx);
      await copy('900000000000000002', b!.id).execute(tx);
      await sql`update approvals set approval_status = 'APPROVED', approval_type = 'OFFLINE' where id = ${b!.id}`.execute(tx);
      await sql`update approvals set name_en = 'Renamed_ORDERS_again', name_ch = null where id = ${c!.id}`.execute(tx);
      await sql`delete from approvals where id = ${a!.id}`.execute(tx);
    };
    await expect(
      transact(s.store!, async (tx) => {
        await writes(tx);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await expectExact()).toEqual(before);
    await transact(s.store!, writes);
    const after = await expectExact();
    expect(after).toHaveLength(before.length + 1);
    expect(after.find((x) => x.id === c!.id)?.name_en).toBe('Renamed_ORDERS_again');
  }, 60_000);

  it('migration 011 counts the applications already there', async () => {
    const before = await expectExact();
    // The store as it was before migration 011, with its applications; then the migration alone.
    await transact(s.store!, async (tx) => {
      if (engine === 'sqlite') {
        for (const t of ['insert', 'delete', 'update']) await sql.raw(`drop trigger approval_names_${t}`).execute(tx);
        await sql`drop table approval_names`.execute(tx);
        await sql`drop table approval_name_counts`.execute(tx);
        await sql`drop table approval_name_fts`.execute(tx);
      } else {
        await sql`drop table approval_status_counts, approval_name_counts, approval_name_tenants`.execute(tx);
        await sql`drop sequence approval_status_counts_ticks`.execute(tx);
        await sql`drop function approval_status_counts_fold, approval_status_counts_update, approval_counts_insert,
          approval_counts_delete, approval_name_counts_add, approval_name_counts_update, approval_counts_truncate cascade`.execute(tx);
      }
      await searchCounts011.up(tx);
    });
    expect(await expectExact()).toEqual(before);
  }, 60_000);

  it('migration 014 counts the applications already there (SQLite; nothing to do on PostgreSQL)', async () => {
    const before = await expectExact();
    await transact(s.store!, async (tx) => {
      if (engine === 'sqlite') {
        for (const t of ['insert', 'delete', 'update']) await sql.raw(`drop trigger approval_status_counts_${t}`).execute(tx);
        await sql`drop table approval_status_counts`.execute(tx);
      }
      await sqliteStatusCounts014.up(tx);
    });
    expect(await expectExact()).toEqual(before);
  }, 60_000);

  it('a name no application carries any more leaves the names counted', async () => {
    const names = async () => {
      const table = engine === 'sqlite' ? 'approval_names' : 'approval_name_counts';
      const r = await sql<{ name_en: string }>`select name_en from ${sql.table(table)}`.execute(s.store!.db);
      return r.rows.map((x) => x.name_en);
    };
    expect(await names()).toContain('dim_region');
    await transact(s.store!, (tx) => sql`delete from approvals where lower(name_en) = 'dim_region'`.execute(tx));
    expect(await names()).not.toContain('dim_region');
    expect(await names()).toContain('dws_orders_daily');
    await expectExact();
    // And comes back with the next application that carries it, in another case.
    const o = await s.call('POST', '/archgate/v1/{p}/objects', {
      body: { objects: [{ biz_type: 'TABLE_MODEL', name_en: 'DIM_Region', name_ch: '区域订单' }] },
    });
    const id = o.body.data.value.records[0].id as string;
    expect((await s.call('POST', `${APPROVALS}/batch-publish`, { body: batchBody(s, [id], 'TABLE_MODEL') })).status).toBe(200);
    expect(await names()).toContain('dim_region');
    await expectExact();
  }, 60_000);

  it('the count rows stay few however many decisions were made', async () => {
    const ids = await register(70, 'f');
    const r = await s.call('POST', `${APPROVALS}/batch-publish`, { body: batchBody(s, ids, 'TABLE_MODEL') });
    expect(r.status).toBe(200);
    const pending = (await every()).filter((x) => x.approval_status === 'DEVELOPING');
    for (const x of pending) {
      const d = await s.call('PUT', `${APPROVALS}/action?action-id=resolve`, { body: { ids: [x.id], msg: 'ok' } });
      expect(d.status).toBe(200);
    }
    await expectExact();
    if (engine === 'postgres') {
      // Each decision adds two deltas; one statement in 64 folds its tenant's into one row per key (at most
      // 4 statuses x 2 types), so a tenant never holds much more than 2 x 64 deltas.
      const rows = await sql<{ n: string }>`select count(*) as n from approval_status_counts where workspace_id = ${s.workspaceId}`.execute(
        s.store!.db,
      );
      expect(Number(rows.rows[0]!.n)).toBeLessThanOrEqual(8 + 2 * 64 + 8);
    } else {
      // SQLite's status counts are one counter per key (at most 4 statuses x 2 types a tenant); its name counts
      // hold one row per distinct name, not per decision.
      const keys = await sql<{ n: number }>`select count(*) as n from approval_status_counts where workspace_id = ${s.workspaceId}`.execute(
        s.store!.db,
      );
      expect(Number(keys.rows[0]!.n)).toBeLessThanOrEqual(8);
      const apps = await every();
      const distinct = new Set(apps.map((x) => `${x.name_en.toLowerCase()}\u0000${(x.name_ch ?? '').toLowerCase()}`));
      const rows = await sql<{ n: number }>`select count(*) as n from approval_name_counts`.execute(s.store!.db);
      expect(Number(rows.rows[0]!.n)).toBeLessThanOrEqual(distinct.size);
    }
  }, 120_000);
  it('random sequences of submissions, decisions and withdrawals keep every total exact (property)', async () => {
    const ids = await register(8, 'p');
    const OP = fc.record({
      kind: fc.constantFrom('publish', 'offline', 'resolve', 'reject', 'withdraw'),
      pick: fc.nat({ max: 40 }),
      size: fc.integer({ min: 1, max: 3 }),
      fast: fc.boolean(),
    });
    // Deterministic sequences (a failure names its run); an operation the lifecycle refuses (a 400, or a
    // batch item that fails) must change no total either.
    const runs = fc.sample(fc.array(OP, { minLength: 4, maxLength: 12 }), { numRuns: 6, seed: 20261202 });
    /** Operations that changed something, by kind: the sequences must reach every kind of write. */
    const done = new Map<string, number>();
    const count = (kind: string, n: number) => done.set(kind, (done.get(kind) ?? 0) + n);
    for (const [run, ops] of runs.entries()) {
      for (const op of ops) {
        const objects = Array.from({ length: op.size }, (_, k) => ids[(op.pick + k) % ids.length]!);
        if (op.kind === 'publish' || op.kind === 'offline') {
          const r = await s.call('POST', `${APPROVALS}/batch-${op.kind}`, {
            body: batchBody(s, [...new Set(objects)], 'TABLE_MODEL', op.fast ? { fast_approval: true } : {}),
          });
          expect([200, 400], JSON.stringify(r.body)).toContain(r.status);
          if (r.status === 200) count(`${op.kind}${op.fast ? ' fast' : ''}`, Number(r.body.data.value.success));
        } else {
          const pending = (await every()).filter((a) => a.approval_status === 'DEVELOPING');
          if (pending.length === 0) continue;
          const a = pending[op.pick % pending.length]!;
          const r =
            op.kind === 'withdraw'
              ? await s.call('PUT', `${APPROVALS}?ids=${a.id}`)
              : await s.call('PUT', `${APPROVALS}/action?action-id=${op.kind}`, { body: { ids: [a.id], msg: 'p' } });
          expect(r.status, `run ${run}: ${JSON.stringify(r.body)}`).toBe(200);
          count(op.kind, 1);
        }
      }
      await expectExact();
    }
    for (const kind of ['publish', 'publish fast', 'offline', 'offline fast', 'resolve', 'reject', 'withdraw'])
      expect(done.get(kind) ?? 0, `${kind} never changed anything: ${JSON.stringify([...done])}`).toBeGreaterThan(0);
  }, 240_000);

  it('emptying the applications straight in the store (TRUNCATE on PostgreSQL, DELETE on SQLite) empties the counts', async () => {
    expect((await every()).length).toBeGreaterThan(0);
    if (engine === 'postgres') await sql`truncate approvals cascade`.execute(s.store!.db);
    else await sql`delete from approvals`.execute(s.store!.db);
    expect(await expectExact()).toHaveLength(0);
    // And they count again from nothing.
    const ids = await register(4, 't');
    expect((await s.call('POST', `${APPROVALS}/batch-publish`, { body: batchBody(s, ids, 'TABLE_MODEL') })).status).toBe(200);
    expect(await expectExact()).toHaveLength(4);
  }, 60_000);
});
