import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationNames } from '../src/store/migrations.js';
import { handSign, send } from './helpers/aksk.js';
import { type Client, type Running, adminClient, clientOf, killAll, launch, stop } from './helpers/processes.js';
import { ENGINES, type TestServer } from './helpers/server.js';
import { OLD_LAST_MIGRATION, type OldStore, oldReleaseStore } from './helpers/upgrade-store.js';

/**
 * An upgrade from the previous release, on both engines: test/fixtures/store-ee2af78.sqlite is a store made
 * by commit ee2af78 (migrations 001 to 005) through its HTTP API, with its sealing key (see
 * test/fixtures/README.md). SQLite starts on a copy of it. PostgreSQL starts on a new database brought to
 * the old schema by the frozen migrations 001 to 005 and filled with every row of that file (see
 * helpers/upgrade-store.ts). The current release then runs every later migration at its start and must
 * serve everything the old release wrote.
 */
const facts = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'store-ee2af78.json'), 'utf8'));
const OLD_MIGRATIONS = ['001_core', '002_security', '003_scale_out', '004_references', '005_inbox_index'];
// Whatever this code has after the old release's last, so that a new migration joins the test by itself.
const NEW_MIGRATIONS = migrationNames().slice(migrationNames().indexOf(OLD_LAST_MIGRATION) + 1);

describe.each(ENGINES)('upgrade from the store of release ee2af78 (%s)', (engine) => {
  let store: OldStore;
  let node: Running;
  let admin: Client;
  const env = () => ({ ...store.env, ARCHGATE_SCHEDULER_POLL_MS: '100' });
  const objectOf = async (id: string) => (await admin.call('GET', `/archgate/v1/{p}/objects/${id}`)).body.data.value;
  const batchOf = async (id: string) => (await admin.call('GET', `/archgate/v1/{p}/batches/${id}`)).body.data.value;

  beforeAll(async () => {
    store = await oldReleaseStore(engine);
    expect((await store.migrationRows()).map((r) => r.name)).toEqual(OLD_MIGRATIONS);
    node = await launch(env());
    admin = await adminClient(node, facts.admin.password);
  }, 60_000);
  afterAll(async () => {
    await killAll();
    store?.dispose();
  });

  it('runs the new migrations at start and keeps the tenant', async () => {
    const rows = await store.migrationRows();
    // The old five keep their rows (and times); every later migration ran at this start.
    expect(NEW_MIGRATIONS).toContain('006_credentials');
    expect(rows.map((r) => r.name)).toEqual([...OLD_MIGRATIONS, ...NEW_MIGRATIONS]);
    const made = new Date(facts.made).getTime();
    for (const r of rows) expect(new Date(r.timestamp).getTime() < made, r.name).toBe(OLD_MIGRATIONS.includes(r.name));
    expect(node.projectId).toBe(facts.project_id);
    expect(node.workspaceId).toBe(facts.workspace_id);
    expect(admin.adminId).toBe(facts.admin.id);
    expect((await admin.call('GET', '/health/ready')).status).toBe(200);
  });

  it('starts with an empty audit trail: nothing the old release did is in it', async () => {
    // The scheduled batch, overdue, may already have run (one record of the scheduler's); nothing older.
    const list = (await admin.call('GET', '/archgate/v1/{p}/audit?limit=100')).body.data.value;
    for (const r of list.records) expect(new Date(r.time).getTime()).toBeGreaterThan(new Date(facts.made).getTime());
    expect((await admin.call('GET', '/archgate/v1/{p}/audit/verify')).body.data.value).toEqual({ ok: true, checked: list.total });
  });

  it('reads back the objects, their references, the applications and the batches', async () => {
    const o = facts.objects;
    const expected: Record<string, string> = {
      subject: 'PUBLISHED',
      fx_tm_published: 'PUBLISHED',
      fx_tm_offline: 'OFFLINE',
      fx_tm_pending: 'PUBLISH_DEVELOPING',
      fx_tm_draft: 'DRAFT',
      metric: 'PUBLISHED',
    };
    for (const [k, status] of Object.entries(expected)) expect((await objectOf(o[k])).status, k).toBe(status);
    const all = (await admin.call('GET', '/archgate/v1/{p}/objects?limit=100')).body.data.value;
    expect(all.total).toBe(8);
    // The reference of the metric to its table model holds: that table model cannot go offline alone.
    const impact = await admin.call('POST', '/archgate/v1/{p}/impact', {
      body: { action: 'OFFLINE', biz_infos: [{ biz_id: o.fx_tm_published, biz_type: 'TABLE_MODEL' }] },
    });
    expect(impact.status, impact.text).toBe(200);
    expect(JSON.stringify(impact.body)).toContain(o.metric);

    const apps = (await admin.call('GET', '/v2/{p}/design/approvals?limit=100')).body.data.value;
    expect(apps.total).toBe(8);
    const pending = (await admin.call('GET', `/v2/{p}/design/approvals?biz_id=${o.fx_tm_pending}`)).body.data.value.records;
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ approval_status: 'DEVELOPING', approval_type: 'PUBLISH' });
    for (const k of ['subject', 'published', 'metric', 'offline', 'pending'])
      expect((await batchOf(facts.batches[k])).operation_status, k).toBe('SUCCESS');
    const approvers = (await admin.call('GET', '/v2/{p}/design/approvals/users')).body.data.value;
    expect(approvers.records.map((a: { user_id: string }) => a.user_id)).toContain(facts.users.reviewer1.id);
  });

  it('runs the scheduled batch the old release left, now overdue', async () => {
    const deadline = Date.now() + 20_000;
    while ((await batchOf(facts.batches.scheduled)).operation_status === 'RUNNING' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(await batchOf(facts.batches.scheduled)).toMatchObject({ operation_status: 'SUCCESS', success: 2 });
    expect((await objectOf(facts.objects.fx_tm_sched_a)).status).toBe('PUBLISHED');
  });

  it('lets the old users log in, and the reviewer resolve the pending application', async () => {
    const login = await fetch(`${node.url}/v3/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        auth: {
          identity: {
            methods: ['password'],
            password: { user: { name: 'reviewer1', password: facts.user_password, domain: { name: 'archgate' } } },
          },
          scope: { project: { id: node.projectId } },
        },
      }),
    });
    expect(login.status).toBe(201);
    const reviewer = clientOf(node, login.headers.get('x-subject-token')!, facts.users.reviewer1.id);
    const [app] = (await admin.call('GET', `/v2/{p}/design/approvals?biz_id=${facts.objects.fx_tm_pending}`)).body.data.value.records;
    const r = await reviewer.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', {
      body: { ids: [app.id], msg: 'after the upgrade' },
    });
    expect(r.status, r.text).toBe(200);
    expect(r.body.data.value.groups[0]).toMatchObject({ operation_status: 'SUCCESS' });
    expect((await objectOf(facts.objects.fx_tm_pending)).status).toBe('PUBLISHED');
  });

  it('accepts a request signed with the old access key: its sealed secret key opens', async () => {
    const s = { url: node.url, projectId: node.projectId, workspaceId: node.workspaceId } as TestServer;
    const key = facts.access_key;
    const read = await send(s, handSign(s, key, 'GET', `/archgate/v1/${node.projectId}/objects/${facts.objects.subject}`, undefined));
    expect(read.status).toBe(200);
    expect(read.body.data.value.name_en).toBe('fx_subject');
    const body = JSON.stringify({ objects: [{ biz_type: 'TAG', name_en: 'signed_after_upgrade' }] });
    expect((await send(s, handSign(s, key, 'POST', `/archgate/v1/${node.projectId}/objects`, body))).status).toBe(200);
  });

  it('records the writes since the upgrade in a chain that verifies', async () => {
    const list = (await admin.call('GET', '/archgate/v1/{p}/audit?limit=100')).body.data.value;
    const ops = list.records.map((r: { operation: string }) => r.operation);
    expect(ops).toContain('ArchgateCreateObjects');
    expect(list.records.at(-1).seq).toBe(1);
    expect((await admin.call('GET', '/archgate/v1/{p}/audit/verify')).body.data.value).toEqual({ ok: true, checked: list.total });
  });

  it('runs no migration again at a second start', async () => {
    const before = await store.migrationRows();
    expect(await stop(node)).toBe(0);
    node = await launch(env());
    admin = await adminClient(node, facts.admin.password);
    expect(await store.migrationRows()).toEqual(before);
    expect((await admin.call('GET', '/health/ready')).status).toBe(200);
    expect((await objectOf(facts.objects.fx_tm_pending)).status).toBe('PUBLISHED');
  }, 60_000);
});
