import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailbox, type Mailbox } from './helpers/mailbox.js';
import { ENGINES, USER_PASSWORD, addUser, createObjects, loginAs, startServer, type TestServer } from './helpers/server.js';

const PUBLIC = 'https://archgate.example.test';
const FROM = 'Archgate Test <archgate@example.test>';
const REV = 'rev@example.test';
const QUIET = 'quiet@example.test';
const SUB = 'sub@example.test';
const HOUR = 3600_000;

const advance = (s: TestServer, ms: number) => s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: ms } });

/** A developer of the workspace whose IAM user has an email address. */
async function userWithEmail(s: TestServer, name: string, email: string) {
  const u = await s.call('POST', '/v3.0/OS-USER/users', { workspace: null, body: { user: { name, password: USER_PASSWORD, email } } });
  expect(u.status).toBe(201);
  const id: string = u.body.user.id;
  await s.call('PUT', `/archgate/v1/{p}/workspaces/${s.workspaceId}/members/${id}`, { workspace: null, body: { role: 'developer' } });
  return { id, token: await loginAs(s, name) };
}

describe.each(ENGINES)('email notifications (%s)', (engine) => {
  let s: TestServer;
  let mail: Mailbox;
  let rev: { id: string; token: string };
  let quiet: { id: string; token: string };
  let sub: { id: string; token: string };
  beforeAll(async () => {
    mail = await startMailbox();
    s = await startServer(engine, {
      ARCHGATE_CLOCK: 'test',
      ARCHGATE_TZ: 'UTC',
      ARCHGATE_SMTP_URL: mail.url,
      ARCHGATE_MAIL_FROM: FROM,
      ARCHGATE_PUBLIC_URL: PUBLIC,
    });
    rev = await addUser(s, 'mail_rev', 'developer');
    quiet = await addUser(s, 'mail_quiet', 'developer');
    sub = await userWithEmail(s, 'mail_sub', SUB);
    for (const [who, email, notify] of [
      [rev, REV, true],
      [quiet, QUIET, false],
    ] as const) {
      const r = await s.call('POST', '/v2/{p}/design/approvals/users', {
        body: { approver_name: email.split('@')[0], user_id: who.id, email, email_notify: notify },
      });
      expect(r.status).toBe(200);
    }
  });
  afterAll(async () => {
    await s.close();
    await mail.close();
  });

  const submit = (ids: string[], types: string[], approver: { id: string }, extra: Record<string, unknown> = {}, op = 'batch-publish') =>
    s.call('POST', `/v2/{p}/design/approvals/${op}`, {
      token: sub.token,
      body: {
        biz_infos: ids.map((biz_id, i) => ({ biz_id, biz_type: types[i] })),
        approver_user_id: approver.id,
        approver_user_name: 'x',
        ...extra,
      },
    });
  /** Two passes of the worker run now: whatever was due has been sent when they answer. */
  const drain = async () => {
    await advance(s, 0);
    await advance(s, 0);
  };

  it('an approver gets one email per batch: who submitted, how many, the types, and the Pending Review link', async () => {
    const before = { rev: mail.to(REV).length, sub: mail.to(SUB).length };
    const tables = await createObjects(s, 'TABLE_MODEL', ['mail_t1', 'mail_t2']);
    const codes = await createObjects(s, 'CODE_TABLE', ['mail_c1']);
    const r = await submit([...tables, ...codes], ['TABLE_MODEL', 'TABLE_MODEL', 'CODE_TABLE'], rev);
    expect(r.body.data.value.operation_status).toBe('SUCCESS');
    const m = (await mail.waitFor(REV, before.rev + 1))[before.rev]!;
    expect(m.subject).toBe('[archgate] 3 PUBLISH applications from mail_sub await your review');
    expect(m.from?.value[0]).toMatchObject({ name: 'Archgate Test', address: 'archgate@example.test' });
    expect(m.text).toContain('TABLE_MODEL, CODE_TABLE');
    expect(m.text).toContain(`${PUBLIC}/console/review/pending`);
    const end = (await mail.waitFor(SUB, before.sub + 1))[before.sub]!;
    expect(end.subject).toMatch(/^\[archgate\] Your PUBLISH batch \d+ ended SUCCESS: 3 succeeded, 0 failed$/);
    await drain();
    expect(mail.to(REV).length).toBe(before.rev + 1);
  });

  it('the submitter learns of decisions and of batches that end with FAILED items', async () => {
    const [a, b] = await createObjects(s, 'TABLE_MODEL', ['mail_dec_a', 'mail_dec_b']);
    const submitted = mail.to(SUB).length;
    await submit([a!, b!], ['TABLE_MODEL', 'TABLE_MODEL'], rev);
    await mail.waitFor(SUB, submitted + 1);
    const ids = [];
    for (const id of [a, b]) ids.push((await s.call('GET', `/v2/{p}/design/approvals?biz_id=${id}`)).body.data.value.records[0].id);
    const before = submitted + 1;
    const d = await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=reject', {
      token: rev.token,
      body: { ids, msg: 'names too short' },
    });
    expect(d.body.data.value.operation_status).toBe('SUCCESS');
    const m = (await mail.waitFor(SUB, before + 1))[before]!;
    expect(m.subject).toBe('[archgate] mail_rev rejected 2 of your applications');
    expect(m.text).toContain('names too short');
    expect(m.text).toContain('mail_dec_a');
    // Taking a DRAFT object offline fails: the batch ends FAILED, and says which item and why.
    const [draft] = await createObjects(s, 'TABLE_MODEL', ['mail_draft']);
    const off = await submit([draft!], ['TABLE_MODEL'], rev, {}, 'batch-offline');
    expect(off.body.data.value.operation_status).toBe('FAILED');
    const failed = (await mail.waitFor(SUB, before + 2))[before + 1]!;
    expect(failed.subject).toMatch(/ended FAILED: 0 succeeded, 1 failed$/);
    expect(failed.text).toContain('mail_draft');
  });

  it('an approver who turned email off gets none', async () => {
    const before = { quiet: mail.to(QUIET).length, sub: mail.to(SUB).length };
    const [o] = await createObjects(s, 'TABLE_MODEL', ['mail_quiet']);
    await submit([o!], ['TABLE_MODEL'], quiet);
    await mail.waitFor(SUB, before.sub + 1);
    await drain();
    expect(mail.to(QUIET).length).toBe(before.quiet);
  });

  it('applications reassigned to an approver land in their queue: one email names them', async () => {
    const before = { rev: mail.to(REV).length, quiet: mail.to(QUIET).length };
    const ids = await createObjects(s, 'TABLE_MODEL', ['mail_re1', 'mail_re2']);
    const r = await submit(ids, ['TABLE_MODEL', 'TABLE_MODEL'], quiet);
    expect(r.body.data.value.operation_status).toBe('SUCCESS');
    const pending = await s.call('GET', '/v2/{p}/design/approvals?approval_status=DEVELOPING&limit=100', { token: quiet.token });
    const apps = pending.body.data.value.records.filter((a: { biz_id: string }) => ids.includes(a.biz_id)).map((a: { id: string }) => a.id);
    expect(apps).toHaveLength(2);
    const moved = await s.call('POST', '/archgate/v1/{p}/approvals/reassign', { body: { ids: apps, approver_user_id: rev.id } });
    expect(moved.status).toBe(200);
    const m = (await mail.waitFor(REV, before.rev + 1))[before.rev]!;
    expect(m.subject).toBe('[archgate] admin passed 2 applications to you for review');
    expect(m.text).toContain('mail_re1');
    expect(m.text).toContain(`${PUBLIC}/console/review/pending`);
    await drain();
    expect(mail.to(REV).length).toBe(before.rev + 1);
    expect(mail.to(QUIET).length).toBe(before.quiet);
  });

  it('a scheduled batch notifies when it runs, not when it is submitted', async () => {
    const before = { rev: mail.to(REV).length, sub: mail.to(SUB).length };
    const [o] = await createObjects(s, 'TABLE_MODEL', ['mail_sched']);
    const now = new Date((await advance(s, 0)).body.data.value.now);
    const at = new Date(now.getTime() + 2 * HOUR);
    const schedule = `${String(at.getUTCMinutes()).padStart(2, '0')}_${String(at.getUTCHours()).padStart(2, '0')}`;
    expect((await submit([o!], ['TABLE_MODEL'], rev, { schedule_time: schedule })).body.data.value.operation_status).toBe('RUNNING');
    await drain();
    expect(mail.to(REV).length).toBe(before.rev);
    expect(mail.to(SUB).length).toBe(before.sub);
    await advance(s, 3 * HOUR);
    const m = (await mail.waitFor(REV, before.rev + 1))[before.rev]!;
    expect(m.subject).toBe('[archgate] 1 PUBLISH application from mail_sub awaits your review');
    const end = (await mail.waitFor(SUB, before.sub + 1))[before.sub]!;
    expect(end.subject).toMatch(/^\[archgate\] Your scheduled PUBLISH batch \d+ ended SUCCESS: 1 succeeded, 0 failed$/);
    // Tokens last a day on the same clock: the later tests sign in again.
    sub.token = await loginAs(s, 'mail_sub');
    rev.token = await loginAs(s, 'mail_rev');
    s.token = (await loginAs(s, 'admin', s.projectId, 'archgate-test-password')) as string;
  });

  it('a 10,000-item batch gives one email per approver, not 10,000', async () => {
    const before = { rev: mail.to(REV).length, sub: mail.to(SUB).length };
    const ids = await createObjects(
      s,
      'TABLE_MODEL',
      Array.from({ length: 10_000 }, (_, i) => `mail_bulk_${i}`),
    );
    const r = await submit(
      ids,
      ids.map(() => 'TABLE_MODEL'),
      rev,
    );
    expect(r.body.data.value.total).toBe(10_000);
    const m = (await mail.waitFor(REV, before.rev + 1, 60_000))[before.rev]!;
    expect(m.subject).toBe('[archgate] 10000 PUBLISH applications from mail_sub await your review');
    expect(m.text).toContain('… and 9980 more');
    await mail.waitFor(SUB, before.sub + 1, 60_000);
    await drain();
    expect(mail.to(REV).length).toBe(before.rev + 1);
    expect(mail.to(SUB).length).toBe(before.sub + 1);
  }, 180_000);
});
