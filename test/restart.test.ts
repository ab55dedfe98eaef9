import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINES, freshDbUrl } from './helpers/server.js';

interface Running {
  proc: ChildProcess;
  output: string;
  url: string;
  projectId: string;
  workspaceId: string;
}

/** Starts archgate from its source (tsx src/main.ts; `npm start` runs the same code compiled) and reads its start-up banner. */
async function launch(env: Record<string, string>): Promise<Running> {
  const proc = spawn(join('node_modules', '.bin', 'tsx'), ['src/main.ts'], {
    env: { ...process.env, ARCHGATE_PORT: '0', ARCHGATE_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout!.on('data', (b: Buffer) => {
    output += b.toString();
  });
  proc.stderr!.on('data', (b: Buffer) => {
    output += b.toString();
  });
  const deadline = Date.now() + 30_000;
  while (!/API docs:/.test(output)) {
    if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`archgate did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const field = (label: string) => new RegExp(`${label}:\\s+(\\S+)`).exec(output)![1]!;
  return { proc, output, url: /listening on (\S+)/.exec(output)![1]!, projectId: field('project id'), workspaceId: field('workspace id') };
}

async function stop(r: Running): Promise<number | null> {
  const done = new Promise<number | null>((resolve) => r.proc.on('exit', (code) => resolve(code)));
  r.proc.kill('SIGTERM');
  return done;
}

async function api(r: Running, method: string, path: string, token: string | null, body?: unknown) {
  const res = await fetch(r.url + path.replace('{p}', r.projectId), {
    method,
    headers: { 'content-type': 'application/json', workspace: r.workspaceId, ...(token ? { 'x-auth-token': token } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

async function tokenFor(r: Running, password: string): Promise<string> {
  const res = await api(r, 'POST', '/v3/auth/tokens', null, {
    auth: {
      identity: { methods: ['password'], password: { user: { name: 'admin', password, domain: { name: 'archgate' } } } },
      scope: { project: { id: r.projectId } },
    },
  });
  expect(res.status).toBe(201);
  return res.headers.get('x-subject-token')!;
}

describe.each(ENGINES)('first start, restart and persistence (%s)', (engine) => {
  it('bootstraps once, prints the password only then, and keeps every acknowledged write across a restart', async () => {
    const db = engine === 'sqlite' ? `sqlite:${join(mkdtempSync(join(tmpdir(), 'ag-restart-')), 'archgate.db')}` : await freshDbUrl(engine);
    const first = await launch({ ARCHGATE_DB: db });
    expect(first.projectId).toMatch(/^[0-9a-f]{32}$/);
    expect(first.workspaceId).toMatch(/^[0-9a-f]{32}$/);
    expect(first.output).toMatch(/user:\s+admin/);
    const password = /password:\s+(\S+)/.exec(first.output)![1]!;

    const token = await tokenFor(first, password);
    const created = await api(first, 'POST', '/archgate/v1/{p}/objects', token, {
      objects: [
        { biz_type: 'TABLE_MODEL', name_en: 'kept' },
        { biz_type: 'CODE_TABLE', name_en: 'pending' },
      ],
    });
    const [kept, pending] = created.body.data.value.records.map((o: { id: string }) => o.id);
    const users = await api(first, 'GET', '/v2/{p}/design/approvals/users', token);
    const adminId = users.body.data.value.records[0].user_id;
    const pub = (id: string, type: string, fast: boolean) =>
      api(first, 'POST', '/v2/{p}/design/approvals/batch-publish', token, {
        biz_infos: [{ biz_id: id, biz_type: type }],
        approver_user_id: adminId,
        approver_user_name: 'admin',
        fast_approval: fast,
      });
    expect((await pub(kept, 'TABLE_MODEL', true)).body.data.value.operation_status).toBe('SUCCESS');
    expect((await pub(pending, 'CODE_TABLE', false)).body.data.value.operation_status).toBe('SUCCESS');
    expect(await stop(first)).toBe(0);

    const second = await launch({ ARCHGATE_DB: db });
    expect(second.projectId).toBe(first.projectId);
    expect(second.workspaceId).toBe(first.workspaceId);
    expect(second.output).not.toMatch(/password:/);
    expect(second.output).not.toContain(password);
    // The token issued before the restart still works: tokens live in the store.
    expect((await api(second, 'GET', `/archgate/v1/{p}/objects/${kept}`, token)).body.data.value.status).toBe('PUBLISHED');
    expect((await api(second, 'GET', `/archgate/v1/{p}/objects/${pending}`, token)).body.data.value.status).toBe('PUBLISH_DEVELOPING');
    const list = await api(second, 'GET', '/v2/{p}/design/approvals?approval_status=DEVELOPING', await tokenFor(second, password));
    expect(list.body.data.value.records.map((a: { biz_id: string }) => a.biz_id)).toEqual([pending]);
    expect(await stop(second)).toBe(0);
  });

  it('uses ARCHGATE_ADMIN_PASSWORD, ARCHGATE_PROJECT_ID and ARCHGATE_WORKSPACE_ID when given, and never prints the password', async () => {
    const db = engine === 'sqlite' ? `sqlite:${join(mkdtempSync(join(tmpdir(), 'ag-restart-')), 'archgate.db')}` : await freshDbUrl(engine);
    const r = await launch({
      ARCHGATE_DB: db,
      ARCHGATE_ADMIN_PASSWORD: 'given-secret',
      ARCHGATE_PROJECT_ID: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      ARCHGATE_WORKSPACE_ID: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
      ARCHGATE_WORKSPACE_MODE: 'enterprise',
    });
    expect(r.projectId).toBe('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    expect(r.workspaceId).toBe('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb');
    expect(r.output).not.toContain('given-secret');
    await tokenFor(r, 'given-secret');
    expect(await stop(r)).toBe(0);
  });
});

describe('configuration errors', () => {
  it('refuses a malformed project id with a clear message and exit code 1', async () => {
    const proc = spawn(join('node_modules', '.bin', 'tsx'), ['src/main.ts'], {
      env: { ...process.env, ARCHGATE_PROJECT_ID: 'XYZ', ARCHGATE_DB: 'sqlite::memory:' },
    });
    let err = '';
    proc.stderr.on('data', (b: Buffer) => {
      err += b.toString();
    });
    const code = await new Promise((resolve) => proc.on('exit', resolve));
    expect(code).toBe(1);
    expect(err).toContain('ARCHGATE_PROJECT_ID must be 32 lowercase hex characters');
  });
});
