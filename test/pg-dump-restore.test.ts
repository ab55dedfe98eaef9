import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DebianPostgres, startDebianPostgres } from './helpers/debian-postgres.js';
import { adminClient, type Client, killAll, launch, type Running, stop } from './helpers/processes.js';

/**
 * The README's PostgreSQL backup, run as written: `pg_dump --format=custom` of a database that archgate
 * serves while batch-publish requests stream in, then `pg_restore --exit-on-error` into an empty database
 * on which a new node starts. The server is the machine's own PostgreSQL (Debian's package), because
 * pg_dump refuses a server newer than itself and the embedded PostgreSQL 17 ships no pg_dump.
 */
describe('pg_dump and pg_restore of a served PostgreSQL store', () => {
  let pg: DebianPostgres;
  let node: Running;
  let api: Client;
  const dump = () => join(pg.dir, 'archgate.dump');

  beforeAll(async () => {
    pg = await startDebianPostgres();
    pg.run('createdb', ['archgate']);
    node = await launch({ ARCHGATE_DB: pg.url('archgate') });
    api = await adminClient(node);
  }, 120_000);
  afterAll(async () => {
    await killAll();
    pg?.stop();
  });

  const publish = (id: string) =>
    api.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      body: {
        biz_infos: [{ biz_id: id, biz_type: 'TABLE_MODEL' }],
        approver_user_id: api.adminId,
        approver_user_name: 'admin',
        fast_approval: true,
      },
    });
  const acked: { id: string; at: number }[] = [];
  /** The objects no writer reached: still DRAFT in the dump. */
  let unpublished: string[] = [];
  let began = 0;
  let ended = 0;

  it('dumps while writes stream in: every write acknowledged before pg_dump began is in the dump', async () => {
    const queue: string[] = [];
    for (let i = 0; i < 600; i += 100) {
      const objects = Array.from({ length: 100 }, (_, k) => ({ biz_type: 'TABLE_MODEL', name_en: `dump_${i + k}` }));
      const created = await api.call('POST', '/archgate/v1/{p}/objects', { body: { objects } });
      expect(created.status).toBe(200);
      queue.push(...created.body.data.value.records.map((o: { id: string }) => o.id));
    }
    unpublished = queue;
    let writing = true;
    const writer = async () => {
      while (writing && queue.length > 0) {
        const id = queue.shift()!;
        const r = await publish(id);
        expect(r.status).toBe(200);
        expect(r.body.data.value.success).toBe(1);
        acked.push({ id, at: Date.now() });
      }
    };
    const writers = [writer(), writer(), writer()];
    while (acked.length < 30) await new Promise((r) => setTimeout(r, 5));
    began = Date.now();
    pg.run('pg_dump', ['--format=custom', '--no-owner', `--file=${dump()}`, 'archgate']);
    ended = Date.now();
    await new Promise((r) => setTimeout(r, 300));
    writing = false;
    await Promise.all(writers);
    expect(acked.filter((a) => a.at > ended + 50).length, 'writes acknowledged after the dump').toBeGreaterThan(0);
  }, 120_000);

  it('restores into an empty database, on which a new node serves the data and the audit chain verifies', async () => {
    expect(await stop(node)).toBe(0);
    pg.run('createdb', ['archgate_restored']);
    pg.run('pg_restore', ['--no-owner', '--exit-on-error', '--dbname=archgate_restored', dump()]);
    node = await launch({ ARCHGATE_DB: pg.url('archgate_restored') });
    api = await adminClient(node);
    const statusOf = async (id: string) => (await api.call('GET', `/archgate/v1/{p}/objects/${id}`)).body.data.value.status;
    const before = acked.filter((a) => a.at < began);
    for (const a of before) expect(await statusOf(a.id)).toBe('PUBLISHED');
    // pg_dump reads one snapshot taken as it starts: what was acknowledged after it ended is not in it.
    for (const a of acked.filter((x) => x.at > ended + 50)) expect(await statusOf(a.id)).toBe('DRAFT');
    const verify = async () => (await api.call('GET', '/archgate/v1/{p}/audit/verify')).body.data.value;
    const verdict = await verify();
    expect(verdict.ok).toBe(true);
    expect(verdict.checked).toBeGreaterThanOrEqual(before.length);
    // The restored store takes writes, and its chain goes on soundly from the dump's last record.
    const draft = unpublished.find((id) => !acked.some((a) => a.id === id))!;
    expect(await statusOf(draft)).toBe('DRAFT');
    expect((await publish(draft)).body.data.value.success).toBe(1);
    expect(await verify()).toMatchObject({ ok: true, checked: verdict.checked + 1 });
  }, 120_000);
});
