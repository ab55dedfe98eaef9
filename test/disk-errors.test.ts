import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { ERRORS } from '../src/domain/errors.js';
import { startNode, type Node } from '../src/node.js';
import { ADMIN_PASSWORD, freshDbUrl, type Engine } from './helpers/server.js';

/**
 * Issue 9, disk errors: a store that cannot take a write (SQLite full, PostgreSQL read-only) answers 503
 * in the route's shape, the log names the real cause, reads still work, and writes work again once the
 * condition is gone.
 */
interface Running {
  node: Node;
  url: string;
  token: string;
  logs: string[];
  call(method: string, path: string, body?: unknown): Promise<{ status: number; headers: Headers; body: any }>;
}

/** A node as startServer starts one, but with its logs kept and a lost lease survived (the store refuses writes on purpose). */
async function start(engine: Engine): Promise<Running> {
  const db = await freshDbUrl(engine);
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const config = readConfig({
    ARCHGATE_DB: db,
    ARCHGATE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    ARCHGATE_PORT: '0',
    ARCHGATE_RATE_LIMIT_QUERY: '0',
    ARCHGATE_RATE_LIMIT_WRITE: '0',
    ARCHGATE_LOG_LEVEL: 'error',
  });
  const node = await startNode(config, { logger: true, loggerStream: stream, onLeaseLost: () => {} });
  await node.app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(node.app.server.address() as AddressInfo).port}`;
  let token = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(url + path.replace('{p}', node.boot.projectId), {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { 'content-type': 'application/json', 'x-auth-token': token, workspace: node.boot.workspaceId },
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
  const login = await call('POST', '/v3/auth/tokens', {
    auth: {
      identity: { methods: ['password'], password: { user: { name: 'admin', password: ADMIN_PASSWORD, domain: { name: 'archgate' } } } },
      scope: { project: { id: node.boot.projectId } },
    },
  });
  token = login.headers.get('x-subject-token')!;
  return { node, url, token, logs, call };
}

const objects = (n: number, prefix: string) => ({
  objects: Array.from({ length: n }, (_, i) => ({ biz_type: 'TABLE_MODEL', name_en: `${prefix}_${i}`, description: 'd'.repeat(2000) })),
});

function expectUnavailable(r: { status: number; headers: Headers; body: any }) {
  expect(r.status, JSON.stringify(r.body)).toBe(503);
  expect(r.body.error_code).toBe(ERRORS.STORE_UNAVAILABLE.code);
  expect(r.body.errors).toEqual([
    { error_code: ERRORS.STORE_UNAVAILABLE.code, error_msg: r.body.error_msg, request_id: expect.any(String) },
  ]);
  expect(r.headers.get('retry-after')).toBe('5');
}

/**
 * Each engine has its own way of refusing writes, so each gets its own fault: a SQLite file that may not
 * grow, a PostgreSQL database switched to read-only. The same answer is asked of both.
 */
describe('a store that refuses writes (sqlite: the file may not grow)', () => {
  const engine: Engine = 'sqlite';
  let r: Running;
  beforeAll(async () => {
    r = await start(engine);
  });
  afterAll(async () => {
    await r.node.stop();
  });

  const total = async () => (await r.call('GET', '/archgate/v1/{p}/objects?limit=1')).body.data.value.total as number;

  it('answers 503 on a full SQLite database, logs SQLITE_FULL, and recovers', async () => {
    const db = r.node.store.db;
    expect((await r.call('POST', '/archgate/v1/{p}/objects', objects(1, 'seed'))).status).toBe(200);
    const pages = (await sql<{ page_count: number }>`pragma page_count`.execute(db)).rows[0]!.page_count;
    const before = await total();
    // The file may not grow: the next write that needs a page is refused with SQLITE_FULL, and SQLite
    // rolls the transaction back by itself.
    await sql.raw(`pragma max_page_count = ${pages}`).execute(db);
    try {
      // One large row: SQLite rolls the whole transaction back, not only the statement.
      const big = { objects: [{ biz_type: 'TABLE_MODEL', name_en: 'full', biz_info: { blob: 'x'.repeat(60 * 1024) } }] };
      expectUnavailable(await r.call('POST', '/archgate/v1/{p}/objects', big));
      expectUnavailable(await r.call('POST', '/archgate/v1/{p}/objects', objects(300, 'full')));
      expect(r.logs.join('')).toContain('SQLITE_FULL');
      expect(r.logs.join('')).not.toContain('cannot rollback');
      expect(await total()).toBe(before);
    } finally {
      await sql.raw('pragma max_page_count = 1073741823').execute(db);
    }
    const ok = await r.call('POST', '/archgate/v1/{p}/objects', objects(300, 'roomy'));
    expect(ok.status).toBe(200);
    expect(await total()).toBe(before + 300);
  });
});

describe('a store that refuses writes (postgres: the database is read-only)', () => {
  const engine: Engine = 'postgres';
  let r: Running;
  beforeAll(async () => {
    r = await start(engine);
  });
  afterAll(async () => {
    await r.node.stop();
  });

  const total = async () => (await r.call('GET', '/archgate/v1/{p}/objects?limit=1')).body.data.value.total as number;

  it('answers 503 on a read-only PostgreSQL database, logs 25006, and recovers', async () => {
    const dbUrl = r.node.services.config.db;
    const name = new URL(dbUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: dbUrl.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
    // An operator's read-only switch (as on a standby): new sessions may not write.
    // The pool learns of each ended session asynchronously; a query sent before it has dropped them
    // would meet a closed connection (a 503 too). Wait until every old connection is gone.
    const reconnect = async () => {
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
      const pool = r.node.store.pool!;
      for (let i = 0; i < 250 && pool.totalCount > 0; i++) await new Promise((done) => setTimeout(done, 20));
    };
    const before = await total();
    try {
      await admin.query(`alter database ${name} set default_transaction_read_only = on`);
      await reconnect();
      expectUnavailable(await r.call('POST', '/archgate/v1/{p}/objects', objects(3, 'ro1')));
      expect((await r.call('GET', '/archgate/v1/{p}/objects?limit=1')).status).toBe(200);
      expectUnavailable(await r.call('POST', '/archgate/v1/{p}/objects', objects(3, 'ro2')));
      expect(r.logs.join('')).toContain('25006');
      expect(await total()).toBe(before);
    } finally {
      await admin.query(`alter database ${name} reset default_transaction_read_only`);
      await reconnect();
      await admin.end();
    }
    const first = await r.call('POST', '/archgate/v1/{p}/objects', objects(3, 'rw'));
    // The first query after the reconnect may meet a connection the server closed: a 503 too.
    const ok = first.status === 200 ? first : await r.call('POST', '/archgate/v1/{p}/objects', objects(3, 'rw'));
    expect(ok.status).toBe(200);
    expect(await total()).toBe(before + 3);
  });
});
