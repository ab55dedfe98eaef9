import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli, tempHome } from './helpers/cli.js';
import { adminClient, killAll, launch, processDbUrl, stop, type Client, type Running } from './helpers/processes.js';

/**
 * `archgate backup` and `archgate restore` on a SQLite file served by a real archgate process: a backup
 * taken while batch-publish requests stream in, then restored onto the stopped node.
 */
describe('archgate backup and restore (sqlite)', () => {
  let main: string;
  let home: string;
  let dbUrl: string;
  let dbPath: string;
  let node: Running;
  let api: Client;
  const cli = (args: string[]) => runCli(main, args, { home });

  beforeAll(async () => {
    main = buildCli();
    home = tempHome();
    dbUrl = await processDbUrl('sqlite', 'archgate-backup');
    dbPath = dbUrl.slice('sqlite:'.length);
    node = await launch({ ARCHGATE_DB: dbUrl });
    api = await adminClient(node);
  }, 240_000);
  afterAll(() => killAll());

  async function createObjects(n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i += 100) {
      const names = Array.from({ length: Math.min(100, n - i) }, (_, k) => `bk_${i + k}`);
      const r = await api.call('POST', '/archgate/v1/{p}/objects', {
        body: { objects: names.map((name_en) => ({ biz_type: 'TABLE_MODEL', name_en })) },
      });
      expect(r.status).toBe(200);
      ids.push(...r.body.data.value.records.map((o: { id: string }) => o.id));
    }
    return ids;
  }

  const publish = (id: string) =>
    api.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      body: {
        biz_infos: [{ biz_id: id, biz_type: 'TABLE_MODEL' }],
        approver_user_id: api.adminId,
        approver_user_name: 'admin',
        fast_approval: true,
      },
    });

  let backupFile: string;
  const acked: { id: string; at: number }[] = [];
  let began = 0;
  let ended = 0;

  it('takes a backup during a stream of writes: every write acknowledged before it began is in it, integrity_check ok, the chain verifies', async () => {
    const ids = await createObjects(2000);
    const queue = [...ids];
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
    const writers = [writer(), writer(), writer(), writer()];
    while (acked.length < 40) await new Promise((r) => setTimeout(r, 5));

    backupFile = join(home, 'backups', 'archgate-backup.db');
    began = Date.now();
    const r = await cli(['--output', 'json', 'backup', backupFile, '--db', dbUrl]);
    ended = Date.now();
    // Writes go on after the backup, so that some are certainly not in it.
    await new Promise((res) => setTimeout(res, 600));
    writing = false;
    await Promise.all(writers);
    expect(r.code, r.stderr).toBe(0);

    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      file: backupFile,
      bytes: statSync(backupFile).size,
      integrity: 'ok',
      key_file: join(dirname(dbPath), 'archgate.key'),
    });
    expect(report.warning).toMatch(
      /keep the sealing key file .*archgate\.key with this backup: without it every stored secret key \(SK\) is lost/,
    );
    expect(Date.parse(report.started)).toBeGreaterThanOrEqual(began - 5);
    expect(readdirSync(dirname(backupFile))).toEqual(['archgate-backup.db']);

    const during = acked.filter((a) => a.at >= began && a.at <= ended).length;
    const before = acked.filter((a) => a.at < began);
    const late = acked.filter((a) => a.at > ended + 300);
    expect(during, 'writes acknowledged while the backup ran').toBeGreaterThan(0);
    expect(late.length).toBeGreaterThan(0);

    const copy = new Database(backupFile, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      const published = new Set(
        (copy.prepare(`select id from objects where status = 'PUBLISHED'`).all() as { id: string }[]).map((o) => o.id),
      );
      expect(before.filter((a) => !published.has(a.id))).toEqual([]);
      expect(late.filter((a) => published.has(a.id))).toEqual([]);
      const audited = copy.prepare(`select count(*) as n from audit_records where operation = 'BatchPublish'`).get() as { n: number };
      expect(audited.n).toBe(published.size);
      console.log(
        `backup: ${report.bytes} bytes in ${ended - began} ms (CLI process included); ${before.length} writes acknowledged before, ${during} during, ${published.size} in the backup`,
      );
    } finally {
      copy.close();
    }
    const verified = await cli(['--output', 'json', 'audit', 'verify', '--db', `sqlite:${backupFile}`]);
    expect(verified.code, verified.stderr).toBe(0);
    expect(JSON.parse(verified.stdout).projects).toContainEqual({ project_id: node.projectId, ok: true, checked: expect.any(Number) });
  }, 120_000);

  it('refuses to restore while a node runs on the store, in one line, and changes nothing', async () => {
    const size = statSync(dbPath).size;
    const r = await cli(['restore', backupFile, '--db', dbUrl]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`^archgate: a node is running on ${dbPath} \\(worker id ${node.workerId}, lease until .*\\): stop every node first .*\n$`),
    );
    expect(statSync(dbPath).size).toBe(size);
    expect((await api.call('GET', '/archgate/v1/{p}/objects?limit=1')).status).toBe(200);
  });

  it('restores onto the stopped node, which then starts and serves the restored data', async () => {
    expect(await stop(node)).toBe(0);
    const r = await cli(['restore', backupFile, '--db', dbUrl]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/previous store: .*archgate\.db\.before-restore-\d{8}T\d{6}Z/);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);

    node = await launch({ ARCHGATE_DB: dbUrl });
    api = await adminClient(node);
    const statusOf = async (id: string) => (await api.call('GET', `/archgate/v1/{p}/objects/${id}`)).body.data.value.status;
    const first = acked.find((a) => a.at < began)!;
    const last = acked[acked.length - 1]!;
    expect(await statusOf(first.id)).toBe('PUBLISHED');
    // Acknowledged well after the backup: not in it, so as it was before.
    expect(await statusOf(last.id)).toBe('DRAFT');
    // And it takes writes again.
    expect((await publish(last.id)).body.data.value.success).toBe(1);
    const verified = await cli(['audit', 'verify', '--db', dbUrl]);
    expect(verified.code, verified.stderr).toBe(0);
  }, 60_000);

  it('refuses a backup file that is not an archgate store, and PostgreSQL, in one line each', async () => {
    const junk = join(home, 'junk.db');
    writeFileSync(junk, 'not a database at all');
    const bad = await cli(['restore', junk, '--db', `sqlite:${join(home, 'elsewhere', 'archgate.db')}`]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^archgate: .*junk\.db.*\n$/);
    expect(existsSync(join(home, 'elsewhere', 'archgate.db'))).toBe(false);

    const empty = join(home, 'empty.db');
    new Database(empty).close();
    const notOurs = await cli(['restore', empty, '--db', `sqlite:${join(home, 'elsewhere', 'archgate.db')}`]);
    expect(notOurs.stderr).toMatch(/is not an archgate store: it has no kysely_migration/);

    for (const cmd of ['backup', 'restore']) {
      const pg = await cli([cmd, join(home, 'x.db'), '--db', 'postgres://archgate:secret@127.0.0.1:1/archgate']);
      expect(pg.code).toBe(2);
      expect(pg.stderr).toBe(
        `archgate: ${cmd} works on a SQLite store; for PostgreSQL use pg_dump and pg_restore (README: Operations, "Backups and restore")\n`,
      );
    }
  });
});
