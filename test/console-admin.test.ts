import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArchgateClient } from '../src/client/index.js';
import { type ConsoleHarness, DESKTOP, openConsole, PHONE } from './helpers/browser.js';
import { ADMIN_PASSWORD, USER_PASSWORD, addUser, type TestServer } from './helpers/server.js';

/**
 * Issue 13 items 6 to 8 in a real browser: Reviewer Management, Members and roles, Access keys and the
 * Audit page, each checked on screen and then in the API.
 */

const USERS = '/v2/{p}/design/approvals/users';
const membersPath = (s: TestServer) => `/archgate/v1/{p}/workspaces/${s.workspaceId}/members`;

const rows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');
const row = (page: Page, text: string) => rows(page).filter({ hasText: text }).first();
/** The reviewer table's row of this reviewer name (other columns, e.g. "added by", hold names too). */
const reviewerRow = (page: Page, name: string) =>
  rows(page).filter({ has: page.locator('td.reviewer-name').getByText(name, { exact: true }) });
const reviewerNames = async (page: Page) => texts(page.locator('.ant-table-tbody tr.ant-table-row td.reviewer-name'));
const dialog = (page: Page) => page.locator('.ant-modal-wrap:visible, .ant-modal-confirm:visible').last();
/** An option of the open dropdown whose whole text is `text` (a closing dropdown may still show others). */
const option = (page: Page, text: string) =>
  page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${text.replace(/[()]/g, '\\$&')}$`) })
    .first();

/**
 * Goes to a console page inside the running app, as a nav link does: a full load would refetch the build,
 * which the other console test files may be rebuilding at that moment.
 */
async function open(page: Page, path: string, testId: string) {
  await page.evaluate((to) => {
    history.pushState({}, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.getByTestId(testId).waitFor();
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
}

async function approverNames(s: TestServer, token?: string): Promise<string[]> {
  const r = await s.call('GET', `${USERS}?limit=100`, { token });
  expect(r.status).toBe(200);
  return r.body.data.value.records.map((a: { approver_name: string }) => a.approver_name).sort();
}

async function roleOf(s: TestServer, userId: string): Promise<string | undefined> {
  const r = await s.call('GET', membersPath(s), { workspace: null });
  expect(r.status).toBe(200);
  return r.body.data.value.records.find((m: { user_id: string }) => m.user_id === userId)?.role;
}

/** Lets the toasts of earlier steps go, so that a screenshot shows the page. */
async function quiet(page: Page) {
  for (const close of await page.locator('.ant-notification-notice-close').all()) await close.click().catch(() => undefined);
  await page.locator('.ant-message-notice, .ant-notification-notice').first().waitFor({ state: 'detached' });
}

async function expectAxeClean(h: ConsoleHarness, page: Page) {
  expect(await h.axe(page)).toEqual([]);
}

async function texts(l: Locator): Promise<string[]> {
  return (await l.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

describe('console: reviewers, members, access keys and audit (sqlite)', () => {
  let h: ConsoleHarness;
  let s: TestServer;
  let admin: Page;
  let dev: { id: string; token: string };
  let viewer: { id: string; token: string };

  beforeAll(async () => {
    h = await openConsole('sqlite');
    s = h.server;
    dev = await addUser(s, 'dev1', 'developer');
    viewer = await addUser(s, 'viewer1', 'viewer');
    admin = h.page;
    await h.signIn(admin, { user: 'admin', password: ADMIN_PASSWORD });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('adds a reviewer from the workspace members, finds them by search and deletes them; the API holds each step', async () => {
    const nav = admin.getByRole('navigation');
    for (const item of ['Reviewers', 'Members', 'Audit']) await nav.getByRole('menuitem', { name: item }).waitFor();
    await open(admin, '/console/config/reviewers', 'reviewers-page');
    await reviewerRow(admin, 'admin').waitFor();

    await admin.getByRole('button', { name: 'Add' }).click();
    const modal = dialog(admin);
    await modal.locator('#add-reviewer_user_id').click();
    // Only admins and developers may review: the viewer is not offered, and the admin is a reviewer already.
    await option(admin, 'dev1 (Developer)').waitFor();
    expect(await texts(admin.locator('.ant-select-dropdown:visible .ant-select-item-option'))).toEqual(['dev1 (Developer)']);
    await option(admin, 'dev1 (Developer)').click();
    expect(await modal.locator('#add-reviewer_approver_name').inputValue()).toBe('dev1');
    await modal.locator('#add-reviewer_email').fill('dev1@example.com');
    await modal.locator('#add-reviewer_phone_number').fill('13800000000');

    // Demoted in another tab meanwhile: the server refuses, and its code and message show.
    const demote = (role: string) => s.call('PUT', `${membersPath(s)}/${dev.id}`, { workspace: null, body: { role } });
    expect((await demote('viewer')).status).toBe(200);
    await modal.getByRole('button', { name: 'OK' }).click();
    const notice = admin.locator('.ant-notification-notice').filter({ hasText: 'DLG.4003' });
    await notice.getByText(`The user ${dev.id} must be an admin or developer of this workspace to review.`).waitFor();
    expect(await approverNames(s)).toEqual(['admin']);
    expect((await demote('developer')).status).toBe(200);

    await modal.getByRole('button', { name: 'OK' }).click();
    await row(admin, 'dev1@example.com').waitFor();

    const created = (await s.call('GET', `${USERS}?approver_name=dev1`)).body.data.value.records;
    expect(created).toMatchObject([{ approver_name: 'dev1', user_id: dev.id, email: 'dev1@example.com', phone_number: '13800000000' }]);
    expect(await approverNames(s)).toEqual(['admin', 'dev1']);
    await expectAxeClean(h, admin);
    await quiet(admin);
    await h.screenshot(admin, 'reviewers');

    // The search matches part of a name, as the cloud console's does.
    const search = admin.getByLabel('Search by reviewer name');
    await search.fill('ev');
    await search.press('Enter');
    await reviewerRow(admin, 'admin').waitFor({ state: 'detached' });
    expect(await reviewerNames(admin)).toEqual(['dev1']);
    await search.fill('nobody');
    await search.press('Enter');
    await admin.getByText('No reviewer matches "nobody": clear the search to see them all').waitFor();
    expect(await rows(admin).count()).toBe(0);
    await search.fill('');
    await reviewerRow(admin, 'admin').waitFor();

    await reviewerRow(admin, 'dev1').getByRole('checkbox').check();
    await admin.getByRole('button', { name: 'Delete (1)' }).click();
    await dialog(admin).getByRole('button', { name: 'Delete' }).click();
    await reviewerRow(admin, 'dev1').waitFor({ state: 'detached' });
    expect(await approverNames(s)).toEqual(['admin']);

    // Deleting the last one leaves the empty state, which says what to do next.
    await reviewerRow(admin, 'admin').getByRole('button', { name: 'Delete admin' }).click();
    await dialog(admin).getByRole('button', { name: 'Delete' }).click();
    await admin.getByText('No reviewers yet: add one').waitFor();
    expect(await approverNames(s)).toEqual([]);
    await expectAxeClean(h, admin);

    // Put the bootstrap reviewer back, for the review flows of the other tests.
    const again = await s.call('POST', USERS, { body: { approver_name: 'admin', user_id: s.adminId } });
    expect(again.status).toBe(200);
  });

  it('never offers a viewer what it may not do', async () => {
    const page = await h.newPage();
    await h.signIn(page, { user: 'viewer1', password: USER_PASSWORD });
    await open(page, '/console/config/reviewers', 'reviewers-page');
    await reviewerRow(page, 'admin').waitFor();
    expect(await page.getByRole('button', { name: 'Add' }).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
    await expectAxeClean(h, page);

    // The navigation offers neither page; a deep link says who may use it.
    const nav = page.getByRole('navigation');
    await nav.getByRole('menuitem', { name: 'Reviewers' }).waitFor();
    expect(await nav.getByRole('menuitem', { name: 'Members' }).count()).toBe(0);
    expect(await nav.getByRole('menuitem', { name: 'Audit' }).count()).toBe(0);
    await open(page, '/console/config/members', 'members-page');
    await page.getByText('Only the admins of this workspace manage its members.').waitFor();
    expect(await page.getByRole('button', { name: 'Add Member' }).count()).toBe(0);
    await open(page, '/console/config/audit', 'audit-page');
    await page.getByText('Only domain administrators read the audit trail.').waitFor();
    expect(await page.getByTestId('chain-status').count()).toBe(0);
    // Every user manages their own access keys.
    await open(page, '/console/keys', 'keys-page');
    await page.getByRole('button', { name: 'Create Access Key' }).waitFor();
    expect(await approverNames(s, viewer.token)).toEqual(['admin']);
    await page.context().close();
  });

  it('changes a member role, adds and removes a member; the API holds each step', async () => {
    await open(admin, '/console/config/members', 'members-page');
    await row(admin, 'dev1').waitFor();
    await admin.getByLabel('Role of dev1').click();
    await option(admin, 'Operator').click();
    await admin.getByText('dev1 is now Operator').waitFor();
    expect(await roleOf(s, dev.id)).toBe('operator');

    const newbie = await addUser(s, 'newbie', null);
    await admin.getByRole('button', { name: 'Add Member' }).click();
    const modal = dialog(admin);
    await modal.locator('#add-member_user_id').click();
    await option(admin, 'newbie').click();
    await modal.locator('#add-member_role').click();
    await option(admin, 'Viewer').click();
    await modal.getByRole('button', { name: 'OK' }).click();
    await row(admin, 'newbie').waitFor();
    await admin.locator('.ant-modal-wrap').waitFor({ state: 'detached' });
    expect(await roleOf(s, newbie.id)).toBe('viewer');
    await expectAxeClean(h, admin);
    await quiet(admin);
    await h.screenshot(admin, 'members');

    await row(admin, 'newbie').getByRole('button', { name: 'Remove newbie' }).click();
    await dialog(admin).getByRole('button', { name: 'Remove' }).click();
    await row(admin, 'newbie').waitFor({ state: 'detached' });
    expect(await roleOf(s, newbie.id)).toBeUndefined();

    await admin.getByLabel('Role of dev1').click();
    await option(admin, 'Developer').click();
    await admin.getByText('dev1 is now Developer').waitFor();
    expect(await roleOf(s, dev.id)).toBe('developer');
  });

  it('creates an access key whose SK is shown once, with a copy button, and signs a call with it', async () => {
    await admin.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.url });
    await open(admin, '/console/keys', 'keys-page');
    await admin.getByText('No access keys yet').waitFor();
    await expectAxeClean(h, admin);

    await admin.getByRole('button', { name: 'Create Access Key' }).click();
    await dialog(admin).locator('#create-key_description').fill('console test');
    await dialog(admin).getByRole('button', { name: 'OK' }).click();
    const ak = ((await admin.getByTestId('new-key-ak').textContent()) ?? '').trim();
    const sk = ((await admin.getByTestId('new-key-sk').textContent()) ?? '').trim();
    expect(ak).toMatch(/^[A-Z0-9]{20}$/);
    expect(sk).toMatch(/^[A-Za-z0-9]{40}$/);
    await admin.getByText('This is the only time the secret access key (SK) is shown').waitFor();
    await admin.getByRole('button', { name: 'Copy the secret access key' }).click();
    await admin.getByText('Copied').waitFor();
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(sk);
    await expectAxeClean(h, admin);
    await quiet(admin);
    await h.screenshot(admin, 'access-keys');

    await admin.getByRole('button', { name: 'I have saved the secret access key' }).click();
    await admin.getByTestId('new-key').waitFor({ state: 'detached' });
    await row(admin, ak).waitFor();
    expect(await admin.content()).not.toContain(sk);
    await admin.reload();
    await row(admin, ak).waitFor();
    expect(await admin.content()).not.toContain(sk);

    // The API lists the key without its secret, and the secret signs a call.
    const listed = await s.call('GET', `/v3.0/OS-CREDENTIAL/credentials?user_id=${s.adminId}`, { workspace: null });
    expect(listed.body.credentials).toMatchObject([{ access: ak, description: 'console test' }]);
    expect(JSON.stringify(listed.body)).not.toContain(sk);
    const signed = createArchgateClient({ endpoint: s.url, credentials: { ak, sk, projectId: s.projectId }, workspace: s.workspaceId });
    const r = await signed.GET('/v2/{project_id}/design/approvals/users', { params: { path: { project_id: s.projectId } } });
    expect(r.response.status).toBe(200);
    expect(r.data?.data.value.records.map((a) => a.approver_name)).toEqual(['admin']);

    await row(admin, ak)
      .getByRole('button', { name: `Delete ${ak}` })
      .click();
    await dialog(admin).getByRole('button', { name: 'Delete' }).click();
    await admin.getByText('No access keys yet').waitFor();
    const after = await s.call('GET', `/v3.0/OS-CREDENTIAL/credentials?user_id=${s.adminId}`, { workspace: null });
    expect(after.body.credentials).toEqual([]);
  });

  it('shows the audit records of the calls above, filtered, and the chain verified', async () => {
    await open(admin, '/console/config/audit', 'audit-page');
    await admin.getByText(/^Chain verified: \d+ records intact$/).waitFor();
    const api = await s.call('GET', '/archgate/v1/{p}/audit?limit=100', { workspace: null });
    const total: number = api.body.data.value.total;
    await admin.getByText(`Total: ${total}`, { exact: true }).waitFor();
    const verdict = await s.call('GET', '/archgate/v1/{p}/audit/verify', { workspace: null });
    expect(verdict.body.data.value).toMatchObject({ ok: true });
    await admin.getByText(`Chain verified: ${verdict.body.data.value.checked} records intact`).waitFor();
    await expectAxeClean(h, admin);
    await quiet(admin);
    await h.screenshot(admin, 'audit');

    // Filtered by operation: the reviewer registrations of the first test, as the API counts them.
    const created = await s.call('GET', '/archgate/v1/{p}/audit?operation=CreateApprover', { workspace: null });
    expect(created.body.data.value.total).toBeGreaterThanOrEqual(2);
    await admin.locator('#audit-filters_operation').fill('CreateApprover');
    await admin.keyboard.press('Escape');
    await admin.getByRole('button', { name: 'Search' }).click();
    await admin.getByText(`Total: ${created.body.data.value.total}`, { exact: true }).waitFor();
    const shown = await texts(rows(admin));
    expect(shown).toHaveLength(created.body.data.value.total);
    expect(shown.every((t) => t.includes('CreateApprover'))).toBe(true);

    // Filtered by object: the access key created and deleted above, newest first.
    const keyRecords = api.body.data.value.records.filter((r: { operation: string }) => r.operation === 'CreatePermanentAccessKey');
    expect(keyRecords).toHaveLength(1);
    const akId: string = keyRecords[0].targets[0].id;
    await admin.getByRole('button', { name: 'Reset' }).click();
    await admin.locator('#audit-filters_object_id').fill(akId);
    await admin.getByRole('button', { name: 'Search' }).click();
    await admin.getByText('Total: 2', { exact: true }).waitFor();
    const ops = (await texts(rows(admin))).map((t) =>
      t.includes('DeletePermanentAccessKey') ? 'delete' : t.includes('CreatePermanentAccessKey') ? 'create' : t,
    );
    expect(ops).toEqual(['delete', 'create']);
  });

  it('speaks 简体中文 on every admin page, with no key left untranslated', async () => {
    const page = await h.newPage();
    // The language is read at load, as after a switch remembered from an earlier visit.
    await page.evaluate(() => localStorage.setItem('archgate.lang', 'zh-CN'));
    await page.reload();
    await h.signIn(page, { user: 'admin', password: ADMIN_PASSWORD });
    for (const [path, testId, heading] of [
      ['/console/config/reviewers', 'reviewers-page', '审核人管理'],
      ['/console/config/members', 'members-page', '成员'],
      ['/console/config/audit', 'audit-page', '审计'],
      ['/console/keys', 'keys-page', '访问密钥'],
    ] as const) {
      await open(page, path, testId);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('.ant-table-tbody tr.ant-table-row, .ant-empty').first().waitFor();
      expect(await page.getByTestId(testId).textContent(), path).not.toMatch(/\b(reviewers|audit|members|keys)\.[a-zA-Z]/);
    }
    await open(page, '/console/config/audit', 'audit-page');
    await page.getByText(/^哈希链校验通过：\d+ 条记录完好$/).waitFor();
    // Times as zh-CN writes them, although the browser's own locale is en-US.
    const cells = (await rows(page).first().locator('td').allTextContents()).map((t) => t.trim());
    expect(
      cells.filter((t) => /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}$/.test(t)),
      cells.join(' | '),
    ).toHaveLength(1);
    // The date picker takes its month and week-day names from dayjs, which speaks Chinese once its zh-cn is loaded.
    await page.getByPlaceholder('开始时间').click();
    const picker = page.locator('.ant-picker-dropdown:visible');
    await picker.waitFor();
    expect((await picker.locator('.ant-picker-month-btn').first().textContent())?.trim()).toMatch(/^\d{1,2}月$/);
    const weekDays = (await picker.locator('.ant-picker-date-panel thead th').allTextContents()).map((d) => d.trim());
    expect(weekDays).toEqual(['一', '二', '三', '四', '五', '六', '日']);
    await page.keyboard.press('Escape');
    await page.context().close();
  });

  it('is usable at a 390 px wide phone screen, and axe-clean, on every admin page', async () => {
    const page = await h.newPage(PHONE);
    await h.signIn(page, { user: 'admin', password: ADMIN_PASSWORD });
    for (const [path, testId, heading] of [
      ['/console/config/reviewers', 'reviewers-page', 'Reviewer Management'],
      ['/console/config/members', 'members-page', 'Members'],
      ['/console/config/audit', 'audit-page', 'Audit'],
      ['/console/keys', 'keys-page', 'Access Keys'],
    ] as const) {
      await open(page, path, testId);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      // Wide tables scroll inside themselves; the page itself never scrolls sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      expect(await h.axe(page), path).toEqual([]);
    }
    await page.setViewportSize(DESKTOP);
    await page.context().close();
  });
});
