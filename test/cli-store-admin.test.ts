import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRow } from '../src/store/audit.js';
import { buildCli, runCli, tempHome } from './helpers/cli.js';
import { processDbUrl } from './helpers/processes.js';
import { ADMIN_PASSWORD, ENGINES, createObjects, loginAs, startServer, type TestServer } from './helpers/server.js';

/**
 * `archgate audit verify` and `archgate admin reset-password`: the compiled command, run as a child
 * process on the store of a live archgate (a SQLite file, or PostgreSQL), as an operator runs them on the
 * server's machine.
 */
describe.each(ENGINES)('the store commands of the archgate command (%s)', (engine) => {
  let s: TestServer;
  let main: string;
  let home: string;
  const cli = (args: string[], input?: string) => runCli(main, [...args, '--db', s.dbUrl], { home, input });
  const records = () => s.store!.db.selectFrom('audit_records').selectAll().where('project_id', '=', s.projectId).orderBy('seq').execute();
  const status = async (token: string) => (await s.call('GET', '/archgate/v1/{p}/objects?limit=1', { token })).status;

  beforeAll(async () => {
    main = buildCli();
    s = await startServer(engine, {}, await processDbUrl(engine, 'archgate-cli-store'));
    home = tempHome();
    await createObjects(s, 'TABLE_MODEL', ['verify_a', 'verify_b']);
    await createObjects(s, 'TABLE_MODEL', ['verify_c']);
    await createObjects(s, 'TABLE_MODEL', ['verify_d']);
  }, 240_000);
  afterAll(() => s?.close());

  it('audit verify: exit 0 when every chain verifies; exit 1 naming the first record changed, then removed', async () => {
    const good = await cli(['--output', 'json', 'audit', 'verify']);
    expect(good.code, good.stderr).toBe(0);
    const doc = JSON.parse(good.stdout);
    expect(doc.ok).toBe(true);
    expect(doc.projects).toContainEqual({ project_id: s.projectId, ok: true, checked: (await records()).length });

    const [, second, third] = await records();
    const original: AuditRow = second!;
    await s
      .store!.db.updateTable('audit_records')
      .set({ user_name: 'mallory' })
      .where('project_id', '=', s.projectId)
      .where('seq', '=', 2)
      .execute();
    const changed = await cli(['audit', 'verify']);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(new RegExp(`${s.projectId} +1 +first bad record: seq 2 \\(changed\\) ArchgateCreateObjects at `));
    expect(changed.stderr).toBe(`archgate: the audit chain of project '${s.projectId}' breaks at seq 2: changed\n`);

    await s
      .store!.db.updateTable('audit_records')
      .set({ user_name: original.user_name })
      .where('project_id', '=', s.projectId)
      .where('seq', '=', 2)
      .execute();
    await s.store!.db.deleteFrom('audit_records').where('project_id', '=', s.projectId).where('seq', '=', third!.seq).execute();
    const removed = await cli(['--output', 'json', 'audit', 'verify', '--project', s.projectId]);
    expect(removed.code).toBe(1);
    expect(JSON.parse(removed.stdout)).toMatchObject({
      ok: false,
      projects: [{ project_id: s.projectId, ok: false, checked: 2, first_bad: { seq: 3, reason: 'removed' } }],
    });
    await s.store!.db.insertInto('audit_records').values(third!).execute();
    expect((await cli(['audit', 'verify'])).code).toBe(0);
  });

  it('audit verify: a store that is not there is one line, not a stack', async () => {
    // Each engine's way of not being there: a SQLite file that does not exist, a PostgreSQL nobody serves.
    const url = engine === 'sqlite' ? `sqlite:${home}/nothing.db` : 'postgres://archgate:not-this-one@127.0.0.1:1/nothing';
    const missing = await runCli(main, ['audit', 'verify', '--db', url], { home });
    expect(missing.code).toBe(4);
    if (engine === 'sqlite') {
      expect(missing.stderr).toBe(`archgate: there is no SQLite store at ${home}/nothing.db: set ARCHGATE_DB or --db to it\n`);
    } else {
      expect(missing.stderr).toMatch(/^archgate: [^\n]*127\.0\.0\.1[^\n]*\n$/);
      expect(missing.stderr).not.toContain('not-this-one');
    }
  });

  it('admin reset-password: refuses a password outside the policy and an unknown user, changing nothing', async () => {
    const weak = await cli(['admin', 'reset-password', 'admin', '--password-stdin'], 'short');
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(
      /^archgate: the password does not meet the policy: 8 to 32 characters of at least two kinds .*; nothing changed\n$/,
    );
    const nobody = await cli(['admin', 'reset-password', 'nobody', '--password-stdin'], 'Reset-pass-123');
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toBe('archgate: there is no user nobody in domain archgate (--domain names another)\n');
    const offTerminal = await cli(['admin', 'reset-password', 'admin']);
    expect(offTerminal.code).toBe(2);
    expect(offTerminal.stderr).toMatch(/--password-stdin or --generate is required/);
    expect(await status(s.token)).toBe(200);
  });

  it('admin reset-password: the new password logs in, the old token answers 401, and the audit records it as local:admin-cli', async () => {
    const before = await records();
    const r = await cli(['admin', 'reset-password', 'admin', '--password-stdin'], 'Reset-pass-123\n');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/revoked: +every token and access key of the user/);
    expect(await status(s.token)).toBe(401);
    await expect(loginAs(s, 'admin', s.projectId, ADMIN_PASSWORD)).rejects.toThrow(/401/);
    const token = await loginAs(s, 'admin', s.projectId, 'Reset-pass-123');
    expect(await status(token)).toBe(200);

    // The refused login with the old password is recorded too (a failed authentication).
    const added = (await records()).slice(before.length).filter((x) => x.operation === 'ArchgateLocalResetPassword');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      operation: 'ArchgateLocalResetPassword',
      user_id: 'local:admin-cli',
      user_name: 'local:admin-cli',
      auth: 'local',
      request_id: null,
      source_ip: null,
      access_key: null,
      targets: JSON.stringify([{ id: s.adminId, before: 'PRESENT', after: 'PRESENT' }]),
    });
    expect(JSON.parse(added[0]!.outcome)).toMatchObject({ status: 'SUCCESS', operator: expect.stringMatching(/.+@.+/) });
    // Through the API too, for the administrator who logs in with the new password.
    const listed = await s.call('GET', '/archgate/v1/{p}/audit?operation=ArchgateLocalResetPassword', { token, workspace: null });
    expect(listed.body.data.value.total).toBe(1);
    expect((await cli(['audit', 'verify'])).code).toBe(0);

    // Locked out by five wrong passwords: a reset lifts the lockout. A generated one, printed once.
    for (let i = 0; i < 5; i++) await expect(loginAs(s, 'admin', s.projectId, 'Wrong-pass-123')).rejects.toThrow(/401/);
    await expect(loginAs(s, 'admin', s.projectId, 'Reset-pass-123')).rejects.toThrow(/locked/);
    const gen = await cli(['--output', 'json', 'admin', 'reset-password', 'admin', '--generate']);
    expect(gen.code, gen.stderr).toBe(0);
    const { password, user_id } = JSON.parse(gen.stdout);
    expect(user_id).toBe(s.adminId);
    expect(password).toMatch(/^.{8,32}$/);
    expect(await status(token)).toBe(401);
    expect(await status(await loginAs(s, 'admin', s.projectId, password))).toBe(200);
  });
});
