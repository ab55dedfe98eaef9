import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, ADMIN_PASSWORD, startServer, type TestServer } from './helpers/server.js';
import { buildCli, cliEnv, modeOf, runCli, spawnCli, tempHome } from './helpers/cli.js';

const ESC = '\u001b';

/**
 * The archgate command end to end: the compiled command run as a child process against a real archgate
 * on SQLite (with the test clock), each run with its own HOME for its profiles.
 */
describe('the archgate command', () => {
  let s: TestServer;
  let main: string;
  let home: string;
  const cli = (args: string[], o: { input?: string; env?: Record<string, string | undefined>; home?: string } = {}) =>
    runCli(main, args, { home: o.home ?? home, input: o.input, env: o.env });
  const objectCount = async (query: string) =>
    (await s.call('GET', `/archgate/v1/{p}/objects?limit=1&${query}`)).body.data.value.total as number;

  beforeAll(async () => {
    main = buildCli();
    s = await startServer('sqlite', { ARCHGATE_CLOCK: 'test' });
    home = tempHome();
  }, 240_000);
  afterAll(() => s?.close());

  it('prints help with examples, exit 0; a wrong flag prints what is valid, exit 2', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(help.stdout).toMatch(/Exit codes:/);
    for (const sub of [
      ['serve'],
      ['login'],
      ['configure'],
      ['objects', 'import'],
      ['objects', 'list'],
      ['publish'],
      ['offline'],
      ['approvals', 'approve'],
      ['batches', 'watch'],
      ['approvers', 'add'],
      ['keys', 'create'],
      ['completion'],
    ]) {
      const h = await cli([...sub, '--help']);
      expect(h.code, sub.join(' ')).toBe(0);
      expect(h.stdout, sub.join(' ')).toMatch(/Examples:\n {2}\$ .*archgate /);
    }
    const wrong = await cli(['objects', 'list', '--colour']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/unknown option '--colour'/);
    expect(wrong.stderr).toMatch(/--biz-type <type>/);
    const badChoice = await cli(['objects', 'list', '--status', 'LIVE']);
    expect(badChoice.code).toBe(2);
    expect(badChoice.stderr).toMatch(/Allowed choices are DRAFT/);
    const unknown = await cli(['publsh']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Did you mean publish\?/);
  });

  it('prints bash and zsh completion scripts that the shell accepts', async () => {
    const bash = await cli(['completion', 'bash']);
    expect(bash.code).toBe(0);
    expect(bash.stdout).toMatch(/complete -o default -F _archgate archgate/);
    expect(bash.stdout).toMatch(/"objects import"\) words="--format --chunk-size --help/);
    expect(spawnSync('bash', ['-n'], { input: bash.stdout }).status).toBe(0);
    const zsh = await cli(['completion', 'zsh']);
    expect(zsh.stdout).toMatch(/^#compdef archgate/);
    expect((await cli(['completion', 'fish'])).code).toBe(2);
  });

  it('exits 3 without credentials, 4 when the server cannot be reached, naming the endpoint', async () => {
    const none = await cli(['approvals', 'list'], { home: tempHome() });
    expect(none.code).toBe(3);
    expect(none.stderr).toMatch(/not logged in.*archgate login/);
    const free = createServer();
    await new Promise<void>((r) => free.listen(0, '127.0.0.1', r));
    const port = (free.address() as AddressInfo).port;
    await new Promise<void>((r) => free.close(() => r()));
    const down = await cli(['-o', 'json', 'approvals', 'list'], {
      env: {
        ARCHGATE_ENDPOINT: `http://127.0.0.1:${port}`,
        ARCHGATE_PROJECT_ID: s.projectId,
        ARCHGATE_WORKSPACE: s.workspaceId,
        ARCHGATE_TOKEN: 'x',
      },
    });
    expect(down.code).toBe(4);
    expect(down.stderr).toContain(`cannot reach archgate at http://127.0.0.1:${port}`);
    expect(down.stderr).toMatch(/archgate serve/);
    expect(JSON.parse(down.stdout).error.exit_code).toBe(4);
  });

  it('logs in with the password on standard input and stores a 0600 profile; a wrong password exits 3', async () => {
    const wrong = await cli(['login', '--endpoint', s.url, '--domain', 'archgate', '--user', 'admin', '--password-stdin'], {
      input: 'not-the-password\n',
    });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toMatch(/HTTP 401/);
    const r = await cli(['-o', 'json', 'login', '--endpoint', s.url, '--domain', 'archgate', '--user', 'admin', '--password-stdin'], {
      input: `${ADMIN_PASSWORD}\n`,
    });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({
      profile: 'default',
      project_id: s.projectId,
      workspace_id: s.workspaceId,
      user: 'admin',
      user_id: s.adminId,
    });
    const path = join(home, '.config', 'archgate', 'config.json');
    expect(doc.config).toBe(path);
    expect(modeOf(path)).toBe(0o600);
    expect(modeOf(join(home, '.config', 'archgate'))).toBe(0o700);
    expect(JSON.parse(readFileSync(path, 'utf8')).profiles.default.token).toMatch(/\S{20,}/);
    // Off a terminal, a missing answer is a usage error, not a hang.
    const noUser = await cli(['login', '--endpoint', s.url, '--password-stdin'], { home: tempHome(), input: 'x' });
    expect(noUser.code).toBe(2);
    expect(noUser.stderr).toMatch(/--user is required when standard input is not a terminal/);
  });

  it('imports 25,000 CSV rows in chunks, resumes after being killed, and skips what is registered', async () => {
    const file = join(home, 'big.csv');
    const lines = ['biz_type,name_en,name_ch,description'];
    for (let i = 0; i < 25_000; i++) lines.push(`TABLE_MODEL,big_${String(i).padStart(5, '0')},大表${i},"row ${i}, quoted"`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const started = Date.now();
    const first = spawnCli(main, ['objects', 'import', file, '--chunk-size', '500'], { home });
    first.stdin!.end();
    const firstExit = new Promise<number | null>((r) => first.once('exit', (c) => r(c)));
    let exited = false;
    void firstExit.then(() => {
      exited = true;
    });
    while (!exited && (await objectCount('biz_type=TABLE_MODEL&name=big_')) < 2000) await new Promise((r) => setTimeout(r, 20));
    first.kill('SIGKILL');
    await firstExit;
    const before = await objectCount('biz_type=TABLE_MODEL&name=big_');
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(25_000);
    const resumed = await cli(['-o', 'json', 'objects', 'import', file, '--chunk-size', '5000']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const doc = JSON.parse(resumed.stdout);
    expect(doc).toMatchObject({ rows: 25_000, skipped: before, registered: 25_000 - before, failed: 0, chunks: 5 });
    expect(doc.skipped_objects[0]).toEqual({ line: 2, biz_type: 'TABLE_MODEL', name_en: 'big_00000' });
    expect(await objectCount('biz_type=TABLE_MODEL&name=big_')).toBe(25_000);
    console.log(`25,000-row import: killed after ${before}, resumed; ${Date.now() - started} ms in all, the resume ${doc.elapsed_ms} ms`);
    // A set over 10,000 goes in batches of at most 10,000, one Idempotency-Key each.
    const t1 = Date.now();
    const pub = await cli(['-o', 'json', 'publish', '--biz-type', 'TABLE_MODEL', '--name', 'big_', '--fast']);
    expect(pub.code, pub.stderr).toBe(0);
    const published = JSON.parse(pub.stdout);
    expect(published.batches.map((b: { total: number }) => b.total)).toEqual([10_000, 10_000, 5_000]);
    expect(published.totals).toEqual({ total: 25_000, success: 25_000, failed: 0, running: 0 });
    console.log(`publishing the 25,000 by filter in 3 batches: ${Date.now() - t1} ms`);
    // Nothing decorative in a pipe: the table and nothing else.
    const again = await cli(['objects', 'import', file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^25000 already registered, skipped: TABLE_MODEL big_00000/);
    expect(again.stdout + again.stderr).not.toContain(ESC);
    expect(again.stdout + again.stderr).not.toMatch(/ETA|objects\/s \|/);
  }, 180_000);

  it('names the line of a bad row and imports nothing of its chunk', async () => {
    const file = join(home, 'bad.jsonl');
    const rows = [
      { biz_type: 'CODE_TABLE', name_en: 'bad_ok_1' },
      { biz_type: 'CODE_TABLE', name_en: 'bad_ok_2' },
      { biz_type: 'CODE_TABLE', name_en: 'bad_ok_3' },
      { biz_type: 'NOT_A_TYPE', name_en: 'bad_wrong' },
      { biz_type: 'CODE_TABLE', name_en: 'bad_ok_5' },
    ];
    writeFileSync(file, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n{not json\n`);
    const r = await cli(['objects', 'import', file, '--chunk-size', '2']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/line 4: biz_type "NOT_A_TYPE" is not a business type/);
    expect(r.stdout).toMatch(/line 6: not JSON/);
    expect(r.stdout).toMatch(/chunk 2 \(lines 3–4\) not imported/);
    expect(await objectCount('name=bad_')).toBe(2);
    const list = await cli(['-o', 'json', 'objects', 'list', '--name', 'bad_', '--all']);
    expect(
      JSON.parse(list.stdout)
        .records.map((o: { name_en: string }) => o.name_en)
        .sort(),
    ).toEqual(['bad_ok_1', 'bad_ok_2']);
    expect((await cli(['objects', 'import', file, '--chunk-size', '0'])).code).toBe(2);
    expect((await cli(['objects', 'import', join(home, 'missing.csv')])).code).toBe(2);
  });

  it('publishes by filter with --fast, and a re-run with the same Idempotency-Key does nothing twice', async () => {
    const cur = JSON.parse(
      (await cli(['-o', 'json', 'objects', 'import', writeJsonl('cur.jsonl', [{ biz_type: 'CODE_TABLE', name_en: 'currency' }])])).stdout,
    );
    expect(cur.registered).toBe(1);
    const curId = (await s.call('GET', '/archgate/v1/{p}/objects?name=currency')).body.data.value.records[0].id;
    writeJsonl('orders.jsonl', [
      { biz_type: 'TABLE_MODEL', name_en: 'orders', references: [{ biz_type: 'CODE_TABLE', biz_id: curId }] },
      { biz_type: 'TABLE_MODEL', name_en: 'orders_archive', references: [{ biz_type: 'CODE_TABLE', biz_id: curId }] },
      { biz_type: 'TABLE_MODEL', name_en: 'orders_daily' },
    ]);
    expect((await cli(['objects', 'import', join(home, 'orders.jsonl')])).code).toBe(0);
    const pub = await cli(['-o', 'json', 'publish', '--biz-type', 'CODE_TABLE', '--name', 'currency', '--fast']);
    expect(pub.code, pub.stderr).toBe(0);
    // Three batches of at most two, with one key each; the re-run replays all three.
    const args = [
      '-o',
      'json',
      'publish',
      '--biz-type',
      'TABLE_MODEL',
      '--status',
      'DRAFT',
      '--name',
      'orders',
      '--fast',
      '--batch-size',
      '1',
      '--idempotency-key',
      'cli-test-orders',
    ];
    const r = await cli(args);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.totals).toEqual({ total: 3, success: 3, failed: 0, running: 0 });
    expect(doc.batches.map((b: { idempotency_key: string }) => b.idempotency_key)).toEqual([
      'cli-test-orders-1',
      'cli-test-orders-2',
      'cli-test-orders-3',
    ]);
    expect(doc.batches.every((b: { replayed: boolean }) => !b.replayed)).toBe(true);
    // The filter now matches nothing (they are PUBLISHED): name them by id with the same key instead.
    const ids = doc.items.map((i: { biz_id: string }) => i.biz_id);
    const rerun = await cli([
      '-o',
      'json',
      'publish',
      '--ids',
      ids.join(','),
      '--biz-type',
      'TABLE_MODEL',
      '--fast',
      '--batch-size',
      '1',
      '--idempotency-key',
      'cli-test-orders',
    ]);
    expect(rerun.code, rerun.stderr).toBe(0);
    const again = JSON.parse(rerun.stdout);
    expect(again.batches.every((b: { replayed: boolean }) => b.replayed)).toBe(true);
    expect(again.totals.success).toBe(3);
    // Without the key, publishing them again fails per item, with the cloud's remark, exit 1.
    const twice = await cli(['publish', '--ids', ids[0], '--fast']);
    expect(twice.code).toBe(1);
    expect(twice.stdout).toMatch(/The definition has been released and does not support resubmission/);
    expect(twice.stdout).toMatch(/FAILED\s+1\s+0\s+1/);
  });

  it('retries a batch whose connection dropped with the same Idempotency-Key: it runs once', async () => {
    writeJsonl(
      'drop.jsonl',
      ['drop_a', 'drop_b'].map((name_en) => ({ biz_type: 'DIMENSION', name_en })),
    );
    expect((await cli(['objects', 'import', join(home, 'drop.jsonl')])).code).toBe(0);
    // A proxy that forwards the first batch-publish, lets the server do it, and drops the connection
    // before the answer reaches the command.
    let dropped = 0;
    const keys: string[] = [];
    const proxy = createHttpServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const headers = Object.fromEntries(
        Object.entries(req.headers)
          .filter(([k]) => !['host', 'connection', 'content-length'].includes(k))
          .map(([k, v]) => [k, String(v)]),
      );
      const upstream = await fetch(s.url + req.url, {
        method: req.method,
        headers,
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      });
      const text = await upstream.text();
      if (req.url!.includes('batch-publish')) keys.push(String(req.headers['idempotency-key']));
      if (req.url!.includes('batch-publish') && dropped === 0) {
        dropped++;
        req.socket.destroy();
        return;
      }
      res.writeHead(upstream.status, Object.fromEntries(upstream.headers.entries()));
      res.end(text);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    try {
      const r = await cli(['-o', 'json', 'publish', '--biz-type', 'DIMENSION', '--name', 'drop_', '--fast'], {
        env: { ARCHGATE_ENDPOINT: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` },
      });
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(dropped).toBe(1);
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
      expect(doc.batches[0].replayed).toBe(true);
      expect(doc.totals).toMatchObject({ total: 2, success: 2, failed: 0 });
      // Done once: one PUBLISH application per object.
      const apps = JSON.parse((await cli(['-o', 'json', 'approvals', 'list', '--name', 'drop_', '--all'])).stdout);
      expect(apps.records).toHaveLength(2);
    } finally {
      await new Promise<void>((r) => proxy.close(() => r()));
    }
  });

  it("takes a code table offline with --impact --yes --cascade, printing the dependants' tree", async () => {
    const curId = (await s.call('GET', '/archgate/v1/{p}/objects?name=currency&biz_type=CODE_TABLE')).body.data.value.records[0].id;
    const refused = await cli(['offline', '--ids', curId, '--impact', '--cascade', '--fast']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Refusing without --yes/);
    expect(refused.stdout).toMatch(/^CODE_TABLE currency \d+ PUBLISHED$/m);
    expect(refused.stdout).toMatch(/^[├└]─ TABLE_MODEL orders \d+ PUBLISHED$/m);
    const r = await cli(['offline', '--ids', curId, '--impact', '--cascade', '--fast', '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Definition currency is referenced by 2 published objects/);
    expect(r.stdout).toMatch(/SUCCESS\s+3\s+3\s+0/);
    const offline = await cli(['-o', 'json', 'objects', 'list', '--status', 'OFFLINE', '--all']);
    expect(
      JSON.parse(offline.stdout)
        .records.map((o: { name_en: string }) => o.name_en)
        .sort(),
    ).toEqual(['currency', 'orders', 'orders_archive']);
  });

  it('approves and rejects with comments, withdraws, and refuses a second decision (exit 1)', async () => {
    writeJsonl(
      'dims.jsonl',
      ['dim_a', 'dim_b', 'dim_c', 'dim_d'].map((name_en) => ({ biz_type: 'DIMENSION', name_en })),
    );
    expect((await cli(['objects', 'import', join(home, 'dims.jsonl')])).code).toBe(0);
    const pub = await cli(['-o', 'json', 'publish', '--biz-type', 'DIMENSION', '--name', 'dim_', '--approver', 'admin']);
    expect(pub.code, pub.stderr).toBe(0);
    const pending = JSON.parse(
      (await cli(['-o', 'json', 'approvals', 'list', '--status', 'DEVELOPING', '--biz-type', 'DIMENSION'])).stdout,
    );
    expect(pending.total).toBe(4);
    const byName = Object.fromEntries(pending.records.map((a: { name_en: string; id: string }) => [a.name_en, a.id]));
    const ok = await cli(['approvals', 'approve', byName.dim_a, '--comment', 'looks good']);
    expect(ok.code, ok.stderr).toBe(0);
    const no = await cli(['-o', 'json', 'approvals', 'reject', byName.dim_b, '--comment', 'missing owner']);
    expect(no.code).toBe(0);
    expect(JSON.parse(no.stdout).totals).toMatchObject({ total: 1, success: 1 });
    const wd = await cli(['-o', 'json', 'approvals', 'withdraw', byName.dim_c]);
    expect(JSON.parse(wd.stdout)).toEqual({ withdrawn: 1 });
    const done = JSON.parse(
      (await cli(['-o', 'json', 'approvals', 'list', '--status', 'FINISHED', '--biz-type', 'DIMENSION', '--all'])).stdout,
    );
    const msg = Object.fromEntries(
      done.records.map((a: { name_en: string; msg: string; approval_status: string }) => [a.name_en, `${a.approval_status}: ${a.msg}`]),
    );
    expect(msg).toMatchObject({ dim_a: 'APPROVED: looks good', dim_b: 'REJECT: missing owner' });
    const again = await cli(['approvals', 'approve', byName.dim_a]);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/The application has been processed and cannot be approved again/);
    // --all-pending asks first; off a terminal --yes answers.
    expect((await cli(['approvals', 'approve', '--all-pending', '--biz-type', 'DIMENSION'])).code).toBe(2);
    const all = await cli([
      '-o',
      'json',
      'approvals',
      'approve',
      '--all-pending',
      '--biz-type',
      'DIMENSION',
      '--yes',
      '--comment',
      'batch ok',
    ]);
    expect(JSON.parse(all.stdout).totals).toMatchObject({ total: 1, success: 1 });
    expect((await cli(['approvals', 'approve'])).code).toBe(2);
  });

  it('watches a scheduled batch until the test clock runs it', async () => {
    writeJsonl('sched.jsonl', [{ biz_type: 'SUBJECT', name_en: 'sched_subject' }]);
    expect((await cli(['objects', 'import', join(home, 'sched.jsonl')])).code).toBe(0);
    // Two minutes from the server's clock (UTC): advancing five runs it, well within the tokens' 24 hours.
    const at = new Date(Date.now() + 2 * 60_000);
    const schedule = `${String(at.getUTCMinutes()).padStart(2, '0')}_${String(at.getUTCHours()).padStart(2, '0')}`;
    const sub = await cli(['-o', 'json', 'publish', '--biz-type', 'SUBJECT', '--name', 'sched_subject', '--fast', '--schedule', schedule]);
    expect(sub.code, sub.stderr).toBe(0);
    const { batches, totals } = JSON.parse(sub.stdout);
    expect(totals.running).toBe(1);
    const group = batches[0].group_id as string;
    const listed = JSON.parse((await cli(['-o', 'json', 'batches', 'list', '--status', 'RUNNING'])).stdout);
    expect(listed.records.map((b: { group_id: string }) => b.group_id)).toContain(group);
    const watch = spawnCli(main, ['-o', 'json', 'batches', 'watch', group, '--interval', '100'], { home });
    watch.stdin!.end();
    let out = '';
    watch.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
    });
    const code = new Promise<number | null>((r) => watch.once('close', (c) => r(c)));
    await new Promise((r) => setTimeout(r, 800));
    expect(watch.exitCode).toBeNull();
    const adv = await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 5 * 60_000 } });
    expect(adv.status).toBe(200);
    expect(await code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ group_id: group, operation_status: 'SUCCESS', success: 1 });
    const shown = await cli(['batches', 'show', group]);
    expect(shown.stdout).toMatch(/status:\s+SUCCESS/);
    const unknown = await cli(['batches', 'show', '1234567890123456789']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^archgate: error DLG\.\d+: .+ \(HTTP 400, request id \S+\)/);
  });

  it('adds and removes approvers', async () => {
    await addUser(s, 'bob', 'developer');
    const add = await cli(['-o', 'json', 'approvers', 'add', '--user', 'bob', '--email', 'bob@example.com']);
    expect(add.code, add.stderr).toBe(0);
    expect(JSON.parse(add.stdout)).toMatchObject({ user_name: 'bob', email: 'bob@example.com' });
    const list = await cli(['approvers', 'list']);
    expect(list.stdout).toMatch(/bob\s+bob/);
    const rm = await cli(['-o', 'json', 'approvers', 'remove', '--user', 'bob']);
    expect(JSON.parse(rm.stdout).removed).toBe(1);
    expect((await cli(['approvers', 'remove', '--user', 'bob'])).code).toBe(2);
  });

  it('creates an access key into a profile that signs every call; configure checks a key; a deleted key exits 3', async () => {
    const created = await cli(['-o', 'json', 'keys', 'create', '--description', 'cli test', '--write-profile', 'ci']);
    expect(created.code, created.stderr).toBe(0);
    const key = JSON.parse(created.stdout);
    expect(key.secret).toMatch(/\S{20,}/);
    const cfg = JSON.parse(readFileSync(join(home, '.config', 'archgate', 'config.json'), 'utf8'));
    expect(cfg.profiles.ci).toMatchObject({ ak: key.access, sk: key.secret, endpoint: s.url });
    expect(cfg.profiles.ci.token).toBeUndefined();
    // The AK/SK profile has no token: every call below is accepted only because it is signed.
    const signed = await cli(['-o', 'json', '--profile', 'ci', 'approvals', 'list', '--status', 'FINISHED']);
    expect(signed.code, signed.stderr).toBe(0);
    expect(JSON.parse(signed.stdout).total).toBeGreaterThanOrEqual(0);
    writeJsonl('signed.jsonl', [{ biz_type: 'TAG', name_en: 'signed_tag' }]);
    expect((await cli(['--profile', 'ci', 'objects', 'import', join(home, 'signed.jsonl')])).code).toBe(0);
    const pub = await cli(['-o', 'json', '--profile', 'ci', 'publish', '--biz-type', 'TAG', '--fast', '--approver', 'admin']);
    expect(JSON.parse(pub.stdout).totals.success).toBe(1);
    // The same key through the environment, and through configure --sk-stdin.
    const envRun = await cli(['approvers', 'list'], {
      home: tempHome(),
      env: {
        ARCHGATE_ENDPOINT: s.url,
        ARCHGATE_PROJECT_ID: s.projectId,
        ARCHGATE_WORKSPACE: s.workspaceId,
        HUAWEICLOUD_SDK_AK: key.access,
        HUAWEICLOUD_SDK_SK: key.secret,
      },
    });
    expect(envRun.code, envRun.stderr).toBe(0);
    const conf = await cli(
      [
        'configure',
        '--profile',
        'ci2',
        '--ak',
        key.access,
        '--sk-stdin',
        '--endpoint',
        s.url,
        '--project-id',
        s.projectId,
        '--workspace',
        s.workspaceId,
      ],
      { input: `${key.secret}\n` },
    );
    expect(conf.code, conf.stderr).toBe(0);
    expect(conf.stdout).toMatch(/it signs correctly/);
    const badSk = await cli(
      [
        'configure',
        '--profile',
        'ci3',
        '--ak',
        key.access,
        '--sk-stdin',
        '--endpoint',
        s.url,
        '--project-id',
        s.projectId,
        '--workspace',
        s.workspaceId,
      ],
      { input: 'wrong-secret' },
    );
    expect(badSk.code).toBe(3);
    expect(badSk.stderr).toMatch(/APIGW\.0301/);
    const keys = JSON.parse((await cli(['-o', 'json', 'keys', 'list'])).stdout);
    expect(keys.credentials.map((c: { access: string }) => c.access)).toContain(key.access);
    expect((await cli(['keys', 'delete', key.access])).code).toBe(0);
    const gone = await cli(['--profile', 'ci', 'approvals', 'list']);
    expect(gone.code).toBe(3);
    expect(gone.stderr).toMatch(/HTTP 401/);
    const profiles = await cli(['profiles']);
    expect(profiles.stdout).toMatch(/default\*\s+token/);
    expect(profiles.stdout).not.toContain(key.secret);
  });

  it('draws the progress bar on a terminal (script -qc), hides a typed password, and no colour with NO_COLOR', async () => {
    const file = join(home, 'tty.csv');
    writeFileSync(file, `biz_type,name_en\n${Array.from({ length: 3000 }, (_, i) => `FUNCTION,tty_${i}`).join('\n')}\n`);
    const env = cliEnv({ home });
    // Asynchronously: the server answering the command runs in this process.
    const tty = await inPty(`${JSON.stringify(process.execPath)} ${JSON.stringify(main)} objects import ${file} --chunk-size 500`, env);
    expect(tty.status, tty.stdout).toBe(0);
    expect(tty.stdout).toMatch(/\d+% \| \d+\/3000 objects \| \d+ objects\/s \| ETA/);
    expect(tty.stdout).toContain(`${ESC}[1mROWS`);
    const plain = await inPty(`${JSON.stringify(process.execPath)} ${JSON.stringify(main)} objects list --name tty_1 --limit 2`, {
      ...env,
      NO_COLOR: '1',
    });
    expect(plain.stdout).toMatch(/ID\s+TYPE/);
    expect(plain.stdout).not.toContain(ESC);
    // Login on a terminal asks its questions, and the password is not echoed.
    const other = tempHome();
    const login = await inPty(`${JSON.stringify(process.execPath)} ${JSON.stringify(main)} login`, cliEnv({ home: other }), [
      s.url,
      'archgate',
      'admin',
      ADMIN_PASSWORD,
    ]);
    expect(login.status, login.stdout).toBe(0);
    expect(login.stdout).toMatch(/Endpoint \[http:\/\/127\.0\.0\.1:8080\]: /);
    expect(login.stdout).toMatch(/Password: /);
    expect(login.stdout).toMatch(/Logged in to .* as admin/);
    expect(login.stdout).not.toContain(ADMIN_PASSWORD);
    expect(modeOf(join(other, '.config', 'archgate', 'config.json'))).toBe(0o600);
    // The same import in a pipe: a table, no bar, no escape codes.
    const piped = await cli(['objects', 'import', file]);
    expect(piped.stdout + piped.stderr).not.toContain(ESC);
    expect(piped.stdout + piped.stderr).not.toMatch(/ETA/);
    expect(existsSync(file)).toBe(true);
  });

  /** Runs a shell command under a pseudo-terminal (util-linux script), typing `typed` one line at a time. */
  async function inPty(command: string, env: NodeJS.ProcessEnv, typed: string[] = []): Promise<{ status: number | null; stdout: string }> {
    const p = spawn('script', ['-qec', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    p.stdout.on('data', (b: Buffer) => {
      stdout += b.toString();
    });
    const closed = new Promise<number | null>((resolve) => p.once('close', (status) => resolve(status)));
    for (const line of typed) {
      const seen = stdout.length;
      // Wait for the next question before answering it.
      for (let i = 0; i < 200 && stdout.length === seen; i++) await new Promise((r) => setTimeout(r, 25));
      p.stdin.write(`${line}\n`);
    }
    p.stdin.end();
    return { status: await closed, stdout };
  }

  function writeJsonl(name: string, rows: unknown[]): string {
    const path = join(home, name);
    writeFileSync(path, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
    return path;
  }
});
