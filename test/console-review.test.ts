import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../src/domain/errors.js';
import { REMARKS } from '../src/domain/lifecycle.js';
import { type ConsoleHarness, eventually, openConsole } from './helpers/browser.js';
import { ENGINES, type Engine, USER_PASSWORD, addUser, batchBody, createObjects, statusOf, type TestServer } from './helpers/server.js';

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
    await page.context().close();
  });
});
