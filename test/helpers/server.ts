import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { inject } from 'vitest';
import { readConfig } from '../../src/config.js';
import { startNode } from '../../src/node.js';
import type { Store } from '../../src/store/db.js';

/** Every store-touching test runs once per engine. */
export const ENGINES = ['sqlite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

/** A fresh, empty database: an in-memory SQLite, or a new database on the run's PostgreSQL. */
export async function freshDbUrl(engine: Engine): Promise<string> {
  if (engine === 'sqlite') return 'sqlite::memory:';
  const base = inject('pgUrl');
  const name = `ag_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: `${base}/postgres` });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return `${base}/${name}`;
}

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  body?: unknown;
  token?: string | null;
  workspace?: string | null;
  headers?: Record<string, string>;
  raw?: string;
}

export interface TestServer {
  url: string;
  dbUrl: string;
  projectId: string;
  workspaceId: string;
  adminId: string;
  token: string;
  /** `path` may hold `{p}`, replaced by the project id. */
  call<T = any>(method: string, path: string, opts?: CallOptions): Promise<Reply<T>>;
  close(): Promise<void>;
  /** The node's store, for tests that look beneath the API (the fuzz test's nothing-written check). */
  store?: Store;
}

export const ADMIN_PASSWORD = 'archgate-test-password';

/** Starts a real archgate on a real store, listening on a loopback port, and logs the admin in. */
export async function startServer(engine: Engine, env: Record<string, string> = {}, dbUrl?: string): Promise<TestServer> {
  const db = dbUrl ?? (await freshDbUrl(engine));
  // Tests call far faster than people: throttling is off unless a test turns it on.
  const config = readConfig({
    ARCHGATE_DB: db,
    ARCHGATE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    ARCHGATE_PORT: '0',
    ARCHGATE_RATE_LIMIT_QUERY: '0',
    ARCHGATE_RATE_LIMIT_WRITE: '0',
    ARCHGATE_SCHEDULER_POLL_MS: '100',
    ...env,
  });
  const node = await startNode(config, { logger: false });
  const { app, boot } = node;
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const call = async (method: string, path: string, opts: CallOptions = {}): Promise<Reply> => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token !== null) headers['x-auth-token'] = opts.token ?? server.token;
    if (opts.workspace !== null) headers.workspace = opts.workspace ?? boot.workspaceId;
    let body: string | undefined = opts.raw;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(url + path.replace('{p}', boot.projectId), { method, headers, body });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };

  const login = await call('POST', '/v3/auth/tokens', {
    token: null,
    workspace: null,
    body: {
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'admin', password: ADMIN_PASSWORD, domain: { name: 'archgate' } } } },
        scope: { project: { id: boot.projectId } },
      },
    },
  });
  if (login.status !== 201) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
  const server: TestServer = {
    url,
    dbUrl: db,
    projectId: boot.projectId,
    workspaceId: boot.workspaceId,
    adminId: login.body.token.user.id,
    token: login.headers.get('x-subject-token')!,
    call,
    close: () => node.stop(),
    store: node.store,
  };
  return server;
}

/** Registers objects through the extension and returns their ids. */
export async function createObjects(s: TestServer, bizType: string, names: string[]): Promise<string[]> {
  const r = await s.call('POST', '/archgate/v1/{p}/objects', {
    body: { objects: names.map((name_en) => ({ biz_type: bizType, name_en })) },
  });
  if (r.status !== 200) throw new Error(`create failed: ${JSON.stringify(r.body)}`);
  return r.body.data.value.records.map((o: { id: string }) => o.id);
}

export function batchBody(s: TestServer, ids: string[], bizType: string, extra: Record<string, unknown> = {}) {
  return {
    biz_infos: ids.map((biz_id) => ({ biz_id, biz_type: bizType })),
    approver_user_id: s.adminId,
    approver_user_name: 'admin',
    ...extra,
  };
}

export async function statusOf(s: TestServer, id: string): Promise<string> {
  const r = await s.call('GET', `/archgate/v1/{p}/objects/${id}`);
  return r.body.data.value.status;
}

export const USER_PASSWORD = 'Member-pass-123';

/** A token for a user of the bootstrap domain, scoped to a project. */
export async function loginAs(s: TestServer, name: string, projectId = s.projectId, password = USER_PASSWORD): Promise<string> {
  const r = await s.call('POST', '/v3/auth/tokens', {
    token: null,
    workspace: null,
    body: {
      auth: {
        identity: { methods: ['password'], password: { user: { name, password, domain: { name: 'archgate' } } } },
        scope: { project: { id: projectId } },
      },
    },
  });
  if (r.status !== 201) throw new Error(`login of ${name} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.headers.get('x-subject-token')!;
}

/** Creates an IAM user through the IAM API and, with a role, makes it a member of the workspace. */
export async function addUser(
  s: TestServer,
  name: string,
  role: string | null,
  workspaceId = s.workspaceId,
  projectId = s.projectId,
  adminToken = s.token,
) {
  const u = await s.call('POST', '/v3.0/OS-USER/users', {
    token: adminToken,
    workspace: null,
    body: { user: { name, password: USER_PASSWORD } },
  });
  if (u.status !== 201) throw new Error(`user ${name}: ${u.status} ${JSON.stringify(u.body)}`);
  const id: string = u.body.user.id;
  if (role) {
    const m = await s.call('PUT', `/archgate/v1/${projectId}/workspaces/${workspaceId}/members/${id}`, {
      token: adminToken,
      workspace: null,
      body: { role },
    });
    if (m.status !== 200) throw new Error(`member ${name}: ${m.status} ${JSON.stringify(m.body)}`);
  }
  return { id, token: await loginAs(s, name, projectId) };
}
