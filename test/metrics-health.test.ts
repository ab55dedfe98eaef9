import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { startNode, type Node } from '../src/node.js';
import {
  ADMIN_PASSWORD,
  ENGINES,
  batchBody,
  createObjects,
  freshDbUrl,
  type CallOptions,
  type Engine,
  type Reply,
  type TestServer,
} from './helpers/server.js';
import { sample } from './helpers/prometheus.js';

/**
 * Issue 12, operations: GET /metrics after known calls, the probes (and readiness while stopping or with
 * the store gone), X-Request-Id, and the one log line per request.
 */

interface Running extends TestServer {
  node: Node;
  logs: string[];
  scrape(url?: string): Promise<string>;
}

/** A node as startServer starts one, with its logs kept (JSON lines) and a lost lease survived. */
async function start(engine: Engine, env: Record<string, string> = {}): Promise<Running> {
  // SQLite on a file: the WAL and its fsyncs exist only there.
  const db = engine === 'sqlite' ? `sqlite:${join(mkdtempSync(join(tmpdir(), 'ag-metrics-')), 'a.db')}` : await freshDbUrl(engine);
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const config = readConfig({
    ARCHGATE_DB: db,
    ARCHGATE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    ARCHGATE_PORT: '0',
    ARCHGATE_RATE_LIMIT_QUERY: '0',
    ARCHGATE_RATE_LIMIT_WRITE: '0',
    ARCHGATE_SCHEDULER_POLL_MS: '100',
    ...env,
  });
  const node = await startNode(config, { logger: true, loggerStream: stream, onLeaseLost: () => {} });
  await node.app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(node.app.server.address() as AddressInfo).port}`;
  const r: Running = {
    node,
    logs,
    url,
    dbUrl: db,
    projectId: node.boot.projectId,
    workspaceId: node.boot.workspaceId,
    adminId: '',
    token: '',
    store: node.store,
    close: () => node.stop(),
    async call(method: string, path: string, opts: CallOptions = {}): Promise<Reply> {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      if (opts.token !== null) headers['x-auth-token'] = opts.token ?? r.token;
      if (opts.workspace !== null) headers.workspace = opts.workspace ?? r.workspaceId;
      let body: string | undefined;
      if (opts.body !== undefined) {
        body = JSON.stringify(opts.body);
        headers['content-type'] = 'application/json';
      }
      const res = await fetch(url + path.replace('{p}', r.projectId), { method, headers, body });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {}
      return { status: res.status, headers: res.headers, body: parsed };
    },
    async scrape(at = url) {
      const res = await fetch(`${at}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain');
      return res.text();
    },
  };
  const login = await r.call('POST', '/v3/auth/tokens', {
    token: null,
    workspace: null,
    body: {
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'admin', password: ADMIN_PASSWORD, domain: { name: 'archgate' } } } },
        scope: { project: { id: r.projectId } },
      },
    },
  });
  r.token = login.headers.get('x-subject-token')!;
  r.adminId = login.body.token.user.id;
  return r;
}

const READY_503 = (reason: string) => ({ error_code: 'DLG.0503', error_msg: `archgate is not ready: ${reason}.` });

describe.each(ENGINES)('metrics, probes and request logs (%s)', (engine) => {
  let s: Running;
  beforeAll(async () => {
    s = await start(engine);
  });
  afterAll(async () => {
    // The last test closed the store: stopping cannot give the job claims and the lease back to it.
    await s?.close().catch(() => {});
  });

  it('counts two batch-publish of 3 items exactly, and the pending gauge equals the API count per workspace', async () => {
    const before = await s.scrape();
    const ids = await createObjects(s, 'TABLE_MODEL', ['m1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    for (const three of [ids.slice(0, 3), ids.slice(3)]) {
      const r = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, three, 'TABLE_MODEL') });
      expect(r.body.data.value).toMatchObject({ operation_status: 'SUCCESS', total: 3, success: 3 });
    }
    // An idempotent replay answers the batch again but runs nothing: not counted.
    const keyed = { body: batchBody(s, ids.slice(0, 1), 'TABLE_MODEL'), headers: { 'idempotency-key': 'k1' } };
    const first = await s.call('POST', '/v2/{p}/design/approvals/batch-offline', keyed);
    const replay = await s.call('POST', '/v2/{p}/design/approvals/batch-offline', keyed);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    await s.call('GET', '/no/such/route');
    const after = await s.scrape();

    const delta = (name: string, labels: Record<string, string> = {}) => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('archgate_http_requests_total', { operation: 'BatchPublish', status: '200' })).toBe(2);
    expect(delta('archgate_http_request_duration_seconds_count', { operation: 'BatchPublish' })).toBe(2);
    expect(delta('archgate_http_request_duration_seconds_sum', { operation: 'BatchPublish' })).toBeGreaterThan(0);
    expect(delta('archgate_http_requests_total', { operation: 'BatchOffline', status: '200' })).toBe(2);
    expect(delta('archgate_http_requests_total', { operation: 'ArchgateCreateObjects', status: '200' })).toBe(1);
    expect(delta('archgate_http_requests_total', { operation: 'unmatched', status: '404' })).toBe(1);
    expect(delta('archgate_batch_size_count', { operation: 'publish' })).toBe(2);
    expect(delta('archgate_batch_size_sum', { operation: 'publish' })).toBe(6);
    expect(delta('archgate_batch_size_bucket', { operation: 'publish', le: '10' })).toBe(2);
    expect(delta('archgate_batch_size_bucket', { operation: 'publish', le: '1' })).toBe(0);
    expect(delta('archgate_batch_items_total', { operation: 'publish', outcome: 'success' })).toBe(6);
    expect(delta('archgate_batch_size_count', { operation: 'offline' })).toBe(1);
    // The object is under review: its offline fails.
    expect(delta('archgate_batch_items_total', { operation: 'offline', outcome: 'failed' })).toBe(1);

    const api = await s.call('GET', '/v2/{p}/design/approvals?approval_status=DEVELOPING&limit=1');
    expect(api.body.data.value.total).toBe(6);
    expect(sample(after, 'archgate_pending_applications', { project_id: s.projectId, workspace_id: s.workspaceId })).toBe(6);

    expect(sample(after, 'archgate_worker_lease_held')).toBe(1);
    expect(sample(after, 'archgate_worker_id')).toBe(s.node.workerId);
    expect(sample(after, 'archgate_worker_lease_remaining_seconds')).toBeGreaterThan(15);
    expect(after).toContain('# TYPE process_cpu_user_seconds_total counter');
    expect(after).toContain('# TYPE nodejs_heap_size_used_bytes gauge');
    if (engine === 'sqlite') {
      expect(sample(after, 'archgate_sqlite_wal_bytes')).toBeGreaterThan(0);
      expect(delta('archgate_sqlite_fsync_seconds_count')).toBeGreaterThanOrEqual(1);
      // Each request above committed its writes (the requests came one at a time: groups of one or few).
      expect(delta('archgate_sqlite_commits_total')).toBeGreaterThanOrEqual(5);
      expect(delta('archgate_sqlite_committed_transactions_total')).toBeGreaterThanOrEqual(delta('archgate_sqlite_commits_total'));
      expect(after).not.toContain('archgate_pg_pool');
    } else {
      expect(sample(after, 'archgate_pg_pool_connections')).toBeGreaterThanOrEqual(1);
      expect(after).toMatch(/^archgate_pg_pool_in_use \d+$/m);
      expect(after).toMatch(/^archgate_pg_pool_waiting \d+$/m);
      expect(after).not.toContain('archgate_sqlite');
    }
  });

  it('keeps a valid X-Request-Id and echoes it, replaces one too long or of another charset', async () => {
    const given = 'trace-01.AB:cd_9';
    const r = await s.call('GET', '/v2/{p}/design/approvals/users', { headers: { 'x-request-id': given } });
    expect(r.status).toBe(200);
    expect(r.headers.get('x-request-id')).toBe(given);
    const err = await s.call('GET', '/v2/{p}/design/approvals/users', { token: 'bad', headers: { 'x-request-id': given } });
    expect(err.headers.get('x-request-id')).toBe(given);
    expect(err.body.errors?.[0]?.request_id ?? err.body.request_id).toBe(given);
    expect((await s.call('GET', '/health/live', { headers: { 'x-request-id': 'x'.repeat(128) } })).headers.get('x-request-id')).toBe(
      'x'.repeat(128),
    );
    for (const bad of ['x'.repeat(129), 'has space', 'semi;colon', 'ünicode', '']) {
      const got = (await s.call('GET', '/health/live', { headers: { 'x-request-id': bad } })).headers.get('x-request-id');
      expect(got).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('gives every request without an id of its own a different one, across refills of its random pool (256 ids)', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 600; i += 50) {
      const got = await Promise.all(Array.from({ length: 50 }, () => s.call('GET', '/health/live')));
      for (const r of got) {
        const id = r.headers.get('x-request-id')!;
        expect(id).toMatch(/^[0-9a-f]{32}$/);
        seen.add(id);
      }
    }
    expect(seen.size).toBe(600);
  });

  it('writes one line per request with its id, operation, project, workspace, user, status and duration', async () => {
    const id = `log-line-${engine}`;
    const ids = await createObjects(s, 'TABLE_MODEL', ['logged']);
    await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      body: batchBody(s, ids, 'TABLE_MODEL'),
      headers: { 'x-request-id': id },
    });
    const lines = s.logs.map((l) => JSON.parse(l)).filter((l) => l.reqId === id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request completed',
      operation: 'BatchPublish',
      project: s.projectId,
      workspace: s.workspaceId,
      user: 'admin',
      status: 200,
      req: { method: 'POST', headers: { 'x-auth-token': '[Redacted]' } },
    });
    expect(lines[0].duration_ms).toBeGreaterThan(0);
    expect(JSON.stringify(lines[0])).not.toContain(s.token);
  });

  it('answers the probes without credentials, and lists them in the OpenAPI document', async () => {
    expect(await s.call('GET', '/health/live', { token: null, workspace: null })).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await s.call('GET', '/health/ready', { token: null, workspace: null })).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await s.call('GET', '/health', { token: null, workspace: null })).toMatchObject({ status: 200, body: { status: 'ok' } });
    const doc = (await s.call('GET', '/docs/json', { token: null, workspace: null })).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
    expect(doc.paths['/health/ready'].get.responses['503']).toBeDefined();
  });

  const ready = () => s.call('GET', '/health/ready', { token: null, workspace: null });

  it('reads not ready (503, naming it) while a migration is not recorded as run, and ready again once it is', async () => {
    const db = s.node.store.db;
    const last = await db
      .selectFrom('kysely_migration' as never)
      .selectAll()
      .orderBy('name' as never, 'desc')
      .executeTakeFirstOrThrow();
    const { name } = last as { name: string };
    await db
      .deleteFrom('kysely_migration' as never)
      .where('name' as never, '=', name as never)
      .execute();
    try {
      const r = await ready();
      expect(r.status).toBe(503);
      expect(r.body).toMatchObject(READY_503(`migrations not run: ${name}`));
    } finally {
      await db
        .insertInto('kysely_migration' as never)
        .values(last as never)
        .execute();
    }
    expect((await ready()).status).toBe(200);
  });

  it("reads not ready (503) once the store no longer shows this node's worker id lease", async () => {
    const db = s.node.store.db;
    const workerId = s.node.workerId;
    expect((await ready()).status).toBe(200);
    const row = await db.selectFrom('worker_leases').selectAll().where('worker_id', '=', workerId).executeTakeFirstOrThrow();
    await db.deleteFrom('worker_leases').where('worker_id', '=', workerId).execute();
    try {
      const r = await ready();
      expect(r.status).toBe(503);
      expect(r.body).toMatchObject(READY_503('the worker id is not leased'));
      // Another node's lease on the id (it expired and was taken over) is not this node's either.
      await db
        .insertInto('worker_leases')
        .values({ ...row, node_id: 'another-node' })
        .execute();
      expect((await ready()).body).toMatchObject(READY_503('the worker id is not leased'));
    } finally {
      await db.deleteFrom('worker_leases').where('worker_id', '=', workerId).execute();
      await db.insertInto('worker_leases').values(row).execute();
    }
  });

  it('reads not ready (503, with the reason) once the store is gone', async () => {
    await s.node.store.close();
    const r = await s.call('GET', '/health/ready', { token: null, workspace: null });
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ error_code: 'DLG.0503' });
    expect(r.body.error_msg).toMatch(/^archgate is not ready: the store does not answer \(.+\)\.$/);
    expect(r.headers.get('retry-after')).toBe('5');
    expect((await s.call('GET', '/health/live', { token: null, workspace: null })).status).toBe(200);
    // The scrape still answers, without the pending gauge's samples.
    expect(sample(await s.scrape(), 'archgate_pending_applications', { project_id: s.projectId, workspace_id: s.workspaceId })).toBe(0);
  });
});

/** Raw HTTP/1.1 on one connection: everything the server wrote until it closed the connection. */
function rawExchange(url: string, first: string, then: () => Promise<string>): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const sock = connect(Number(port), '127.0.0.1');
    let got = '';
    sock.on('data', (d) => {
      got += d.toString();
    });
    sock.on('close', () => resolve(got));
    sock.on('error', reject);
    sock.write(first, () => {
      then().then((rest) => sock.write(rest), reject);
    });
  });
}

describe('readiness while stopping, and ARCHGATE_METRICS', () => {
  it('reads 503 "shutting down" for a probe that arrives while the node drains', async () => {
    const s = await start('sqlite');
    try {
      expect((await s.call('GET', '/health/ready', { token: null, workspace: null })).status).toBe(200);
      const body = '{"auth":{}}';
      let stopped: Promise<void> | undefined;
      // A request in flight (its body not all sent) holds the node in its drain; the probe comes pipelined behind it.
      const out = await rawExchange(
        s.url,
        `POST /v3/auth/tokens HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 3)}`,
        async () => {
          await new Promise((r) => setTimeout(r, 50));
          stopped = s.node.stop();
          await new Promise((r) => setTimeout(r, 50));
          return `${body.slice(3)}GET /health/ready HTTP/1.1\r\nHost: x\r\nX-Request-Id: probe-1\r\n\r\n`;
        },
      );
      await stopped;
      const answers = out.split(/(?=HTTP\/1\.1 )/);
      expect(answers).toHaveLength(2);
      expect(answers[0]).toMatch(/^HTTP\/1\.1 400 /);
      expect(answers[1]).toMatch(/^HTTP\/1\.1 503 /);
      expect(answers[1]).toMatch(/x-request-id: probe-1/i);
      expect(JSON.parse(answers[1]!.split('\r\n\r\n')[1]!)).toMatchObject(READY_503('shutting down'));
    } finally {
      await s.close();
    }
  });

  it('ARCHGATE_METRICS=off: no /metrics', async () => {
    const s = await start('sqlite', { ARCHGATE_METRICS: 'off' });
    try {
      expect((await s.call('GET', '/metrics', { token: null, workspace: null })).status).toBe(404);
      expect(s.node.metricsUrl).toBeUndefined();
      expect((await s.call('GET', '/health/ready', { token: null, workspace: null })).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('ARCHGATE_METRICS=host:port: served there, not on the main port, and closed on stop', async () => {
    const s = await start('sqlite', { ARCHGATE_METRICS: '127.0.0.1:0' });
    const at = s.node.metricsUrl!;
    try {
      expect(at).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(at).not.toBe(s.url);
      expect((await s.call('GET', '/metrics', { token: null, workspace: null })).status).toBe(404);
      await s.call('GET', '/health/live', { token: null, workspace: null });
      expect(sample(await s.scrape(at), 'archgate_http_requests_total', { operation: 'ArchgateHealthLive', status: '200' })).toBe(1);
      expect((await fetch(`${at}/health/live`)).status).toBe(404);
    } finally {
      await s.close();
    }
    await expect(fetch(`${at}/metrics`)).rejects.toThrow();
  });

  it('refuses a malformed ARCHGATE_METRICS', () => {
    for (const bad of ['yes', '127.0.0.1', ':9464', 'host:99999', 'a b:1']) {
      expect(() => readConfig({ ARCHGATE_METRICS: bad })).toThrow(/ARCHGATE_METRICS must be on, off or host:port/);
    }
    expect(readConfig({ ARCHGATE_METRICS: '[::1]:9464' }).metrics).toEqual({ serve: 'own', host: '::1', port: 9464 });
    expect(readConfig({ ARCHGATE_METRICS: 'on' }).metrics).toEqual({ serve: 'main' });
  });
});

describe.each(ENGINES)('scheduler metrics (%s)', (engine) => {
  it('observes how late a due batch ran and counts its items when it runs', async () => {
    const s = await start(engine, { ARCHGATE_CLOCK: 'test', ARCHGATE_TZ: 'UTC' });
    try {
      const before = await s.scrape();
      const ids = await createObjects(s, 'TABLE_MODEL', ['late_a', 'late_b']);
      const now = new Date((await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 0 } })).body.data.value.now);
      const due = new Date(now.getTime() + 2 * 3600_000);
      const schedule = `${String(due.getUTCMinutes()).padStart(2, '0')}_${String(due.getUTCHours()).padStart(2, '0')}`;
      const r = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
        body: batchBody(s, ids, 'TABLE_MODEL', { fast_approval: true, schedule_time: schedule }),
      });
      expect(r.body.data.value.operation_status).toBe('RUNNING');
      // Three hours on: the batch was due an hour (give or take its minute) ago.
      await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 3 * 3600_000 } });
      const after = await s.scrape();
      const delta = (name: string, labels: Record<string, string> = {}) => sample(after, name, labels) - sample(before, name, labels);
      expect(delta('archgate_batch_items_total', { operation: 'publish', outcome: 'scheduled' })).toBe(2);
      expect(delta('archgate_batch_items_total', { operation: 'publish', outcome: 'success' })).toBe(2);
      expect(delta('archgate_scheduler_lag_seconds_count')).toBe(1);
      const lag = delta('archgate_scheduler_lag_seconds_sum');
      expect(lag).toBeGreaterThan(3600 - 120);
      expect(lag).toBeLessThan(3600 + 120);
    } finally {
      await s.close();
    }
  });
});
