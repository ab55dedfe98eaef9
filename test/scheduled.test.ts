import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { startNode } from '../src/node.js';
import { openStore } from '../src/store/db.js';
import { ENGINES, batchBody, createObjects, freshDbUrl, startServer, statusOf, type TestServer } from './helpers/server.js';

const TZ = 'Asia/Shanghai';
const HOUR = 3600_000;

/** `mm_hh` of the wall-clock time `ms` after the server's (test) clock, in the configured zone. */
async function scheduleIn(s: TestServer, ms: number): Promise<string> {
  const now = new Date((await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 0 } })).body.data.value.now);
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: TZ, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' })
      .formatToParts(new Date(now.getTime() + ms))
      .map((x) => [x.type, x.value]),
  );
  return `${p.minute}_${p.hour}`;
}

const advance = (s: TestServer, ms: number) => s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: ms } });
const batchOf = async (s: TestServer, groupId: string) => (await s.call('GET', `/archgate/v1/{p}/batches/${groupId}`)).body.data.value;

describe.each(ENGINES)('scheduled batches with the test clock (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine, { ARCHGATE_CLOCK: 'test', ARCHGATE_TZ: TZ });
  });
  afterAll(async () => {
    await s.close();
  });

  it('records the batch and its applications now, reads RUNNING until the time, then applies', async () => {
    const [a, b] = await createObjects(s, 'TABLE_MODEL', ['sched_a', 'sched_b']);
    const schedule = await scheduleIn(s, 2 * HOUR);
    const r = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      body: batchBody(s, [a!, b!], 'TABLE_MODEL', { fast_approval: true, schedule_time: schedule }),
    });
    expect(r.status).toBe(200);
    const v = r.body.data.value;
    expect(v).toMatchObject({ operation_status: 'RUNNING', total: 2, success: 0, failed: 0, rate: '0.00' });
    expect(v.groups.map((g: { operation_status: string }) => g.operation_status)).toEqual(['RUNNING', 'RUNNING']);
    expect(await statusOf(s, a!)).toBe('DRAFT');
    const apps = (await s.call('GET', `/v2/{p}/design/approvals?biz_id=${a}`)).body.data.value.records;
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ approval_status: 'DEVELOPING', approval_type: 'PUBLISH' });

    await advance(s, HOUR);
    expect((await batchOf(s, v.group_id)).operation_status).toBe('RUNNING');
    expect(await statusOf(s, a!)).toBe('DRAFT');
    // An application of a batch that has not run cannot be decided yet.
    const early = await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', { body: { ids: [apps[0].id], msg: 'early' } });
    expect(early.body.data.value.groups[0]).toMatchObject({
      operation_status: 'FAILED',
      remark: 'The application belongs to a scheduled batch that has not run yet',
    });
    expect((await s.call('PUT', `/v2/{p}/design/approvals?ids=${apps[0].id}`)).status).toBe(400);

    await advance(s, HOUR + 60_000);
    const done = await batchOf(s, v.group_id);
    expect(done).toMatchObject({ operation_status: 'SUCCESS', success: 2, failed: 0, rate: '1.00' });
    expect(done.groups.map((g: { remark: string }) => g.remark)).toEqual(['PASSED', 'PASSED']);
    expect(await statusOf(s, a!)).toBe('PUBLISHED');
    const after = (await s.call('GET', `/v2/{p}/design/approvals?biz_id=${a}`)).body.data.value.records;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ approval_status: 'APPROVED', msg: 'Fast Approval OK.', biz_status: 'PUBLISHED' });
  });

  it('holds its objects meanwhile: no second application, no deletion, and a later failure is per item', async () => {
    const [a, b] = await createObjects(s, 'TABLE_MODEL', ['sched_c', 'sched_d']);
    const r = await s.call('POST', '/v2/{p}/design/approvals/batch-offline', {
      body: batchBody(s, [a!, b!], 'TABLE_MODEL', { fast_approval: true, schedule_time: await scheduleIn(s, HOUR) }),
    });
    // Neither is online: both fail at once, and nothing is scheduled.
    expect(r.body.data.value).toMatchObject({ operation_status: 'FAILED', failed: 2 });
    const later = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      body: batchBody(s, [a!, b!], 'TABLE_MODEL', { schedule_time: await scheduleIn(s, HOUR) }),
    });
    expect(later.body.data.value.operation_status).toBe('RUNNING');
    // Until it runs, the objects belong to that batch.
    const second = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      body: batchBody(s, [b!], 'TABLE_MODEL', { fast_approval: true }),
    });
    expect(second.body.data.value.groups[0].remark).toBe('The definition is under review and does not support resubmission');
    const del = await s.call('DELETE', `/archgate/v1/{p}/objects?ids=${b}`);
    expect(del.status).toBe(400);
    await advance(s, HOUR + 60_000);
    const done = await batchOf(s, later.body.data.value.group_id);
    expect(done).toMatchObject({ operation_status: 'SUCCESS', success: 2 });
    expect(await statusOf(s, b!)).toBe('PUBLISH_DEVELOPING');
  });

  it('lists batches with filters', async () => {
    const running = await s.call('GET', '/archgate/v1/{p}/batches?operation_status=RUNNING');
    expect(running.body.data.value.total).toBe(0);
    const published = await s.call('GET', '/archgate/v1/{p}/batches?operation_type=PUBLISH&limit=2');
    expect(published.body.data.value.records).toHaveLength(2);
    expect(published.body.data.value.records[0].groups).toBeNull();
    expect((await s.call('GET', '/archgate/v1/{p}/batches/1234567890123456789')).status).toBe(400);
  });
});

describe('the test clock', () => {
  it('is refused in normal mode', async () => {
    const s = await startServer('sqlite');
    try {
      const r = await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 1000 } });
      expect(r.status).toBe(403);
      expect(r.body.error_msg).toMatch(/test clock is off/);
    } finally {
      await s.close();
    }
  });
});

describe.each(ENGINES)('schedules survive restarts and run once across nodes (%s)', (engine) => {
  let db: string;
  beforeAll(async () => {
    db = engine === 'sqlite' ? `sqlite:${join(mkdtempSync(join(tmpdir(), 'ag-sched-')), 'a.db')}` : await freshDbUrl(engine);
  });

  it('a batch that fell due while every node was down runs once at the next start', async () => {
    const env = { ARCHGATE_CLOCK: 'test', ARCHGATE_TZ: TZ, ARCHGATE_SCHEDULER_POLL_MS: '100' };
    const s = await startServer(engine, env, db);
    const [a] = await createObjects(s, 'CODE_TABLE', ['down_a']);
    const r = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      body: batchBody(s, [a!], 'CODE_TABLE', { schedule_time: await scheduleIn(s, HOUR) }),
    });
    const groupId = r.body.data.value.group_id;
    await s.close();
    // Time passes while nothing runs: the clock's offset lives in the store, as every node reads it.
    const store = await openStore(db);
    const offset = Number(
      (await store.db.selectFrom('settings').select('value').where('name', '=', 'test_clock_offset_ms').executeTakeFirst())?.value ?? 0,
    );
    await store.db
      .updateTable('settings')
      .set({ value: String(offset + 2 * HOUR) })
      .where('name', '=', 'test_clock_offset_ms')
      .execute();
    await store.close();
    const again = await startServer(engine, env, db);
    try {
      let b = await batchOf(again, groupId);
      for (let i = 0; i < 50 && b.operation_status === 'RUNNING'; i++) {
        await new Promise((res) => setTimeout(res, 100));
        b = await batchOf(again, groupId);
      }
      expect(b).toMatchObject({ operation_status: 'SUCCESS', success: 1 });
      expect(await statusOf(again, a!)).toBe('PUBLISH_DEVELOPING');
      expect((await again.call('GET', `/v2/{p}/design/approvals?biz_id=${a}`)).body.data.value.total).toBe(1);
    } finally {
      await again.close();
    }
  });

  // Two nodes in one process share one event loop, and SQLite's synchronous busy wait would block it;
  // on SQLite the several-process case is covered by test/multi-node.test.ts.
  if (engine === 'postgres')
    it('exactly one of two nodes runs a due batch', async () => {
      const env = { ARCHGATE_CLOCK: 'test', ARCHGATE_TZ: TZ };
      const s = await startServer(engine, { ...env, ARCHGATE_SCHEDULER_POLL_MS: '20' }, db);
      const other = await startNode(readConfig({ ARCHGATE_DB: db, ...env, ARCHGATE_SCHEDULER_POLL_MS: '20' }), { logger: false });
      try {
        const ids = await createObjects(
          s,
          'CODE_TABLE',
          Array.from({ length: 50 }, (_, i) => `two_nodes_${i}`),
        );
        const r = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
          body: batchBody(s, ids, 'CODE_TABLE', { fast_approval: true, schedule_time: await scheduleIn(s, HOUR) }),
        });
        await advance(s, HOUR + 60_000);
        await other.scheduler.tick();
        await new Promise((res) => setTimeout(res, 300));
        const b = await batchOf(s, r.body.data.value.group_id);
        expect(b).toMatchObject({ operation_status: 'SUCCESS', success: 50 });
        const apps = await s.call('GET', `/v2/{p}/design/approvals?biz_id=${ids[0]}`);
        expect(apps.body.data.value.total).toBe(1);
        const store = await openStore(db);
        const jobs = await store.db.selectFrom('jobs').selectAll().where('ref', '=', r.body.data.value.group_id).execute();
        await store.close();
        expect(jobs).toHaveLength(1);
        expect(jobs[0]!.state).toBe('done');
      } finally {
        await other.stop();
        await s.close();
      }
    });
});
