import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellQuote } from '../src/cli/env.js';
import { CI_DEFAULTS, ConfigError, readConfig } from '../src/config.js';
import { startNode } from '../src/node.js';
import { buildCli, cliEnv, runCli, tempHome } from './helpers/cli.js';
import { startReceiver, type Receiver } from './helpers/webhook-receiver.js';
import { ENGINES, type Engine, type Reply, type TestServer, addUser, createObjects, freshDbUrl, startServer } from './helpers/server.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');

/** An archgate in ci mode with nothing but ARCHGATE_MODE set (and the store, for PostgreSQL), logged in as its fixed admin. */
async function startCi(
  engine: Engine,
  extra: Record<string, string> = {},
): Promise<TestServer & { config: ReturnType<typeof readConfig> }> {
  const env: Record<string, string> = { ARCHGATE_MODE: 'ci', ARCHGATE_PORT: '0', ...extra };
  if (engine === 'postgres') env.ARCHGATE_DB = await freshDbUrl('postgres');
  const config = readConfig(env);
  const node = await startNode(config, { logger: false });
  await node.app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(node.app.server.address() as AddressInfo).port}`;
  const s = {
    url,
    dbUrl: config.db,
    projectId: node.boot.projectId,
    workspaceId: node.boot.workspaceId,
    adminId: '',
    token: '',
    config,
    store: node.store,
    close: () => node.stop(),
    async call(method: string, path: string, opts: Parameters<TestServer['call']>[2] = {}): Promise<Reply> {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      if (opts.token !== null) headers['x-auth-token'] = opts.token ?? s.token;
      if (opts.workspace !== null) headers.workspace = opts.workspace ?? s.workspaceId;
      let body: string | undefined;
      if (opts.body !== undefined) {
        body = JSON.stringify(opts.body);
        headers['content-type'] = 'application/json';
      }
      const res = await fetch(url + path.replace('{p}', s.projectId), { method, headers, body });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
    },
  };
  const login = await ciLogin(s);
  if (login.status !== 201) throw new Error(`ci login failed: ${login.status} ${JSON.stringify(login.body)}`);
  s.token = login.headers.get('x-subject-token')!;
  s.adminId = login.body.token.user.id;
  return s;
}

const ciLogin = (s: Pick<TestServer, 'call'>, password: string = CI_DEFAULTS.adminPassword, name = 'admin') =>
  s.call('POST', '/v3/auth/tokens', {
    token: null,
    workspace: null,
    body: {
      auth: {
        identity: { methods: ['password'], password: { user: { name, password, domain: { name: 'archgate' } } } },
        scope: { project: { id: CI_DEFAULTS.projectId } },
      },
    },
  });

const reset = (s: TestServer, token?: string) => s.call('POST', '/archgate/v1/reset', { token, workspace: null });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('ARCHGATE_MODE: the configuration', () => {
  it('ci mode defaults to a memory store, no throttling or lockout, the test clock and the fixed identity', () => {
    const c = readConfig({ ARCHGATE_MODE: 'ci' });
    expect(c).toMatchObject({
      mode: 'ci',
      db: 'sqlite::memory:',
      rateLimitQuery: 0,
      rateLimitWrite: 0,
      loginMaxFailures: 0,
      loginSourceMaxFailures: 0,
      clock: 'test',
      projectId: CI_DEFAULTS.projectId,
      workspaceId: CI_DEFAULTS.workspaceId,
      adminPassword: CI_DEFAULTS.adminPassword,
    });
  });
  it('an explicit setting wins over a ci default', () => {
    const c = readConfig({
      ARCHGATE_MODE: 'ci',
      ARCHGATE_DB: 'sqlite:/tmp/x.db',
      ARCHGATE_PROJECT_ID: 'f'.repeat(32),
      ARCHGATE_ADMIN_PASSWORD: 'Other-pass-1',
      ARCHGATE_RATE_LIMIT_QUERY: '7',
    });
    expect(c).toMatchObject({ db: 'sqlite:/tmp/x.db', projectId: 'f'.repeat(32), adminPassword: 'Other-pass-1', rateLimitQuery: 7 });
  });
  it('server mode (unset) is unchanged', () => {
    const c = readConfig({});
    expect(c).toMatchObject({ mode: 'server', db: 'sqlite:./data/archgate.db', rateLimitQuery: 240, rateLimitWrite: 120, clock: 'system' });
    expect(c.projectId).toBeUndefined();
    expect(c.adminPassword).toBeUndefined();
    expect(readConfig({ ARCHGATE_MODE: 'server' }).mode).toBe('server');
    expect(() => readConfig({ ARCHGATE_MODE: 'test' })).toThrow(ConfigError);
  });
});

describe.each(ENGINES)('archgate as a CI stand-in (%s)', (engine) => {
  let s: Awaited<ReturnType<typeof startCi>>;
  beforeAll(async () => {
    s = await startCi(engine);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('starts on the fixed project and workspace, with the fixed admin and password', () => {
    expect(s.config.db).toBe(engine === 'sqlite' ? 'sqlite::memory:' : s.dbUrl);
    expect(s.projectId).toBe(CI_DEFAULTS.projectId);
    expect(s.workspaceId).toBe(CI_DEFAULTS.workspaceId);
    expect(s.adminId).toBe(CI_DEFAULTS.adminUserId);
  });

  it('does not throttle: 300 reads of one API within a minute all answer 200 (the server default is 240)', async () => {
    const codes = await Promise.all(Array.from({ length: 300 }, () => s.call('GET', '/v2/{p}/design/approvals/users')));
    expect(codes.filter((r) => r.status !== 200).map((r) => r.status)).toEqual([]);
  });

  it('does not lock the admin out: ten wrong passwords, then the right one logs in', async () => {
    for (let i = 0; i < 10; i++) expect((await ciLogin(s, 'wrong-password')).status).toBe(401);
    expect((await ciLogin(s)).status).toBe(201);
  });

  it('has the test clock on', async () => {
    const r = await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 1000 } });
    expect(r.status).toBe(200);
  });

  it('resets: empties the data and bootstraps again with the same ids and password; the admin token lives on', async () => {
    const [draft] = await createObjects(s, 'TABLE_MODEL', ['ci_reset_a', 'ci_reset_b']);
    const member = await addUser(s, 'ci_member', 'developer');
    const before = (await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 0 } })).body.data.value.now;

    // A developer may not reset; the admin may.
    const refused = await reset(s, member.token);
    expect(refused.status).toBe(403);
    expect(refused.body.error_code).toBe('DLG.0403');
    const r = await reset(s);
    expect(r.status).toBe(200);
    expect(r.body.data.value).toMatchObject({
      project_id: CI_DEFAULTS.projectId,
      workspace_id: CI_DEFAULTS.workspaceId,
      user_name: 'admin',
    });

    // The data is gone: objects, the member (its token and its login), batches, the audit trail.
    const objects = await s.call('GET', '/archgate/v1/{p}/objects');
    expect(objects.status).toBe(200);
    expect(objects.body.data.value.total).toBe(0);
    expect((await s.call('GET', `/archgate/v1/{p}/objects/${draft}`)).status).toBe(400);
    expect((await s.call('GET', '/v2/{p}/design/approvals/users', { token: member.token })).status).toBe(401);
    expect((await ciLogin(s, 'Member-pass-123', 'ci_member')).status).toBe(401);
    const audit = await s.call('GET', '/archgate/v1/{p}/audit/verify', { workspace: null });
    expect(audit.body.data.value).toMatchObject({ ok: true });

    // The first start's state is back: the admin a registered approver, its password and its old token good.
    const approvers = await s.call('GET', '/v2/{p}/design/approvals/users');
    expect(approvers.status).toBe(200);
    expect(approvers.body.data.value.records.map((a: { user_id: string }) => a.user_id)).toEqual([CI_DEFAULTS.adminUserId]);
    const again = await ciLogin(s);
    expect(again.status).toBe(201);
    expect(again.body.token.user.id).toBe(CI_DEFAULTS.adminUserId);
    expect(await createObjects(s, 'TABLE_MODEL', ['ci_reset_a'])).toHaveLength(1);

    // Time does not run backwards across a reset.
    const after = (await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 0 } })).body.data.value.now;
    expect(Date.parse(after)).toBeGreaterThanOrEqual(Date.parse(before));
  });

  it('resets in milliseconds (measured: a store with a few hundred rows, then empty ones)', async () => {
    await createObjects(
      s,
      'TABLE_MODEL',
      Array.from({ length: 200 }, (_, i) => `ci_bulk_${i}`),
    );
    const round: number[] = [];
    const inside: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      const r = await reset(s);
      round.push(performance.now() - t0);
      expect(r.status).toBe(200);
      inside.push(r.body.data.value.elapsed_ms);
    }
    console.log(
      `reset (${engine}), 15 in a row: the first (200 objects to delete) ${round[0]!.toFixed(1)} ms round trip (${inside[0]} ms inside), then median ${median(round.slice(1)).toFixed(1)} ms round trip, ${median(inside.slice(1))} ms inside, max ${Math.max(...round.slice(1)).toFixed(1)} ms`,
    );
    expect(median(round.slice(1))).toBeLessThan(250);
  });
});

describe.each(ENGINES)('POST /archgate/v1/reset outside ci mode (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('is refused with 403 DLG.0403, even to the admin, and nothing is touched', async () => {
    await createObjects(s, 'TABLE_MODEL', ['kept']);
    const r = await reset(s);
    expect(r.status).toBe(403);
    expect(r.body.error_code).toBe('DLG.0403');
    expect(r.body.error_msg).toContain('ARCHGATE_MODE is not ci');
    expect((await s.call('GET', '/archgate/v1/{p}/objects')).body.data.value.total).toBe(1);
    expect((await reset(s, null as never)).status).toBe(401);
  });
});

describe('archgate env', () => {
  let s: Awaited<ReturnType<typeof startCi>>;
  let main: string;
  let home: string;
  beforeAll(async () => {
    main = buildCli();
    s = await startCi('sqlite');
    home = tempHome();
  }, 180_000);
  afterAll(async () => {
    await s?.close();
    rmSync(home, { recursive: true, force: true });
  });

  /** The lines, checked to be `export NAME='value'` and nothing else, as a map. */
  const parse = (stdout: string) => {
    const lines = stdout.trimEnd().split('\n');
    for (const l of lines) expect(l).toMatch(/^export [A-Z_]+='[^']*'$/);
    return Object.fromEntries(lines.map((l) => /^export ([A-Z_]+)='(.*)'$/.exec(l)!.slice(1, 3) as [string, string]));
  };

  it('quotes any value as one POSIX shell word', async () => {
    for (const v of ["it's", 'a b', '$HOME `x` "q" \\ \n', '']) {
      const { stdout } = await run('sh', ['-c', `export X=${shellQuote(v)}; printf %s "$X"`]);
      expect(stdout).toBe(v);
    }
  });

  it('--endpoint of a CI stand-in: a fresh token and the fixed ids, usable by the command and by sh', async () => {
    const r = await runCli(main, ['env', '--endpoint', `${s.url}/`, '--wait', '5'], { home });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const vars = parse(r.stdout);
    expect(vars).toMatchObject({
      ARCHGATE_ENDPOINT: s.url,
      ARCHGATE_PROJECT_ID: CI_DEFAULTS.projectId,
      ARCHGATE_WORKSPACE: CI_DEFAULTS.workspaceId,
      ARCHGATE_USER_ID: CI_DEFAULTS.adminUserId,
      HUAWEICLOUD_SDK_PROJECT_ID: CI_DEFAULTS.projectId,
      HUAWEICLOUD_SDK_IAM_ENDPOINT: s.url,
    });
    expect((await s.call('GET', '/v2/{p}/design/approvals/users', { token: vars.ARCHGATE_TOKEN })).status).toBe(200);
    // eval in plain sh, then the command with no profile at all.
    const { stdout } = await run(
      'sh',
      [
        '-c',
        `eval "$("${process.execPath}" "${main}" env --endpoint ${s.url})" && "${process.execPath}" "${main}" --output json approvers list`,
      ],
      { env: cliEnv({ home }) },
    );
    expect(JSON.parse(stdout).records.map((a: { user_id: string }) => a.user_id)).toContain(CI_DEFAULTS.adminUserId);
  });

  it('from the current profile (archgate login), and unreachable or not logged in as the exit codes say', async () => {
    const login = await runCli(main, ['login', '--endpoint', s.url, '--domain', 'archgate', '--user', 'admin', '--password-stdin'], {
      home,
      input: CI_DEFAULTS.adminPassword,
    });
    expect(login.code).toBe(0);
    const r = await runCli(main, ['env'], { home });
    expect(r.code).toBe(0);
    const vars = parse(r.stdout);
    expect(vars).toMatchObject({
      ARCHGATE_ENDPOINT: s.url,
      ARCHGATE_PROJECT_ID: CI_DEFAULTS.projectId,
      ARCHGATE_WORKSPACE: CI_DEFAULTS.workspaceId,
    });
    expect((await s.call('GET', '/v2/{p}/design/approvals/users', { token: vars.ARCHGATE_TOKEN })).status).toBe(200);
    const json = await runCli(main, ['--output', 'json', 'env'], { home });
    expect(JSON.parse(json.stdout)).toMatchObject({ ARCHGATE_ENDPOINT: s.url });

    expect((await runCli(main, ['env'], { home: tempHome() })).code).toBe(3);
    expect((await runCli(main, ['env', '--endpoint', 'http://127.0.0.1:9'], { home })).code).toBe(4);
  });

  it("runs the README's quick start in plain sh against a ci-mode server", async () => {
    const block = quickStart();
    const script = block.replaceAll('http://127.0.0.1:8080', s.url);
    const { stdout } = await run('sh', ['-e', '-c', script], { env: shellEnv(home, main), cwd: home });
    expect(stdout).toContain('"SUCCESS"');
    expect(stdout).toMatch(/"operation_type": "OFFLINE"/);
    expect(stdout).toMatch(/"success": 2/);
  }, 60_000);
});

const README = () => readFileSync(join(ROOT, 'README.md'), 'utf8');
const BASHISMS = /\$\{?[A-Za-z_]+\[|\(\(|\[\[/; // bash arrays or bash tests

function quickStart(): string {
  const block = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(README())?.[1];
  expect(block, 'the quick start has a sh block').toBeDefined();
  expect(block).not.toMatch(BASHISMS);
  return block!;
}

/** PATH with an `archgate` that runs the compiled command, as `npm link` would give. */
function shellEnv(home: string, main: string) {
  const bin = join(home, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'archgate'), `#!/bin/sh\nexec "${process.execPath}" "${main}" "$@"\n`);
  chmodSync(join(bin, 'archgate'), 0o755);
  return cliEnv({ home, env: { PATH: `${bin}:${process.env.PATH}` } });
}

/**
 * The README marks a shell block that continues the quick start with the comment line
 * `<!-- runs after the quick start; prints: TEXT -->` right above its fence: each such block is run here.
 */
const MARK = /<!-- runs after the quick start; prints: (.*?) -->\n```(?:sh|bash)\n([\s\S]*?)```/g;
/** What only the quick start defines: its endpoint, project, `api` function or (formerly) bash arrays. */
const USES_QUICK_START = /\$A\b|\$P\b|\$\{?[A-Z]+\[|(^|\$\(|[\s;|&])api\s/m;

describe('the README shell blocks that continue the quick start', () => {
  let s: Awaited<ReturnType<typeof startCi>>;
  let rx: Receiver;
  let main: string;
  let home: string;
  beforeAll(async () => {
    main = buildCli();
    rx = await startReceiver();
    // The webhook example's receiver is on this machine, which the SSRF guard refuses unless allowed.
    s = await startCi('sqlite', { ARCHGATE_WEBHOOK_ALLOW: '127.0.0.1' });
    home = tempHome();
  }, 180_000);
  afterAll(async () => {
    await s?.close();
    await rx?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('marks every shell block that needs the quick start, in POSIX sh', () => {
    const readme = README();
    const quick = quickStart();
    const marked = [...readme.matchAll(MARK)].map((m) => m[2]!);
    expect(marked.length).toBeGreaterThanOrEqual(5);
    for (const b of marked) expect(b).not.toMatch(BASHISMS);
    const shell = [...readme.matchAll(/```(?:sh|bash)\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const unmarked = shell.filter((b) => b !== quick && !marked.includes(b) && USES_QUICK_START.test(b));
    expect(unmarked, 'blocks that use the quick start without the runs-after mark').toEqual([]);
  });

  it('runs each, after the quick start, in plain sh -e: exit 0, the output promised and no error body', async () => {
    const blocks = [...README().matchAll(MARK)].map((m) => ({ prints: m[1]!, body: m[2]! }));
    const env = shellEnv(home, main);
    for (const { prints, body } of blocks) {
      await reset(s);
      const script = `${quickStart()}\n${body}`
        .replaceAll('http://127.0.0.1:8080', s.url)
        .replaceAll('https://hooks.example.com/archgate', `${rx.url}/archgate`);
      const { stdout } = await run('sh', ['-e', '-c', script], { env, cwd: home });
      const shown = stdout.replaceAll(`${rx.url}/archgate`, 'https://hooks.example.com/archgate');
      expect(shown, body).toContain(prints);
      expect(shown, body).not.toMatch(/"error_code"|"error_msg"|"error":/);
    }
  }, 120_000);
});
