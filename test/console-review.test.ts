import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../src/domain/errors.js';
import { REMARKS } from '../src/domain/lifecycle.js';
import { type ConsoleHarness, eventually, openConsole } from './helpers/browser.js';
import {
  ADMIN_PASSWORD,
  ENGINES,
  type Engine,
  USER_PASSWORD,
  addUser,
  batchBody,
  createObjects,
  loginAs,
  statusOf,
  type TestServer,
} from './helpers/server.js';

/** Issue 13: the Review Center — what waits for me, deciding one or many with a comment, and what I submitted. */

interface Person {
  id: string;
  token: string;
  name: string;
}

async function member(s: TestServer, name: string, role: string, approver = false): Promise<Person> {
  const u = await addUser(s, name, role);
  if (approver) {
    const r = await s.call('POST', '/v2/{p}/design/approvals/users', { body: { approver_name: name, user_id: u.id } });
    expect(r.status).toBe(200);
  }
  return { ...u, name };
}

/** Draft TABLE_MODEL objects with a description, ready to be submitted. */
async function drafts(s: TestServer, names: string[]): Promise<string[]> {
  const ids = await createObjects(s, 'TABLE_MODEL', names);
  for (const [i, id] of ids.entries()) {
    const r = await s.call('PUT', `/archgate/v1/{p}/objects/${id}`, {
      body: { name_en: names[i], description: 'released', biz_info: { dw_type: 'DWS' } },
    });
    expect(r.status).toBe(200);
  }
  return ids;
}

async function submit(s: TestServer, by: Person, ids: string[], approver: Person, op: 'batch-publish' | 'batch-offline' = 'batch-publish') {
  const r = await s.call('POST', `/v2/{p}/design/approvals/${op}`, {
    token: by.token,
    body: batchBody(s, ids, 'TABLE_MODEL', { approver_user_id: approver.id, approver_user_name: approver.name, fast_approval: false }),
  });
  expect(r.status).toBe(200);
  expect(r.body.data.value.operation_status).toBe('SUCCESS');
}

async function approvalOf(s: TestServer, bizId: string) {
  const r = await s.call('GET', `/v2/{p}/design/approvals?biz_id=${bizId}`);
  return r.body.data.value.records[0];
}

const row = (page: Page, name: string) => page.locator('.ant-table-row').filter({ hasText: name });
const pendingRows = (page: Page) => page.getByTestId('approvals-pending').locator('.ant-table-row');

async function openPending(h: ConsoleHarness, who: Person): Promise<Page> {
  const page = await h.newPage();
  await h.signIn(page, { user: who.name, password: USER_PASSWORD });
  await page.getByRole('heading', { level: 1, name: 'Pending Review' }).waitFor();
  return page;
}

describe.each(ENGINES)('Review Center flow (%s)', (engine: Engine) => {
  let h: ConsoleHarness;
  let s: TestServer;
  beforeAll(async () => {
    h = await openConsole(engine);
    s = h.server;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the approver reviews a batch: diff of an edit, approve two, a stale one fails with the remark, reject one with a comment', async () => {
    const dev = await member(s, 'rc_dev', 'developer');
    const rev = await member(s, 'rc_rev', 'developer', true);
    const other = await member(s, 'rc_other', 'developer', true);
    // One published object now edited (its application is an edit), three new ones.
    const [edited] = await drafts(s, ['rc_edited']);
    const fast = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      body: batchBody(s, [edited!], 'TABLE_MODEL', { fast_approval: true }),
    });
    expect(fast.body.data.value.operation_status).toBe('SUCCESS');
    const change = await s.call('PUT', `/archgate/v1/{p}/objects/${edited}`, {
      body: { name_en: 'rc_edited', description: 'changed by the edit', biz_info: { dw_type: 'DLI' } },
    });
    expect(change.status).toBe(200);
    const [b, c, d] = await drafts(s, ['rc_new_b', 'rc_new_c', 'rc_new_d']);
    const [elsewhere] = await drafts(s, ['rc_for_someone_else']);
    await submit(s, dev, [edited!, b!, c!, d!], rev);
    await submit(s, dev, [elsewhere!], other);

    const page = await openPending(h, rev);
    // Only what waits for me, with the total and the badge.
    await eventually(() => pendingRows(page).count()).toBe(4);
    expect(await page.getByTestId('approvals-pending').textContent()).not.toContain('rc_for_someone_else');
    expect(await page.locator('.ant-pagination-total-text').textContent()).toContain('4');
    expect(await page.getByTestId('pending-badge').textContent()).toContain('4');
    expect(await h.axe(page)).toEqual([]);
    await h.screenshot(page, 'pending-review');

    // The drawer shows the edit against what is published, side by side.
    await row(page, 'rc_edited')
      .getByRole('button', { name: /rc_edited/ })
      .click();
    const drawer = page.getByTestId('review-drawer');
    const diff = drawer.getByTestId('diff-view');
    await diff.waitFor();
    // The viewer computes the diff after it mounts.
    await eventually(() => diff.textContent()).toContain('changed by the edit');
    expect(await diff.textContent()).toContain('released');
    expect(await diff.textContent()).toContain('DWS');
    expect(await diff.textContent()).toContain('DLI');
    expect(await h.axe(page)).toEqual([]);
    await h.screenshot(page, 'review-drawer');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Meanwhile the submitter withdraws d through the API: the screen still lists it.
    const stale = await approvalOf(s, d!);
    const withdrawn = await s.call('PUT', `/v2/{p}/design/approvals?ids=${stale.id}`, { token: dev.token });
    expect(withdrawn.status).toBe(200);

    for (const name of ['rc_edited', 'rc_new_b', 'rc_new_d']) await row(page, name).locator('input[type=checkbox]').check();
    await page.getByTestId('batch-approve').click();
    await page.getByRole('dialog').getByRole('textbox').fill('looks right');
    await page.getByTestId('decide-confirm').click();
    const results = page.getByTestId('result-table');
    await results.waitFor();
    const resultOf = async (name: string) => (await results.locator('tr').filter({ hasText: name }).textContent()) ?? '';
    expect(await resultOf('rc_edited')).toContain('Succeeded');
    expect(await resultOf('rc_new_b')).toContain('Succeeded');
    expect(await resultOf('rc_new_d')).toContain('Failed');
    expect(await resultOf('rc_new_d')).toContain(REMARKS.PROCESSED);
    expect(await h.axe(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click();
    await eventually(() => pendingRows(page).count()).toBe(1);

    // Rejecting needs a comment.
    await row(page, 'rc_new_c').locator('input[type=checkbox]').check();
    await page.getByTestId('batch-reject').click();
    await page.getByTestId('decide-confirm').click();
    await page.getByText('Enter a comment to reject.').waitFor();
    await page.getByRole('dialog').getByRole('textbox').fill('naming does not follow the standard');
    await page.getByTestId('decide-confirm').click();
    await results.waitFor();
    expect(await resultOf('rc_new_c')).toContain('Succeeded');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click();
    await page.getByTestId('empty-state').waitFor();

    // What the API now holds.
    expect(await statusOf(s, b!)).toBe('PUBLISHED');
    expect(await statusOf(s, d!)).toBe('DRAFT');
    expect(await statusOf(s, c!)).not.toBe('PUBLISHED');
    const obj = await s.call('GET', `/archgate/v1/{p}/objects/${edited}`);
    expect(obj.body.data.value).toMatchObject({ status: 'PUBLISHED', description: 'changed by the edit', new_biz: null });
    expect(await approvalOf(s, b!)).toMatchObject({ approval_status: 'APPROVED', msg: 'looks right', approver: 'rc_rev' });
    expect(await approvalOf(s, c!)).toMatchObject({ approval_status: 'REJECT', msg: 'naming does not follow the standard' });
    expect(await approvalOf(s, d!)).toMatchObject({ approval_status: 'WITHDREW' });
    expect(await approvalOf(s, elsewhere!)).toMatchObject({ approval_status: 'DEVELOPING' });

    // Reviewed lists what is no longer pending for me: my decisions with their comments, and the withdrawn one.
    await page.getByRole('navigation').getByText('Reviewed').click();
    const reviewed = page.getByTestId('approvals-reviewed');
    await eventually(() => reviewed.locator('.ant-table-row').count()).toBe(4);
    const reviewedRow = (name: string) => reviewed.locator('.ant-table-row').filter({ hasText: name }).textContent();
    expect(await reviewedRow('rc_new_c')).toContain('naming does not follow the standard');
    expect(await reviewedRow('rc_new_c')).toContain('Rejected');
    expect(await reviewedRow('rc_new_b')).toContain('Approved');
    expect(await reviewedRow('rc_new_d')).toContain('Withdrawn');
    expect(await h.axe(page)).toEqual([]);
    await h.screenshot(page, 'reviewed');
    await page.context().close();
  });
});

describe('Review Center roles (sqlite)', () => {
  let h: ConsoleHarness;
  let s: TestServer;
  beforeAll(async () => {
    h = await openConsole('sqlite');
    s = h.server;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a viewer sees what names them but no approve or reject', async () => {
    const dev = await member(s, 'rv_dev', 'developer');
    const rev = await member(s, 'rv_rev', 'developer', true);
    const ids = await drafts(s, ['rv_obj']);
    await submit(s, dev, ids, rev);
    // Demoted after the submission: the application still names them.
    await s.call('PUT', `/archgate/v1/{p}/workspaces/${s.workspaceId}/members/${rev.id}`, { workspace: null, body: { role: 'viewer' } });
    const page = await openPending(h, rev);
    await eventually(() => pendingRows(page).count()).toBe(1);
    expect(await pendingRows(page).locator('input[type=checkbox]').count()).toBe(0);
    // From the keyboard: the name is a button.
    await row(page, 'rv_obj')
      .getByRole('button', { name: /rv_obj/ })
      .focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('review-drawer').getByText('Submitted definition').waitFor();
    expect(await page.getByTestId('drawer-approve').count()).toBe(0);
    expect(await page.getByTestId('drawer-reject').count()).toBe(0);
    await page.context().close();
  });

  it('a decision the server refuses shows its error code and message', async () => {
    const dev = await member(s, 'rf_dev', 'developer');
    const rev = await member(s, 'rf_rev', 'developer', true);
    const ids = await drafts(s, ['rf_obj']);
    await submit(s, dev, ids, rev);
    const page = await openPending(h, rev);
    await row(page, 'rf_obj')
      .getByRole('button', { name: /rf_obj/ })
      .click();
    await page.getByTestId('drawer-approve').waitFor();
    // Demoted while the page is open: the button is still there, the server now refuses.
    await s.call('PUT', `/archgate/v1/{p}/workspaces/${s.workspaceId}/members/${rev.id}`, { workspace: null, body: { role: 'viewer' } });
    await page.getByTestId('drawer-approve').click();
    await page.getByTestId('decide-confirm').click();
    const note = page.locator('.ant-notification-notice');
    await note.waitFor();
    expect(await note.textContent()).toContain(ERRORS.FORBIDDEN.code);
    expect(await note.textContent()).toContain('the viewer role may not call confirmApprovals');
    expect(await statusOf(s, ids[0]!)).toBe('PUBLISH_DEVELOPING');
    await page.context().close();
  });

  it('My Applications: the submitter withdraws two at once', async () => {
    const dev = await member(s, 'ma_dev', 'developer');
    const rev = await member(s, 'ma_rev', 'developer', true);
    const ids = await drafts(s, ['ma_one', 'ma_two', 'ma_three']);
    await submit(s, dev, ids, rev);
    const page = await h.newPage();
    await h.signIn(page, { user: dev.name, password: USER_PASSWORD });
    await page.goto(`${s.url}/console/review/mine`);
    const mine = page.getByTestId('approvals-mine');
    await eventually(() => mine.locator('.ant-table-row').count()).toBe(3);
    for (const name of ['ma_one', 'ma_two']) await row(page, name).locator('input[type=checkbox]').check();
    await page.getByTestId('batch-withdraw').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'OK' }).click();
    await page.getByText('2 application(s) withdrawn.').waitFor();
    await eventually(() => row(page, 'ma_one').textContent()).toContain('Withdrawn');
    expect(await approvalOf(s, ids[0]!)).toMatchObject({ approval_status: 'WITHDREW' });
    expect(await approvalOf(s, ids[1]!)).toMatchObject({ approval_status: 'WITHDREW' });
    expect(await approvalOf(s, ids[2]!)).toMatchObject({ approval_status: 'DEVELOPING' });
    expect(await statusOf(s, ids[0]!)).toBe('DRAFT');
    expect(await h.axe(page)).toEqual([]);
    await h.screenshot(page, 'my-applications');
    await page.context().close();
  });
});

describe('Pending Review filters, paging and sort (sqlite, test clock)', () => {
  const DAY = 24 * 3600 * 1000;
  let h: ConsoleHarness;
  let s: TestServer;
  let rev: Person;
  let now: Date;
  beforeAll(async () => {
    h = await openConsole('sqlite', { ARCHGATE_CLOCK: 'test' });
    s = h.server;
    const clock = async (ms: number) =>
      new Date((await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: ms } })).body.data.value.now);
    rev = await member(s, 'pf_rev', 'developer', true);
    const other = await member(s, 'pf_other', 'developer', true);
    const alice = await member(s, 'pf_alice', 'developer');
    const bob = await member(s, 'pf_bob', 'developer');
    const [gone] = await drafts(s, ['pf_gone']);
    const fast = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      body: batchBody(s, [gone!], 'TABLE_MODEL', { fast_approval: true }),
    });
    expect(fast.body.data.value.operation_status).toBe('SUCCESS');
    now = await clock(0);
    // Today: alice's, one batch each so that their submit times differ.
    for (const n of ['pf_orders_a', 'pf_orders_b']) await submit(s, alice, await drafts(s, [n]), rev);
    await submit(
      s,
      alice,
      await drafts(
        s,
        Array.from({ length: 22 }, (_, i) => `pf_bulk_${String(i).padStart(2, '0')}`),
      ),
      rev,
    );
    // The approver is named by id; the typed name is someone else's login. Pending Review keys on the id.
    const misnamed = await drafts(s, ['pf_orders_misnamed']);
    await submit(s, alice, misnamed, { ...rev, name: 'pf_other' });
    const decoy = await drafts(s, ['pf_orders_x']);
    await submit(s, alice, decoy, { ...other, name: 'pf_rev' });
    // Three days later: bob's offline and his code table.
    await clock(3 * DAY);
    // Tokens last a day: everyone signs in again at the new time.
    s.token = await loginAs(s, 'admin', s.projectId, ADMIN_PASSWORD);
    for (const p of [bob, rev]) p.token = await loginAs(s, p.name);
    await submit(s, bob, [gone!], rev, 'batch-offline');
    const codes = await createObjects(s, 'CODE_TABLE', ['pf_codes']);
    const r = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      token: bob.token,
      body: batchBody(s, codes, 'CODE_TABLE', { approver_user_id: rev.id, approver_user_name: rev.name, fast_approval: false }),
    });
    expect(r.body.data.value.operation_status, JSON.stringify(r.body)).toBe('SUCCESS');
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  /** What the API answers the reviewer for Pending Review with these filters: names in order, and the total. */
  async function expected(query: string): Promise<{ names: string[]; total: number }> {
    const r = await s.call('GET', `/v2/{p}/design/approvals?approver_user_id=${rev.id}&approval_status=DEVELOPING&${query}`, {
      token: rev.token,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const v = r.body.data.value as { total: number; records: { name_en: string }[] };
    return { names: v.records.map((a) => a.name_en), total: v.total };
  }

  /** The names the screen lists, in order, once they are those the API answers, and the total shown. */
  async function screenShows(page: Page, query: string, minimum = 1) {
    const want = await expected(query);
    expect(want.names.length, query).toBeGreaterThanOrEqual(minimum);
    const names = () => page.getByTestId('approvals-pending').locator('.ant-table-row button.ant-btn-link').allTextContents();
    await eventually(names).toEqual(want.names);
    await eventually(() => page.locator('.ant-pagination-total-text').textContent()).toBe(`${want.total} in total`);
    return want;
  }

  it('filters by name, type, business type, submitter and time range, as the API does', async () => {
    const page = await openPending(h, rev);
    const form = page.getByRole('form', { name: 'Filters' });
    const apply = () => form.getByRole('button', { name: 'Search' }).click();
    const reset = () => form.getByRole('button', { name: 'Reset' }).click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');

    // Everything: by id, so the misnamed application is here and the decoy named after me is not.
    const all = await screenShows(page, 'limit=20&offset=0', 20);
    expect(all.total).toBe(27);
    expect(await page.getByTestId('pending-badge').textContent()).toContain('27');
    const everything = await expected('limit=100');
    expect(everything.names).toContain('pf_orders_misnamed');
    expect(everything.names).not.toContain('pf_orders_x');

    await form.getByLabel('Name').fill('pf_orders');
    await apply();
    const byName = await screenShows(page, 'name=pf_orders&limit=20&offset=0', 3);
    expect(new Set(byName.names)).toEqual(new Set(['pf_orders_a', 'pf_orders_b', 'pf_orders_misnamed']));
    await reset();
    await screenShows(page, 'limit=20&offset=0', 20);

    await form.getByLabel('Application type').click();
    await options.filter({ hasText: 'Take offline' }).click();
    await apply();
    expect((await screenShows(page, 'approval_type=OFFLINE&limit=20&offset=0')).names).toEqual(['pf_gone']);
    await reset();

    await form.getByLabel('Business type').click();
    await form.getByLabel('Business type').fill('CODE_TABLE');
    await page.keyboard.press('Enter');
    await apply();
    expect((await screenShows(page, 'biz_type=CODE_TABLE&limit=20&offset=0')).names).toEqual(['pf_codes']);
    await reset();

    await form.getByLabel('Submitted by').fill('pf_bob');
    await apply();
    expect(new Set((await screenShows(page, 'create_by=pf_bob&limit=20&offset=0', 2)).names)).toEqual(new Set(['pf_gone', 'pf_codes']));
    await reset();

    // The days from two to four days ahead of the server's clock hold bob's two, submitted three days on.
    const day = (offset: number) => new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);
    const ends = form.locator('.ant-picker-range input');
    await ends.nth(0).click();
    await ends.nth(0).fill(day(2));
    await page.keyboard.press('Enter');
    await ends.nth(1).fill(day(4));
    await page.keyboard.press('Enter');
    await apply();
    const from = new Date(`${day(2)}T00:00:00`).toISOString();
    const to = new Date(`${day(4)}T23:59:59.999`).toISOString();
    const ranged = await screenShows(page, `begin_time=${from}&end_time=${to}&limit=20&offset=0`, 2);
    expect(new Set(ranged.names)).toEqual(new Set(['pf_gone', 'pf_codes']));
    expect(await h.axe(page)).toEqual([]);
    await page.context().close();
  });

  it('pages, changes the page size, and flips the order by submit time', async () => {
    const page = await openPending(h, rev);
    await screenShows(page, 'limit=20&offset=0', 20);
    await page.locator('.ant-pagination-item-2').click();
    expect((await screenShows(page, 'limit=20&offset=20', 7)).names).toHaveLength(7);

    await page.locator('.ant-pagination-options .ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '50' }).click();
    // A new page size starts again from the first page.
    expect((await screenShows(page, 'limit=50&offset=0', 27)).names).toHaveLength(27);

    // The column's sorter flips the order: the oldest first, then the newest first again.
    const newest = await expected('limit=50&offset=0');
    const header = page
      .getByTestId('approvals-pending')
      .locator('th')
      .filter({ hasText: /^Submitted$/ });
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await header.click();
    const oldest = await screenShows(page, 'limit=50&offset=0&sort_order=asc', 27);
    expect(oldest.names).toEqual([...newest.names].reverse());
    expect(oldest.names[0]).toBe('pf_orders_a');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await header.click();
    await screenShows(page, 'limit=50&offset=0', 27);
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await h.axe(page)).toEqual([]);
    await page.context().close();
  });
});
