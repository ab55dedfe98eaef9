import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleHarness, eventually, openConsole } from './helpers/browser.js';
import { ADMIN_PASSWORD, USER_PASSWORD, addUser, createObjects, statusOf, type TestServer } from './helpers/server.js';

/**
 * Issue 13, "every control can be reached by keyboard": the two flows people do all day, done with Tab,
 * Shift+Tab, Enter and Space alone (and typing where a field takes text). The mouse is never used after
 * sign-in: a control that only a pointer can reach fails here.
 */

interface Target {
  /** CSS the focused element must match. */
  css: string;
  /** Its trimmed text, when the selector alone is ambiguous. */
  text?: string;
}

/** Whether the focused element is the target (and enabled: a disabled control cannot be the one reached). */
const focusedIs = (page: Page, target: Target) =>
  page.evaluate(({ css, text }) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el?.matches(css) || (el as HTMLButtonElement).disabled) return false;
    return text === undefined || (el.textContent ?? '').trim() === text;
  }, target);

/**
 * Presses Tab (or Shift+Tab) until the target has the focus, and fails if it is never reached: the page's
 * tab order, not a selector, is what takes the user there.
 */
async function tabTo(page: Page, target: Target, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 120): Promise<void> {
  const trail: string[] = [];
  for (let i = 0; i < max; i++) {
    if (await focusedIs(page, target)) return;
    trail.push(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing'));
    await page.keyboard.press(key);
  }
  // The last stops show where the focus went round (or stuck: a trap shows as the same element over and over).
  throw new Error(`${key} never reached ${JSON.stringify(target)}; the focus went to:\n${trail.slice(-8).join('\n')}`);
}

async function approvalOf(s: TestServer, bizId: string) {
  const r = await s.call('GET', `/v2/{p}/design/approvals?biz_id=${bizId}`);
  expect(r.status).toBe(200);
  return r.body.data.value.records[0] as { id: string; approver: string; approval_status: string; msg?: string | null };
}

describe('console by keyboard alone (sqlite)', () => {
  let c: ConsoleHarness;
  let s: TestServer;
  let ids: string[];
  beforeAll(async () => {
    c = await openConsole('sqlite');
    s = c.server;
    const rev = await addUser(s, 'kb_rev', 'developer');
    const r = await s.call('POST', '/v2/{p}/design/approvals/users', { body: { approver_name: 'kb_rev', user_id: rev.id } });
    expect(r.status).toBe(200);
    ids = await createObjects(s, 'TABLE_MODEL', ['kb_one', 'kb_two']);
    await createObjects(s, 'TABLE_MODEL', ['other_table']);
  }, 180_000);
  afterAll(async () => {
    await c?.close();
  });

  it('objects: searches, ticks two rows, and walks the publish wizard through to submit, sending to a reviewer', async () => {
    const page = c.page;
    await c.signIn(page, { user: 'admin', password: ADMIN_PASSWORD });
    await page.goto(`${s.url}/console/objects`);
    const table = page.getByTestId('objects-table');
    await eventually(() => table.locator('tbody tr.ant-table-row').count()).toBe(3);

    await tabTo(page, { css: 'input[aria-label="Search by name or code"]' });
    await page.keyboard.type('kb_');
    await page.keyboard.press('Enter');
    await eventually(() => table.locator('tbody tr.ant-table-row').count()).toBe(2);
    for (const name of ['kb_one', 'kb_two']) {
      await tabTo(page, { css: `input[type=checkbox][aria-label="Select ${name}"]` });
      await page.keyboard.press('Space');
    }
    await eventually(() => page.getByTestId('selection-toolbar').textContent()).toContain('2 selected');
    // The toolbar sits above the table: back up to it.
    await tabTo(page, { css: 'button', text: 'Publish' }, 'Shift+Tab');
    await page.keyboard.press('Enter');

    const wizard = page.getByRole('dialog');
    await eventually(() => wizard.getByTestId('wizard-selection').textContent()).toContain('kb_two');
    await tabTo(page, { css: '.ant-modal button', text: 'Next' });
    await page.keyboard.press('Enter');
    await eventually(() => wizard.getByTestId('impact-items').locator('tbody tr.ant-table-row').count()).toBe(2);
    // Next is enabled once the preview has answered; tabTo skips it while it is disabled.
    await tabTo(page, { css: '.ant-modal button', text: 'Next' });
    await page.keyboard.press('Enter');

    // The reviewer: the select opens on Enter, narrows as one types, and Enter takes the match.
    await tabTo(page, { css: '#wizard-approver' });
    await page.keyboard.press('Enter');
    await page.keyboard.type('kb_rev');
    await page.keyboard.press('Enter');
    await eventually(() => wizard.getByTestId('approver-select').textContent()).toContain('kb_rev');
    await tabTo(page, { css: '[data-testid="wizard-submit"]' });
    await page.keyboard.press('Enter');

    await eventually(() => wizard.getByTestId('batch-result-status').textContent()).toBe('Succeeded');
    for (const id of ids) {
      expect(await statusOf(s, id)).toBe('PUBLISH_DEVELOPING');
      expect(await approvalOf(s, id)).toMatchObject({ approver: 'kb_rev', approval_status: 'DEVELOPING' });
    }
    await tabTo(page, { css: '[data-testid="wizard-close"]' });
    await page.keyboard.press('Enter');
    await eventually(() => wizard.count()).toBe(0);
  });

  it('Pending Review: filters, ticks a row, and approves it with a comment', async () => {
    const page = await c.newPage();
    await c.signIn(page, { user: 'kb_rev', password: USER_PASSWORD });
    await page.getByRole('heading', { level: 1, name: 'Pending Review' }).waitFor();
    const rows = page.getByTestId('approvals-pending').locator('.ant-table-row');
    await eventually(() => rows.count()).toBe(2);

    await tabTo(page, { css: 'form[aria-label="Filters"] input[placeholder="Object name"]' });
    await page.keyboard.type('kb_one');
    // Enter in a field submits the filter form.
    await page.keyboard.press('Enter');
    await eventually(() => rows.count()).toBe(1);
    expect(await rows.textContent()).toContain('kb_one');

    await tabTo(page, { css: '[data-testid="approvals-pending"] .ant-table-row input[type=checkbox]' });
    await page.keyboard.press('Space');
    await page.getByTestId('batch-toolbar').waitFor();
    // The batch toolbar appears above the table.
    await tabTo(page, { css: '[data-testid="batch-approve"]' }, 'Shift+Tab');
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog');
    await tabTo(page, { css: '.ant-modal textarea' });
    await page.keyboard.type('checked by keyboard');
    await tabTo(page, { css: '[data-testid="decide-confirm"]' });
    await page.keyboard.press('Enter');
    await eventually(() => dialog.getByTestId('result-table').textContent()).toContain('Succeeded');

    const [one, two] = ids as [string, string];
    expect(await statusOf(s, one)).toBe('PUBLISHED');
    const decided = await approvalOf(s, one);
    expect(decided.msg).toBe('checked by keyboard');
    expect(decided.approval_status).not.toBe('DEVELOPING');
    // Only the ticked row was decided.
    expect(await statusOf(s, two)).toBe('PUBLISH_DEVELOPING');
    expect((await approvalOf(s, two)).approval_status).toBe('DEVELOPING');
    await page.context().close();
  });
});
